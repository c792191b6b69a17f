package dev.migrations.core.internal.lint;

import dev.migrations.sql.lint.Finding;
import dev.migrations.sql.lint.LintReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A lint report as a tree of maps and lists, in the shape every JSON output of the project writes it. */
public final class LintDocument {

    private LintDocument() {
    }

    /**
     * {@code {"files": [...], "errors": n, "warnings": n, "suppressed": n, "findings": [{"code", "severity",
     * "family", "file", "line", "table", "tableBytes" (when read), "message", "fix", "statement"}]}}.
     */
    public static Map<String, Object> of(LintReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        int errors = report.errors().size();
        document.put("files", report.files());
        document.put("errors", errors);
        document.put("warnings", report.findings().size() - errors);
        document.put("suppressed", report.suppressed());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("code", f.code().name());
            finding.put("severity", f.severity().label());
            finding.put("family", f.code().family());
            finding.put("file", f.file());
            finding.put("line", f.line());
            finding.put("table", f.table());
            if (f.tableBytes().isPresent()) {
                finding.put("tableBytes", f.tableBytes().getAsLong());
            }
            finding.put("message", f.message());
            finding.put("fix", f.fix());
            finding.put("statement", f.statement());
            findings.add(finding);
        }
        document.put("findings", findings);
        return document;
    }
}
