package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String s) {
        return splitter.split(s, tokenizer.tokenize(s)).stream().map(x -> s.substring(x.start(), x.end())).toList();
    }

    @Test
    void endsAtStopsButNotAtClauseMarks() {
        assertEquals(List.of("قال الوزير، في بيان؛ إن الاتفاق انتهى.", "هل يعود الوفد؟", "لا أحد يعرف!"),
                split("قال الوزير، في بيان؛ إن الاتفاق انتهى. هل يعود الوفد؟ لا أحد يعرف!"));
    }

    @Test
    void abbreviationsAndNumbersAreNoEnd() {
        assertEquals(List.of("قال د. خالد إن النسبة بلغت 3.5 بالمئة.", "وأضاف أنها كانت ٣٫٥ أيضاً."),
                split("قال د. خالد إن النسبة بلغت 3.5 بالمئة. وأضاف أنها كانت ٣٫٥ أيضاً."));
        assertEquals(List.of("وصل Dr. Smith إلى U.N. أمس."), split("وصل Dr. Smith إلى U.N. أمس."));
    }

    @Test
    void quotesStayBalancedAcrossASentenceEnd() {
        assertEquals(List.of("قال: «هذا خطأ. لن نقبل به.»", "ثم غادر."),
                split("قال: «هذا خطأ. لن نقبل به.» ثم غادر."));
        assertEquals(List.of("وأضاف: “نحن لا نطلب أكثر. هذا حقنا.”", "وانتهى المؤتمر."),
                split("وأضاف: “نحن لا نطلب أكثر. هذا حقنا.” وانتهى المؤتمر."));
        assertEquals(List.of("قال إن الحكومة \"تخفي الحقيقة.\"", "ثم غادر."),
                split("قال إن الحكومة \"تخفي الحقيقة.\" ثم غادر."));
        assertEquals(List.of("قال إن الاتفاق «نهائي».", "ثم غادر."), split("قال إن الاتفاق «نهائي». ثم غادر."));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("عنوان بلا نقطة", "نص الخبر هنا.", "فقرة ثانية"),
                split("عنوان بلا نقطة\n\nنص الخبر هنا.\r\nفقرة ثانية\n"));
        assertEquals(List.of("قال: «بداية", "نهاية»."), split("قال: «بداية\nنهاية»."));
    }

    @Test
    void aRunawayQuoteDoesNotSwallowTheText() {
        StringBuilder b = new StringBuilder("قال: «");
        for (int i = 0; i < 60; i++) {
            b.append("جملة طويلة جدا. ");
        }
        assertTrue(split(b.toString()).size() > 2);
    }

    @Test
    void splitsTheExamples() {
        int[] expected = {6, 7, 5, 5, 5};
        List<Path> files = Texts.exampleTexts();
        assertEquals(5, files.size());
        for (int i = 0; i < files.size(); i++) {
            String text = Texts.read(files.get(i));
            List<Token> tokens = tokenizer.tokenize(text);
            List<Sentence> sentences = splitter.split(text, tokens);
            checkSentences(tokens, sentences);
            assertEquals(expected[i], sentences.size(), files.get(i).toString());
        }
    }

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(150);
    }

    @Property(tries = 300)
    void sentencesPartitionTheTokens(@ForAll("nasty") String s) {
        List<Token> tokens = tokenizer.tokenize(s);
        checkSentences(tokens, splitter.split(s, tokens));
    }

    /** Sentences cover the tokens in order, without gaps or overlaps, and each span runs from its first to last token. */
    static void checkSentences(List<Token> tokens, List<Sentence> sentences) {
        int next = 0;
        for (Sentence x : sentences) {
            assertEquals(next, x.firstToken());
            assertTrue(x.endToken() > x.firstToken());
            assertEquals(tokens.get(x.firstToken()).start(), x.start());
            assertEquals(tokens.get(x.endToken() - 1).end(), x.end());
            next = x.endToken();
        }
        assertEquals(tokens.size(), next);
    }
}
