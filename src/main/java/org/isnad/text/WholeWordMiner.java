package org.isnad.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds, in unlabelled news, the words whose first letters the {@link CliticAnalyzer} would take for a conjunction
 * or preposition although they belong to the word: a word seen often whose remainder after the split is rarely seen
 * on its own («باريس» → «اريس»، «بوتين» → «وتين»، «فلاديمير» → «اديمير») is a whole word, mostly a foreign name. A real
 * split leaves a common word («وقال» → «قال»). The list it writes is read by {@link CliticAnalyzer#isWholeWord}.
 * Deterministic: words are counted exactly and written in sorted order.
 */
public final class WholeWordMiner {
    private final int minCount;
    private final int ratio;

    /**
     * @param minCount how often a word must be seen to be judged
     * @param ratio    a word is whole when it is seen more than {@code ratio} times as often as its remainder
     */
    public WholeWordMiner(int minCount, int ratio) {
        this.minCount = minCount;
        this.ratio = ratio;
    }

    /** Counts folded word forms in gzip'd JSON Lines files (field {@code text}). */
    public Map<String, Integer> count(List<Path> files, Consumer<String> log) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, Integer> counts = new HashMap<>();
        long[] docs = new long[1];
        NewsTexts.read(files, text -> {
            for (Token t : tokenizer.tokenize(text)) {
                if (t.kind() == TokenKind.ARABIC) {
                    counts.merge(t.norm(), 1, Integer::sum);
                }
            }
            docs[0]++;
            return true;
        }, f -> log.accept("read " + f + ": " + docs[0] + " documents, " + counts.size() + " word forms so far"));
        return counts;
    }

    /** The whole words among the counted forms, sorted. */
    public List<String> wholeWords(Map<String, Integer> counts) {
        CliticAnalyzer clitics = CliticAnalyzer.get();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String w = e.getKey();
            if (e.getValue() < minCount) {
                continue;
            }
            int cut = splitLetters(clitics.analyze(w).proclitics());
            if (cut == 0 || cut >= w.length()) {
                continue;
            }
            String rest = w.substring(cut);
            if ((long) counts.getOrDefault(rest, 0) * ratio < e.getValue()) {
                out.add(w);
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Letters taken by the conjunction, future marker and preposition of an analysis; 0 when the article is among
     * the proclitics (a split before ال, or the contracted لل, is never in doubt).
     */
    static int splitLetters(String proclitics) {
        int letters = 0;
        for (String p : proclitics.isEmpty() ? new String[0] : proclitics.split("\\+")) {
            if (p.equals("ال")) {
                return 0;
            }
            letters += p.length();
        }
        return letters;
    }
}
