package org.isnad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Graph} as one CSV file (RFC 4180, UTF-8, header row) with a {@code kind} column: {@code node}
 * rows first, then {@code edge} rows. A cell that a spreadsheet would read as a formula (starting with = + - @ or a
 * tab) is prefixed with an apostrophe.
 */
public final class CsvGraphWriter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("kind", "id", "type", "label", "documents", "source", "target",
            "relation", "document", "claim", "claim_text", "source_text", "source_type", "certainty", "confidence",
            "evidence", "attributes");

    private CsvGraphWriter() {
    }

    public static void write(Graph g, Writer out) throws IOException {
        row(out, COLUMNS);
        for (Graph.Node n : g.nodes()) {
            row(out, List.of("node", n.id, n.type, n.label, String.join(" ", n.documents), "", "", "", "", "", "", "",
                    "", "", "", "", ""));
        }
        for (Graph.Edge e : g.edges()) {
            Map<String, String> p = e.props();
            StringBuilder attrs = new StringBuilder();
            for (Map.Entry<String, String> a : p.entrySet()) {
                if (a.getKey().startsWith("attr.")) {
                    attrs.append(attrs.length() == 0 ? "" : "; ").append(a.getKey().substring(5)).append('=')
                            .append(a.getValue());
                }
            }
            row(out, List.of("edge", e.id(), e.type(), e.type(), p.getOrDefault("document", ""), e.source(),
                    e.target(), p.getOrDefault("relation", ""), p.getOrDefault("document", ""),
                    p.getOrDefault("claim", ""), p.getOrDefault("claim_text", ""), p.getOrDefault("source", ""),
                    p.getOrDefault("source_type", ""), p.getOrDefault("certainty", ""),
                    p.getOrDefault("confidence", ""), p.getOrDefault("evidence", ""), attrs.toString()));
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        List<String> q = new ArrayList<>(cells.size());
        for (String c : cells) {
            q.add(quote(defuse(c)));
        }
        out.write(String.join(",", q));
        out.write("\r\n");
    }

    static String defuse(String c) {
        return !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c;
    }

    static String quote(String c) {
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
            return c;
        }
        return '"' + c.replace("\"", "\"\"") + '"';
    }
}
