package org.isnad.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.isnad.doc.Document;
import org.isnad.doc.Layer;
import org.isnad.doc.Metadata;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.text.Sentence;

/**
 * The human-readable report of one analysed document: a header with its metadata, then one section per layer
 * (sentences, entities, attributions with their chains, claims, relations, screening, persuasion, profile). Labels
 * are English; every piece of document text stands on its own line (or at the end of a labelled line) so that a
 * terminal shows each Arabic run whole. A layer whose stage did not run says so instead of looking empty.
 * Thread-safe.
 */
public final class TextReport {
    static final String INDENT = "    ";
    private final DisplayText display;

    public TextReport(DisplayText display) {
        this.display = display;
    }

    /** A report with default display settings (no isolates, 90-character lines). */
    public static TextReport standard() {
        return new TextReport(new DisplayText(false, 90, 600));
    }

    /** Renders the whole report; {@code stages} are the names of the stages that ran. */
    public String render(Document doc, List<String> stages) {
        StringBuilder out = new StringBuilder(4096);
        header(out, doc, stages);
        sentences(out, doc);
        entities(out, doc);
        attributions(out, doc);
        claims(out, doc);
        LayerSections sections = new LayerSections(display);
        sections.relations(out, doc);
        sections.screening(out, doc);
        sections.persuasion(out, doc);
        sections.profile(out, doc);
        return out.toString();
    }

    private void header(StringBuilder out, Document doc, List<String> stages) {
        Metadata m = doc.metadata();
        out.append("═══ Isnad report: ").append(DisplayText.clean(m.id())).append(" ═══\n");
        field(out, "title", m.title());
        field(out, "outlet", m.outlet());
        field(out, "byline", m.byline());
        field(out, "published", m.published());
        field(out, "url", m.url());
        out.append(String.format(Locale.ROOT, "%-11s%s%n", "language", m.language()));
        out.append(String.format(Locale.ROOT, "%-11s%d characters, %d tokens, %d sentences%n", "length",
                doc.text().length(), doc.get(Layers.TOKENS).size(), doc.get(Layers.SENTENCES).size()));
        out.append(String.format(Locale.ROOT, "%-11s%s%n", "stages", String.join(", ", stages)));
    }

    private void field(StringBuilder out, String name, Optional<String> value) {
        value.ifPresent(v -> out.append(String.format(Locale.ROOT, "%-11s", name)).append(display.line(v))
                .append('\n'));
    }

    /** A section title, or the title and a note when the layer's stage did not run or found nothing. */
    static boolean section(StringBuilder out, Document doc, Layer<?> layer, String title, String stage) {
        out.append("\n── ").append(title);
        if (!doc.has(layer)) {
            out.append(" ──\n").append(INDENT).append("(not analysed: stage '").append(stage)
                    .append("' did not run)\n");
            return false;
        }
        int n = doc.get(layer).size();
        out.append(" (").append(n).append(") ──\n");
        if (n == 0) {
            out.append(INDENT).append("none found\n");
            return false;
        }
        return true;
    }

    /** Labelled text: the label, then the text wrapped on lines of its own under it when long. */
    void labelled(StringBuilder out, String indent, String label, String text) {
        List<String> lines = display.wrap(text);
        String head = indent + String.format(Locale.ROOT, "%-9s ", label);
        if (lines.size() == 1) {
            out.append(head).append(lines.get(0)).append('\n');
            return;
        }
        out.append(head.stripTrailing()).append('\n');
        for (String l : lines) {
            out.append(indent).append("  ").append(l).append('\n');
        }
    }

    private void sentences(StringBuilder out, Document doc) {
        if (!section(out, doc, Layers.SENTENCES, "Sentences", "sentences")) {
            return;
        }
        int n = 0;
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            n++;
            List<String> lines = display.wrap(doc.text(s.span()));
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == 0 ? String.format(Locale.ROOT, "  %3d  ", n) : "       ").append(lines.get(i))
                        .append('\n');
            }
        }
    }

    private void entities(StringBuilder out, Document doc) {
        if (!section(out, doc, Layers.ENTITIES, "Entities", "ner")) {
            return;
        }
        for (Entity e : doc.get(Layers.ENTITIES)) {
            out.append(String.format(Locale.ROOT, "  %-5s %-7s %d mention%s%n", e.id(), e.type(), e.mentions().size(),
                    e.mentions().size() == 1 ? "" : "s"));
            out.append(INDENT).append("  ").append(display.line(e.name())).append('\n');
        }
    }

    private void attributions(StringBuilder out, Document doc) {
        if (!section(out, doc, Layers.ATTRIBUTIONS, "Attributions", "attribution")) {
            return;
        }
        List<Attribution> all = doc.get(Layers.ATTRIBUTIONS);
        for (Attribution a : all) {
            StringBuilder head = new StringBuilder("  ").append(String.format(Locale.ROOT, "%-5s %-9s", a.id(),
                    a.certainty()));
            head.append(" source ").append(a.source().type());
            a.source().entity().ifPresent(e -> head.append(" ").append(e));
            if (a.source().implicit()) {
                head.append(", implicit");
            }
            a.channel().ifPresent(c -> head.append(", channel ").append(c));
            a.parent().ifPresent(p -> head.append(", cited through ").append(p));
            a.continues().ifPresent(p -> head.append(", continues ").append(p));
            out.append(head).append('\n');
            labelled(out, INDENT, "cue", doc.text(a.cue()));
            labelled(out, INDENT, "source", a.source().span().map(doc::text).orElse("(not in the text)"));
            labelled(out, INDENT, "content", contentText(doc, a));
        }
        chains(out, all);
    }

    private static String contentText(Document doc, Attribution a) {
        StringBuilder b = new StringBuilder(doc.text(a.content()));
        for (Span extra : a.contentExtra()) {
            b.append(" … ").append(doc.text(extra));
        }
        return b.toString();
    }

    /** Attribution chains as an indented tree: each attribution under the one it is cited through. */
    private void chains(StringBuilder out, List<Attribution> all) {
        boolean any = all.stream().anyMatch(a -> a.parent().isPresent() || a.continues().isPresent());
        if (!any) {
            return;
        }
        out.append("\n  Chains (an attribution under the one it is known through; ↳ carries on an earlier one)\n");
        Map<String, Attribution> byId = new TreeMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        for (Attribution a : all) {
            if (a.parent().isEmpty() || !byId.containsKey(a.parent().get())) {
                tree(out, a, all, 1, new java.util.HashSet<>());
            }
        }
    }

    private void tree(StringBuilder out, Attribution a, List<Attribution> all, int depth, java.util.Set<String> seen) {
        if (!seen.add(a.id()) || depth > 12) {
            return;
        }
        String pad = "  ".repeat(depth);
        String mark = depth == 1 ? "• " : "└─ ";
        out.append(pad).append(mark).append(a.id()).append(' ').append(a.source().type());
        a.continues().ifPresent(c -> out.append(" ↳ ").append(c));
        out.append('\n');
        for (Attribution child : all) {
            if (child.parent().filter(p -> p.equals(a.id())).isPresent()) {
                tree(out, child, all, depth + 1, seen);
            }
        }
    }

    private void claims(StringBuilder out, Document doc) {
        if (!section(out, doc, Layers.CLAIMS, "Claims", "attribution")) {
            return;
        }
        Map<String, Attribution> byId = new TreeMap<>();
        doc.get(Layers.ATTRIBUTIONS).forEach(a -> byId.put(a.id(), a));
        for (Claim c : doc.get(Layers.CLAIMS)) {
            String who = c.attribution().map(id -> "attributed: " + id
                    + Optional.ofNullable(byId.get(id)).map(a -> " (" + a.source().type() + ")").orElse(""))
                    .orElse("outlet's own voice");
            out.append(String.format(Locale.ROOT, "  %-5s %-9s %s%n", c.id(), c.certainty(), who));
            for (String l : display.wrap(doc.text(c.span()))) {
                out.append(INDENT).append("  ").append(l).append('\n');
            }
        }
    }
}
