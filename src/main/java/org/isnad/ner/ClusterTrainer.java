package org.isnad.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.isnad.text.NewsTexts;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Learns word clusters from unlabeled Arabic news: skip-gram word vectors with negative sampling (Mikolov et al.
 * 2013), trained single-threaded so that a seed fixes the result, then k-means on the unit-length vectors at a few
 * granularities. Words are the tokenizer's {@code base} forms (proclitics removed), digits folded to one symbol.
 */
public final class ClusterTrainer {
    /**
     * Settings.
     *
     * @param dim      vector size
     * @param window   context words each side (a random 1..window is used per word)
     * @param negative negative samples per context
     * @param epochs   passes over the text
     * @param minCount words seen fewer times are dropped
     * @param maxWords the most frequent words kept for clustering
     * @param ks       cluster counts, coarse to fine
     * @param seed     random seed
     * @param sample   frequent-word subsampling threshold (word2vec's {@code -sample})
     */
    public record Options(int dim, int window, int negative, int epochs, int minCount, int maxWords, int[] ks,
                          long seed, double sample) {
        public static Options defaults() {
            return new Options(100, 5, 5, 1, 5, 100_000, new int[] {64, 256, 1024}, 1, 1e-4);
        }
    }

    private final Options o;
    private final Consumer<String> log;

    public ClusterTrainer(Options options, Consumer<String> log) {
        this.o = options;
        this.log = log;
    }

    /** Reads the texts of gzip'd JSON Lines files (field {@code text}) as sequences of word ids. */
    List<int[]> read(List<Path> files, Map<String, Integer> vocab, List<String> words, List<long[]> counts)
            throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        List<int[]> docs = new ArrayList<>();
        NewsTexts.read(files, text -> {
            List<Token> toks = tokenizer.tokenize(text);
            int[] ids = new int[toks.size()];
            int k = 0;
            for (Token t : toks) {
                String w = form(t);
                if (w.isEmpty()) {
                    continue;
                }
                Integer id = vocab.get(w);
                if (id == null) {
                    id = words.size();
                    vocab.put(w, id);
                    words.add(w);
                    counts.add(new long[1]);
                }
                counts.get(id)[0]++;
                ids[k++] = id;
            }
            docs.add(Arrays.copyOf(ids, k));
            return true;
        }, f -> log.accept("read " + f + ": " + docs.size() + " documents so far, " + words.size() + " word types"));
        return docs;
    }

    /** The word form clustered for a token; empty for punctuation and symbols. */
    static String form(Token t) {
        if (t.kind() == TokenKind.DIGITS) {
            return "<num>";
        }
        if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
            return "";
        }
        return t.base();
    }

    /** Trains vectors and clusters; returns word → cluster id per granularity. */
    public Map<String, int[]> train(List<Path> files) throws IOException {
        return train(files, Optional.empty());
    }

    /**
     * Trains vectors and clusters; returns word → cluster id per granularity and, when {@code vectorsOut} is given,
     * also writes the unit-length vectors of the clustered words (most frequent first) to it.
     */
    public Map<String, int[]> train(List<Path> files, Optional<Path> vectorsOut) throws IOException {
        Map<String, Integer> vocab0 = new HashMap<>();
        List<String> words0 = new ArrayList<>();
        List<long[]> counts0 = new ArrayList<>();
        List<int[]> docs = read(files, vocab0, words0, counts0);
        // keep words seen minCount times, most frequent first (ties by spelling, for determinism)
        Integer[] order = new Integer[words0.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(counts0.get(b)[0], counts0.get(a)[0]);
            return c != 0 ? c : words0.get(a).compareTo(words0.get(b));
        });
        int[] remap = new int[words0.size()];
        Arrays.fill(remap, -1);
        List<String> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Integer i : order) {
            if (counts0.get(i)[0] < o.minCount()) {
                break;
            }
            remap[i] = words.size();
            words.add(words0.get(i));
            counts.add(counts0.get(i)[0]);
        }
        long total = 0;
        for (int d = 0; d < docs.size(); d++) {
            int[] ids = docs.get(d);
            int k = 0;
            for (int id : ids) {
                if (remap[id] >= 0) {
                    ids[k++] = remap[id];
                }
            }
            docs.set(d, Arrays.copyOf(ids, k));
            total += k;
        }
        log.accept("vocabulary " + words.size() + " words (min count " + o.minCount() + "), " + total + " tokens");
        float[] vectors = new SkipGram(o, log).train(docs, counts, total);
        int kept = Math.min(o.maxWords(), words.size());
        if (vectorsOut.isPresent()) {
            VectorFile.write(vectorsOut.get(), words.subList(0, kept), o.dim(), vectors);
            log.accept("wrote vectors of " + kept + " words to " + vectorsOut.get());
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        int[][] assign = new int[o.ks().length][];
        for (int level = 0; level < o.ks().length; level++) {
            assign[level] = KMeans.cluster(vectors, kept, o.dim(), o.ks()[level], 12, o.seed() + level);
            log.accept("k-means k=" + o.ks()[level] + " done");
        }
        for (int w = 0; w < kept; w++) {
            int[] v = new int[o.ks().length];
            for (int level = 0; level < v.length; level++) {
                v[level] = assign[level][w];
            }
            out.put(words.get(w), v);
        }
        return out;
    }

    /** A seeded random source shared by the vector and clustering steps. */
    static Random random(long seed) {
        return new Random(seed);
    }
}
