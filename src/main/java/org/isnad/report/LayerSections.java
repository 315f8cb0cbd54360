package org.isnad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.text.Sentence;

/** The relation, screening, persuasion and profile sections of a {@link TextReport}. */
final class LayerSections {
    private static final String INDENT = TextReport.INDENT;
    private final DisplayText display;
    private final TextReport labels;

    LayerSections(DisplayText display) {
        this.display = display;
        this.labels = new TextReport(display);
    }

    void relations(StringBuilder out, Document doc) {
        if (!TextReport.section(out, doc, Layers.RELATIONS, "Relations (claims, not facts)", "relations")) {
            return;
        }
        for (Relation r : doc.get(Layers.RELATIONS)) {
            out.append(String.format(Locale.ROOT, "  %-5s %-12s confidence %.2f, read from claim %s%n", r.id(),
                    r.type(), r.confidence(), r.claim()));
            for (Argument a : r.arguments()) {
                String label = a.role() + a.entity().map(e -> " " + e).orElse("");
                out.append(INDENT).append(String.format(Locale.ROOT, "%-16s", label)).append(display.line(a.text()))
                        .append('\n');
            }
            if (!r.attributes().isEmpty()) {
                StringBuilder attrs = new StringBuilder();
                new TreeMap<>(r.attributes()).forEach((k, v) -> attrs.append(attrs.isEmpty() ? "" : "; ").append(k)
                        .append('=').append(v));
                labels.labelled(out, INDENT, "details", attrs.toString());
            }
            labels.labelled(out, INDENT, "evidence", doc.text(r.evidence()));
        }
    }

    void screening(StringBuilder out, Document doc) {
        if (!TextReport.section(out, doc, Layers.SCREENING, "Screening: possible matches", "screening")) {
            return;
        }
        out.append(INDENT).append("Each line is a possible match for a person to review, not an identification.\n");
        for (ScreeningHit h : doc.get(Layers.SCREENING)) {
            out.append(String.format(Locale.ROOT, "  %-5s possible match on %s (list of %s), reference %s, score %.2f,"
                    + " %s%n", h.entity(), h.list(), h.listDate(), h.reference(), h.score(), h.status()));
            labels.labelled(out, INDENT, "listed as", h.listedName());
            labels.labelled(out, INDENT, "alias", h.matchedAlias());
            labels.labelled(out, INDENT, "why", h.explanation());
        }
    }

    void persuasion(StringBuilder out, Document doc) {
        if (!TextReport.section(out, doc, Layers.PERSUASION, "Persuasion techniques", "persuasion")) {
            return;
        }
        List<PersuasionSpan> spans = doc.get(Layers.PERSUASION);
        int[] numbers = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            numbers[i] = i + 1;
            PersuasionSpan p = spans.get(i);
            out.append(String.format(Locale.ROOT, "  [%d] %-28s %.2f  ", i + 1, p.technique(), p.confidence()))
                    .append(display.line(doc.text(p.span()))).append('\n');
        }
        out.append("\n  In the text (⟦marked⟧[legend number]):\n");
        for (Span window : windows(doc)) {
            boolean hit = spans.stream().anyMatch(p -> p.span().overlaps(window));
            if (hit) {
                for (String l : display.wrap(PersuasionMarks.mark(doc.text(), window, spans, numbers))) {
                    out.append(INDENT).append(l).append('\n');
                }
                out.append('\n');
            }
        }
    }

    /** The sentences, or the whole text when no sentence layer is present. */
    private static List<Span> windows(Document doc) {
        List<Span> out = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            out.add(s.span());
        }
        if (out.isEmpty()) {
            out.add(new Span(0, doc.text().length()));
        }
        return out;
    }

    void profile(StringBuilder out, Document doc) {
        out.append("\n── Sourcing profile ──\n");
        if (!doc.has(Layers.PROFILE)) {
            out.append(INDENT).append("(not analysed: stage 'profile' did not run)\n");
            return;
        }
        if (doc.getOne(Layers.PROFILE).isEmpty()) {
            out.append(INDENT).append("none\n");
            return;
        }
        Profile p = doc.getOne(Layers.PROFILE).get();
        StringBuilder bySource = new StringBuilder();
        for (Map.Entry<String, Integer> e : new TreeMap<>(p.claimsBySourceType()).entrySet()) {
            bySource.append(bySource.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        row(out, "claims by source type", bySource.isEmpty() ? "none" : bySource.toString());
        row(out, "unattributed claims", String.valueOf(p.unattributedClaims()));
        row(out, "hedged claims", String.valueOf(p.hedgedClaims()));
        row(out, "denied claims", String.valueOf(p.deniedClaims()));
        row(out, "independent named sources", String.valueOf(p.independentNamedSources()));
        row(out, "anonymous/undisclosed share", String.format(Locale.ROOT, "%.0f%%",
                100 * p.anonymousOrUndisclosedShare()));
        row(out, "persuasion per 100 words", String.format(Locale.ROOT, "%.2f", p.persuasionPer100Words()));
        if (!p.grades().isEmpty()) {
            out.append("\n  Grades (source reliability A–F, information credibility 1–6)\n");
            out.append(String.format(Locale.ROOT, "  %-6s %-11s %-11s %s%n", "claim", "reliability", "credibility",
                    "why"));
            for (Grade g : p.grades()) {
                out.append(String.format(Locale.ROOT, "  %-6s %-11s %-11s ", g.claim(), g.sourceReliability(),
                        g.informationCredibility())).append(display.line(g.why())).append('\n');
            }
        }
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "  %-29s %s%n", name, value));
    }
}
