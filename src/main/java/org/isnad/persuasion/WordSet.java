package org.isnad.persuasion;

import java.util.HashSet;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;

/** A set of single words read from a data file, matched by {@link LemmaKey} (or exactly, for {@code =word}). */
public final class WordSet {
    private final Set<String> keys = new HashSet<>();
    private final Set<String> exact = new HashSet<>();

    /** The words of the first column of a data file. */
    public WordSet(String resource) {
        this(LexiconFile.rows(resource).stream().map(r -> r[0]).toList());
    }

    /** The given words ({@code word} by lemma key, {@code =word} exactly). */
    public WordSet(java.util.Collection<String> words) {
        for (String w : words) {
            if (w.startsWith("=")) {
                exact.add(ArabicNormalizer.MATCHING.normalize(w.substring(1)));
            } else {
                keys.add(LemmaKey.of(ArabicNormalizer.MATCHING.normalize(w)));
            }
        }
    }

    public boolean contains(Token t) {
        return contains(LemmaKey.keys(t), LemmaKey.exactForms(t));
    }

    /** True when one of a token's precomputed keys or exact forms is in the set. */
    public boolean contains(String[] tokenKeys, String[] exactForms) {
        for (String k : tokenKeys) {
            if (keys.contains(k)) {
                return true;
            }
        }
        for (String f : exactForms) {
            if (exact.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
