package org.isnad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.ListingStatus;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private static final String TEXT = "كشف مركز الشرق أن الوثائق تفيد بأن الحلبي التقى هولم. وقصفت القوات الإرهابية "
            + "المساعدات «الإنسانية».";

    private static Span find(String part) {
        int i = TEXT.indexOf(part);
        return new Span(i, i + part.length());
    }

    private static Document full() {
        Document doc = Pipeline.standard().process(Document.of("t", TEXT));
        doc.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, "الحلبي", List.of(find("الحلبي")))));
        doc.set(Layers.ATTRIBUTIONS, List.of(
                new Attribution("a1", find("كشف"), new Source(Optional.of(find("مركز الشرق")),
                        SourceType.NAMED_ORGANIZATION, Optional.empty(), false), find("الوثائق تفيد بأن الحلبي التقى هولم"),
                        List.of(), Certainty.ASSERTED, Optional.of(Channel.SOCIAL_MEDIA), Optional.empty(),
                        Optional.empty()),
                new Attribution("a2", find("تفيد"), new Source(Optional.of(find("الوثائق")), SourceType.DOCUMENT,
                        Optional.empty(), false), find("الحلبي التقى هولم"), List.of(), Certainty.REPORTED,
                        Optional.empty(), Optional.of("a1"), Optional.empty())));
        doc.set(Layers.CLAIMS, List.of(new Claim("c1", find("الحلبي التقى هولم"), Optional.of("a2"),
                Certainty.REPORTED), new Claim("c2", find("وقصفت القوات الإرهابية"), Optional.empty(),
                Certainty.ASSERTED)));
        doc.set(Layers.RELATIONS, List.of(new Relation("r1", "MEETING", List.of(new Argument("participant",
                Optional.of("e1"), "الحلبي", Optional.of(find("الحلبي")))), Map.of("former", true),
                find("الحلبي التقى هولم"), "c1", 0.7)));
        doc.set(Layers.SCREENING, List.of(new ScreeningHit("e1", "UN-SC", "2024-09-26", "QDi.1", "الحلبي",
                "الحلبي", 0.6, ListingStatus.LISTED, "surname only")));
        doc.set(Layers.PERSUASION, List.of(new PersuasionSpan("Name_Calling-Labeling", find("الإرهابية"), 0.8),
                new PersuasionSpan("Scare_Quotes", find("«الإنسانية»"), 0.9)));
        doc.set(Layers.PROFILE, List.of(new Profile(Map.of("DOCUMENT", 1), 1, 0, 0, 1, 0.5, 11.1,
                List.of(new Grade("c1", "C", "3", "a leaked document")))));
        return doc;
    }

    @Test
    void rendersEverySectionFromTheModel() {
        String r = TextReport.standard().render(full(), List.of("tokens", "sentences"));
        for (String expected : List.of("── Sentences (2) ──", "── Entities (1) ──", "e1    PERSON  1 mention",
                "a1    ASSERTED  source NAMED_ORGANIZATION, channel SOCIAL_MEDIA",
                "a2    REPORTED  source DOCUMENT, cited through a1", "Chains", "└─ a2 DOCUMENT",
                "c1    REPORTED  attributed: a2 (DOCUMENT)", "c2    ASSERTED  outlet's own voice",
                "r1    MEETING      confidence 0.70, read from claim c1", "possible match on UN-SC (list of 2024-09-26)",
                "not an identification", "[1] Name_Calling-Labeling", "⟦الإرهابية⟧[1]", "⟦«الإنسانية»⟧[2]",
                "anonymous/undisclosed share   50%", "c1     C           3")) {
            assertTrue(r.contains(expected), () -> "missing «" + expected + "» in\n" + r);
        }
    }

    @Test
    void saysWhenAStageDidNotRun() {
        Pipeline textOnly = org.isnad.pipeline.StageCatalog.build(List.of("tokens", "sentences"),
                org.isnad.pipeline.PipelineConfig.defaults());
        String r = TextReport.standard().render(textOnly.process(Document.of("t", TEXT)), List.of());
        assertTrue(r.contains("(not analysed: stage 'ner' did not run)"), r);
        assertTrue(r.contains("(not analysed: stage 'profile' did not run)"), r);
        Document empty = textOnly.process(Document.of("t", TEXT));
        empty.set(Layers.ENTITIES, List.of());
        assertTrue(TextReport.standard().render(empty, List.of()).contains("── Entities (0) ──\n    none found"));
    }

    @Test
    void neutralisesTerminalEscapesAndBidiControls() {
        String hostile = "نص\u001B[31mأحمر\u202Eمقلوب\u0007\nسطر\uD800";
        String clean = DisplayText.clean(hostile);
        assertFalse(clean.chars().anyMatch(c -> c < 0x20 || c == 0x1B || c == '\u202E'), clean);
        assertEquals("نص [31mأحمرمقلوب سطر\uFFFD", clean);
        DisplayText iso = new DisplayText(true, 20, 30);
        assertEquals("\u2068نص\u2069", iso.line("نص"));
        List<String> lines = iso.wrap("كلمة ".repeat(20));
        assertTrue(lines.size() > 3 && lines.stream().allMatch(l -> l.length() <= 22), lines::toString);
        assertTrue(iso.line("كلمة ".repeat(20)).endsWith("…\u2069"));
    }

    @Test
    void marksNestedPersuasionSpans() {
        String t = "abc def ghi";
        List<PersuasionSpan> spans = List.of(new PersuasionSpan("A", new Span(4, 7), 1),
                new PersuasionSpan("B", new Span(0, 11), 1), new PersuasionSpan("C", new Span(8, 11), 1));
        assertEquals("⟦abc ⟦def⟧[1] ⟦ghi⟧[3]⟧[2]", PersuasionMarks.mark(t, new Span(0, 11), spans, new int[] {1, 2, 3}));
        assertEquals("⟦ef⟧[1] g", PersuasionMarks.mark(t, new Span(5, 9), spans.subList(0, 1), new int[] {1}));
    }
}
