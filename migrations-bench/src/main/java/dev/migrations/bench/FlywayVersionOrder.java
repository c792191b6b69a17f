package dev.migrations.bench;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders {@code V<version>__*.sql} names by Flyway version ({@code V2} before {@code V10}, {@code V1.1} after {@code V1}). */
final class FlywayVersionOrder implements Comparator<String> {

    static final FlywayVersionOrder INSTANCE = new FlywayVersionOrder();

    private FlywayVersionOrder() {
    }

    @Override
    public int compare(String left, String right) {
        String[] a = parts(left);
        String[] b = parts(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? new BigInteger(a[i]) : BigInteger.ZERO;
            BigInteger y = i < b.length ? new BigInteger(b[i]) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return left.compareTo(right);
    }

    private static String[] parts(String name) {
        int separator = name.indexOf("__");
        if (!name.startsWith("V") || separator < 2) {
            throw new IllegalArgumentException("not a Flyway versioned file name: " + name);
        }
        return name.substring(1, separator).split("[._]");
    }
}
