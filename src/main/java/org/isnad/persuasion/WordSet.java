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

    public WordSet(String resource) {
        for (String line : LexiconFile.lines(resource)) {
            String w = line.split("\t|\\s+\\|\\s+")[0].strip();
            if (w.startsWith("=")) {
                exact.add(ArabicNormalizer.MATCHING.normalize(w.substring(1)));
            } else {
                keys.add(LemmaKey.of(ArabicNormalizer.MATCHING.normalize(w)));
            }
        }
    }

    public boolean contains(Token t) {
        for (String k : LemmaKey.keys(t)) {
            if (keys.contains(k)) {
                return true;
            }
        }
        for (String f : LemmaKey.exactForms(t)) {
            if (exact.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
