package org.isnad.ner;

import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Turns a sentence into feature hashes, one array per token: word forms (surface fold, base without proclitics,
 * light stem), proclitics, prefixes and suffixes, shape, a window of two words each side, word bigrams, gazetteer
 * hits of the word and its neighbours, word clusters, and — for the second (stacked) pass — the first pass's labels
 * and the types the same stem received elsewhere in the document. Thread-safe.
 */
final class FeatureExtractor {
    private static final int[] NO_CLUSTER = new int[0];
    private final WordClusters clusters;

    FeatureExtractor(WordClusters clusters) {
        this.clusters = clusters;
    }

    /**
     * @param toks   the sentence
     * @param gaz    gazetteer masks per token ({@link Gazetteer#match})
     * @param pass1  first-pass labels per token, or an empty array for the first pass
     * @param ctx    per token, a bit mask of entity types (bit = label type index) that the same stem received
     *               elsewhere in the document in the first pass; empty array for the first pass
     */
    long[][] extract(List<Token> toks, int[] gaz, int[] pass1, int[] ctx) {
        int n = toks.size();
        int[][] cl = new int[n][];
        for (int i = 0; i < n; i++) {
            cl[i] = clusters.levels() == 0 ? NO_CLUSTER : clusters.of(toks.get(i).base());
        }
        long[][] out = new long[n][];
        long[] buf = new long[256];
        for (int i = 0; i < n; i++) {
            int k = 0;
            Token t = toks.get(i);
            String base = t.base();
            String stem = t.stem();
            buf[k++] = FeatureHash.of(0);
            buf[k++] = FeatureHash.of(1, t.norm());
            buf[k++] = FeatureHash.of(2, base);
            buf[k++] = FeatureHash.of(3, stem);
            buf[k++] = FeatureHash.of(4, t.proclitics());
            String core = stripArticle(base);
            for (int a = 1; a <= 3 && a <= core.length(); a++) {
                buf[k++] = FeatureHash.of(4 + a, core.subSequence(0, a));
            }
            for (int a = 1; a <= 4 && a <= base.length(); a++) {
                buf[k++] = FeatureHash.of(7 + a, base.subSequence(base.length() - a, base.length()));
            }
            String shape = shape(t);
            buf[k++] = FeatureHash.of(12, shape);
            buf[k++] = FeatureHash.of(13, word(toks, i - 1), base);
            buf[k++] = FeatureHash.of(14, base, word(toks, i + 1));
            buf[k++] = FeatureHash.of(15, word(toks, i - 1));
            buf[k++] = FeatureHash.of(16, word(toks, i + 1));
            buf[k++] = FeatureHash.of(17, word(toks, i - 2));
            buf[k++] = FeatureHash.of(18, word(toks, i + 2));
            buf[k++] = FeatureHash.of(19, stemAt(toks, i - 1));
            buf[k++] = FeatureHash.of(20, stemAt(toks, i + 1));
            buf[k++] = FeatureHash.of(21, shapeAt(toks, i - 1), shape);
            buf[k++] = FeatureHash.of(22, shape, shapeAt(toks, i + 1));
            buf[k++] = FeatureHash.of(23, procliticsAt(toks, i + 1));
            String suf2prev = i > 0 ? suffix(toks.get(i - 1).base(), 2) : "<s>";
            buf[k++] = FeatureHash.of(24, suf2prev);
            if (i == 0) {
                buf[k++] = FeatureHash.of(25);
            }
            k = gazetteer(buf, k, 30, gaz[i]);
            k = gazetteer(buf, k, 31, i > 0 ? gaz[i - 1] : 0);
            k = gazetteer(buf, k, 32, i + 1 < n ? gaz[i + 1] : 0);
            k = gazetteer(buf, k, 33, i > 1 ? gaz[i - 2] : 0);
            for (int l = 0; l < cl[i].length; l++) {
                buf[k++] = FeatureHash.of(40 + l, cl[i][l]);
                if (i > 0 && cl[i - 1].length > 0) {
                    buf[k++] = FeatureHash.of(45 + l, cl[i - 1][l]);
                }
                if (i + 1 < n && cl[i + 1].length > 0) {
                    buf[k++] = FeatureHash.of(50 + l, cl[i + 1][l]);
                }
                if (i > 0 && cl[i - 1].length > 0) {
                    buf[k++] = FeatureHash.of(55 + l, cl[i - 1][l], cl[i][l]);
                }
            }
            if (pass1.length > 0) {
                buf[k++] = FeatureHash.of(60, pass1[i]);
                buf[k++] = FeatureHash.of(61, i > 0 ? pass1[i - 1] : -1);
                buf[k++] = FeatureHash.of(62, i + 1 < n ? pass1[i + 1] : -1);
                buf[k++] = FeatureHash.of(63, ctx[i]);
                for (int b = 0; b < 16; b++) {
                    if ((ctx[i] & (1 << b)) != 0) {
                        buf[k++] = FeatureHash.of(64, b);
                        buf[k++] = FeatureHash.of(65, b, i > 0 ? pass1[i - 1] : -1);
                    }
                }
                buf[k++] = FeatureHash.of(66, i > 0 ? ctx[i - 1] : -1, i + 1 < n ? ctx[i + 1] : -1);
            }
            long[] f = new long[k];
            System.arraycopy(buf, 0, f, 0, k);
            out[i] = f;
        }
        return out;
    }

    private static int gazetteer(long[] buf, int k, int template, int mask) {
        if (mask == 0) {
            return k;
        }
        for (int b = 0; b < 32; b++) {
            if ((mask & (1 << b)) != 0) {
                buf[k++] = FeatureHash.of(template, b);
            }
        }
        return k;
    }

    private static String stripArticle(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    private static String suffix(String w, int n) {
        return w.length() <= n ? w : w.substring(w.length() - n);
    }

    private static String word(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).base();
    }

    private static String stemAt(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).stem();
    }

    private static String procliticsAt(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).proclitics();
    }

    private static String shapeAt(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : shape(toks.get(i));
    }

    /** Coarse shape: kind, a length bucket, the article, the nisba ending ـي/ـية, Latin capitals. */
    static String shape(Token t) {
        StringBuilder sb = new StringBuilder(8);
        sb.append(t.kind().name().charAt(0));
        int len = t.base().length();
        sb.append(len <= 2 ? '1' : len <= 4 ? '2' : len <= 7 ? '3' : '4');
        if (t.kind() == TokenKind.ARABIC) {
            if (t.base().startsWith("ال")) {
                sb.append('a');
            }
            if (t.base().endsWith("ي") || t.base().endsWith("يه")) {
                sb.append('n');
            }
        } else if (t.kind() == TokenKind.LATIN || t.kind() == TokenKind.MIXED) {
            String s = t.surface();
            boolean upper = !s.isEmpty() && Character.isUpperCase(s.charAt(0));
            boolean allUpper = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            sb.append(allUpper ? 'U' : upper ? 'C' : 'l');
        }
        return sb.toString();
    }
}
