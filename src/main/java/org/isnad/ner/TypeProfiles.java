package org.isnad.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.isnad.text.NewsTexts;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Entity-type profiles of words learnt from unlabeled news (self-training features): a model tags the articles
 * and, for every word ({@link Token#base()} form) seen often enough, counts how often each tagged type covered it.
 * The share of each type is bucketed ({@link #bucket}) and stored like word clusters (one "level" per type), so
 * the tagger can use «this word is usually a person in the news» for names that never occur in its labelled data.
 */
public final class TypeProfiles {
    /** Share thresholds of the buckets 1..4 (bucket 0 = under 5 %). */
    private static final double[] EDGES = {0.05, 0.2, 0.5, 0.8};
    private final NerModel model;
    private final int minCount;
    private final Consumer<String> log;

    /**
     * @param model    the tagger run over the articles
     * @param minCount words seen fewer times get no profile
     */
    public TypeProfiles(NerModel model, int minCount, Consumer<String> log) {
        this.model = model;
        this.minCount = minCount;
        this.log = log;
    }

    /** Bucket of a share: 0 (&lt; 5 %), 1 (&lt; 20 %), 2 (&lt; 50 %), 3 (&lt; 80 %), 4 (the rest). */
    static int bucket(long count, long total) {
        double r = total == 0 ? 0 : (double) count / total;
        int b = 0;
        while (b < EDGES.length && r >= EDGES[b]) {
            b++;
        }
        return b;
    }

    /**
     * Tags the texts of gzip'd JSON Lines files (field {@code text}), at most {@code maxTokens} tokens, and
     * returns word → bucket per type (in the model's type order), for words seen at least {@code minCount} times.
     */
    public Map<String, int[]> learn(List<Path> files, long maxTokens) throws IOException {
        int nt = model.labels().types().size();
        Map<String, long[]> counts = new HashMap<>();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        long[] seen = new long[2]; // tokens, articles
        NewsTexts.read(files, text -> {
            List<Token> toks = tokenizer.tokenize(text);
            List<List<Token>> sents = new ArrayList<>();
            for (Sentence s : splitter.split(text, toks)) {
                sents.add(toks.subList(s.firstToken(), s.endToken()));
            }
            List<int[]> labels = model.tag(sents);
            for (int s = 0; s < sents.size(); s++) {
                count(sents.get(s), labels.get(s), counts, nt);
            }
            seen[0] += toks.size();
            if (++seen[1] % 2000 == 0) {
                log.accept(seen[1] + " articles, " + seen[0] + " tokens");
            }
            return seen[0] < maxTokens;
        }, f -> { });
        long tokens = seen[0];
        long docs = seen[1];
        Map<String, int[]> out = new TreeMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            if (c[nt] < minCount) {
                continue;
            }
            int[] b = new int[nt];
            for (int t = 0; t < nt; t++) {
                b[t] = bucket(c[t], c[nt]);
            }
            out.put(e.getKey(), b);
        }
        log.accept("tagged " + docs + " articles, " + tokens + " tokens; " + out.size() + " word profiles");
        return out;
    }

    private static void count(List<Token> toks, int[] labels, Map<String, long[]> counts, int nt) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.kind() != TokenKind.ARABIC && t.kind() != TokenKind.LATIN) {
                continue;
            }
            long[] c = counts.computeIfAbsent(t.base(), k -> new long[nt + 1]);
            c[nt]++;
            if (labels[i] != 0) {
                c[(labels[i] - 1) / 2]++;
            }
        }
    }
}
