package dev.migrations.core.internal.revisions;

import java.util.ArrayList;
import java.util.List;

/** The JSON arrays of plain strings stored in {@code partial_hashes}. */
final class JsonStrings {

    private JsonStrings() {
    }

    static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"');
            for (char ch : values.get(i).toCharArray()) {
                switch (ch) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (ch < 0x20) {
                            sb.append(String.format("\\u%04x", (int) ch));
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    /** Parses what PostgreSQL prints for a jsonb array of strings, e.g. {@code ["h1:a", "h1:b"]}. */
    static List<String> parseArray(String json) {
        List<String> out = new ArrayList<>();
        int i = json.indexOf('[') + 1;
        while (i < json.length()) {
            char ch = json.charAt(i);
            if (ch == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (json.charAt(i) != '"') {
                    char c = json.charAt(i);
                    if (c == '\\') {
                        char next = json.charAt(++i);
                        if (next == 'u') {
                            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                            i += 4;
                        } else {
                            sb.append(switch (next) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case 'r' -> '\r';
                                case 'b' -> '\b';
                                case 'f' -> '\f';
                                default -> next;
                            });
                        }
                    } else {
                        sb.append(c);
                    }
                    i++;
                }
                out.add(sb.toString());
            }
            i++;
        }
        return out;
    }
}
