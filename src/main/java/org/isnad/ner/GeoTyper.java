package org.isnad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;

/**
 * Splits the tagger's place mentions into GPE (countries, cities, provinces: political units) and LOC (crossings,
 * regions, natural features …): a mention whose first word, or whole text, is listed in {@code loc-heads.txt} is LOC,
 * every other place is GPE. Thread-safe.
 */
public final class GeoTyper {
    private final Set<String> heads = new HashSet<>();

    public GeoTyper() {
        for (String h : LexiconFile.lines(GazetteerSources.RES + "loc-heads.txt")) {
            heads.addAll(Gazetteer.wordForms(h));
        }
    }

    /** GPE or LOC for a place mention over {@code tokens[first, end)}. */
    public EntityType type(List<Token> tokens, int first, int end) {
        StringBuilder whole = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first) {
                whole.append(' ');
            }
            whole.append(i == first ? Coreference.word(tokens.get(i)) : tokens.get(i).base());
        }
        String head = Coreference.word(tokens.get(first));
        return heads.contains(head) || heads.contains(whole.toString()) ? EntityType.LOC : EntityType.GPE;
    }
}
