package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.text.Token;

/**
 * Name lists matched against token sequences. Each phrase (words in their {@link Token#base()} form, joined by a
 * space) belongs to one or more classes; a match marks its first token "B" and the others "I" of each class, giving
 * one bit mask per token (bit {@code 2c} = B of class c, {@code 2c+1} = I). Overlapping matches all count.
 * Immutable once built; thread-safe.
 */
public final class Gazetteer {
    /** Classes of phrases (at most 16). */
    public enum Kind { PERSON, LOC, ORG, COUNTRY, TITLE, ORG_HEAD, NAME_PART, LATIN_NAME, MINED_PERSON }

    private final Map<String, Integer> phrases;
    private final Map<String, Integer> firstWordMaxLen;

    private Gazetteer(Map<String, Integer> phrases) {
        this.phrases = phrases;
        this.firstWordMaxLen = new HashMap<>();
        for (String p : phrases.keySet()) {
            String[] w = p.split(" ");
            firstWordMaxLen.merge(w[0], w.length, Math::max);
        }
    }

    /** Collects phrases; keys are made from raw text with the same analysis as corpus words. */
    public static final class Builder {
        private final Map<String, Integer> phrases = new TreeMap<>();

        /** Adds a phrase written as plain text (any spelling; it is normalised). Phrases over 8 words are skipped. */
        public Builder add(String text, Kind kind) {
            String key = key(text);
            if (!key.isEmpty() && key.split(" ").length <= 8) {
                phrases.merge(key, 1 << kind.ordinal(), (a, b) -> a | b);
            }
            return this;
        }

        public int size() {
            return phrases.size();
        }

        public Gazetteer build() {
            return new Gazetteer(new HashMap<>(phrases));
        }
    }

    /** The matching key of a phrase: the base form of each word, space-separated. */
    static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : text.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String b = Words.analyze(w).base();
            if (b.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(b);
        }
        return sb.toString();
    }

    /**
     * The comparison forms of a listed word (as {@link Coreference#word}: base without article) whether it is met
     * bare or with the article: «بحيرة» is analysed as ب + حيرة when bare but «البحيرة» keeps its ب.
     */
    static java.util.Set<String> wordForms(String entry) {
        String e = entry.strip();
        String bare = Demonyms.stripArticle(key(e));
        String definite = Demonyms.stripArticle(key(e.startsWith("ال") ? e : "ال" + e));
        return bare.equals(definite) ? java.util.Set.of(bare) : java.util.Set.of(bare, definite);
    }

    /** The class mask of an exact phrase key, 0 when absent. */
    public int classesOf(String phraseText) {
        return phrases.getOrDefault(key(phraseText), 0);
    }

    public int size() {
        return phrases.size();
    }

    /** One B/I bit mask per token. */
    public int[] match(List<Token> tokens) {
        int n = tokens.size();
        int[] out = new int[n];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Integer max = firstWordMaxLen.get(tokens.get(i).base());
            if (max == null) {
                continue;
            }
            sb.setLength(0);
            for (int len = 1; len <= max && i + len <= n; len++) {
                if (len > 1) {
                    sb.append(' ');
                }
                sb.append(tokens.get(i + len - 1).base());
                Integer mask = phrases.get(sb.toString());
                if (mask == null) {
                    continue;
                }
                for (int c = 0; c < 16; c++) {
                    if ((mask & (1 << c)) != 0) {
                        out[i] |= 1 << (2 * c);
                        for (int j = i + 1; j < i + len; j++) {
                            out[j] |= 1 << (2 * c + 1);
                        }
                    }
                }
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        Map<String, Integer> sorted = new TreeMap<>(phrases);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeShort(e.getValue());
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            m.put(k, (int) in.readShort() & 0xFFFF);
        }
        return new Gazetteer(m);
    }
}
