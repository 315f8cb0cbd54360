package org.isnad.store;

import java.util.regex.Pattern;
import org.isnad.model.EntityType;
import org.isnad.text.ArabicNormalizer;

/**
 * Canonical keys from the folded name: {@code PERSON|محمد بن سلمان}. Folding removes diacritics, tatweel and bidi
 * controls and unifies alef/hamza, ya and ta marbuta forms, so spelling variants of one name share a key; quotes and
 * punctuation around the name are dropped. Different names of one actor (a kunya, a transliteration) stay apart
 * until a real resolver is plugged in.
 */
public final class NormalizedNameKeys implements CanonicalKeys {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Override
    public String key(EntityType type, String name) {
        String folded = ArabicNormalizer.MATCHING.normalize(name);
        String words = NOT_WORD.matcher(folded).replaceAll(" ").trim();
        return type.name() + "|" + (words.isEmpty() ? folded.trim() : words);
    }
}
