package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.attribution.GoldRecord.Gold;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.junit.jupiter.api.Test;

/** The scorer on hand-made gold and predictions. */
class ScorerTest {
    private static final String TEXT = "قال الوزير إن المطار سيفتح غدا. وأضاف أن الرحلات ستعود.";

    private static Span span(String part, int from) {
        int s = TEXT.indexOf(part, from);
        return new Span(s, s + part.length());
    }

    private static Gold gold(int id, Span cue, Optional<Span> src, Span content, String type) {
        return new Gold(id, cue, src, type, content, List.of(), "REPORTED", Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    private static Attribution pred(String id, Span cue, Optional<Span> src, Span content, SourceType type, boolean implicit) {
        return new Attribution(id, cue, new Source(src, type, Optional.empty(), implicit), content, List.of(),
                Certainty.REPORTED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Document doc() {
        Pipeline p = StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults());
        return p.process(Document.of("s", TEXT));
    }

    @Test
    void exactOverlapAndMissesAreCountedSeparately() {
        List<Gold> golds = List.of(
                gold(1, span("قال", 0), Optional.of(span("الوزير", 0)), span("إن المطار سيفتح غدا", 0), "UNNAMED_OFFICIAL"),
                gold(2, span("أضاف", 0), Optional.of(span("الوزير", 0)), span("أن الرحلات ستعود", 0), "UNNAMED_OFFICIAL"));
        List<Attribution> preds = List.of(
                // right cue, source overlapping but longer, content missing its first word
                pred("a1", span("قال", 0), Optional.of(new Span(4, 13)), span("المطار سيفتح غدا", 0),
                        SourceType.NAMED_PERSON, false),
                // a spurious one
                pred("a2", span("سيفتح", 0), Optional.empty(), span("غدا", 0), SourceType.ANONYMOUS, true));
        AttributionScorer s = new AttributionScorer();
        s.add(doc(), golds, preds);
        Map<String, Number> m = s.scores();
        assertEquals(0.5, m.get("cue_f1").doubleValue(), 1e-9);
        assertEquals(0.0, m.get("source_exact_f1").doubleValue(), 1e-9);
        assertEquals(0.5, m.get("source_overlap_f1").doubleValue(), 1e-9);
        assertEquals(0.0, m.get("content_exact_f1").doubleValue(), 1e-9);
        assertEquals(0.5, m.get("content_overlap_f1").doubleValue(), 1e-9);
        assertEquals(0.5, m.get("attribution_f1").doubleValue(), 1e-9);
        assertEquals(0.0, m.get("source_type_accuracy").doubleValue(), 1e-9);
        assertEquals(1.0, m.get("certainty_accuracy").doubleValue(), 1e-9);
        assertEquals(1, m.get("correct").intValue());
    }

    @Test
    void nullGoldSourceMatchesAnImplicitEmptySource() {
        Gold g = new Gold(1, span("أضاف", 0), Optional.empty(), "NAMED_PERSON", span("أن الرحلات ستعود", 0), List.of(),
                "REPORTED", Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.of("الوزير"));
        AttributionScorer implicitEmpty = new AttributionScorer();
        implicitEmpty.add(doc(), List.of(g), List.of(pred("a1", span("أضاف", 0), Optional.empty(),
                span("أن الرحلات ستعود", 0), SourceType.NAMED_PERSON, true)));
        assertEquals(1.0, implicitEmpty.scores().get("source_exact_f1").doubleValue(), 1e-9);
        AttributionScorer sameText = new AttributionScorer();
        sameText.add(doc(), List.of(g), List.of(pred("a1", span("أضاف", 0), Optional.of(span("الوزير", 0)),
                span("أن الرحلات ستعود", 0), SourceType.NAMED_PERSON, true)));
        assertEquals(1.0, sameText.scores().get("source_overlap_f1").doubleValue(), 1e-9);
        AttributionScorer wrong = new AttributionScorer();
        wrong.add(doc(), List.of(g), List.of(pred("a1", span("أضاف", 0), Optional.of(span("المطار", 0)),
                span("أن الرحلات ستعود", 0), SourceType.NAMED_PERSON, true)));
        assertEquals(0.0, wrong.scores().get("source_overlap_f1").doubleValue(), 1e-9);
    }
}
