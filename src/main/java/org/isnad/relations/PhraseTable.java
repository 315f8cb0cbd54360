package org.isnad.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.text.Token;

/**
 * A lexicon of one- or multi-word entries matched on token keys ({@link Keys}), longest entry first.
 *
 * @param <V> what an entry carries (a class, a trigger …)
 */
final class PhraseTable<V> {
    /** One matched entry: the value and how many tokens it spans. */
    record Match<V>(V value, int length) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    /** Adds an entry written as in text (words separated by spaces). */
    void add(String phrase, V value) {
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = Keys.entryKey(words[i]);
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(new Entry<>(words, value));
        list.sort((a, b) -> b.words().length - a.words().length);
    }

    /** The longest entry starting at token {@code i} and ending before {@code end}. */
    Optional<Match<V>> match(List<Token> tokens, int i, int end) {
        if (i < 0 || i >= end) {
            return Optional.empty();
        }
        for (String k : KeyedTokens.keysOf(tokens, i)) {
            List<Entry<V>> list = byFirst.get(k);
            if (list == null) {
                continue;
            }
            for (Entry<V> e : list) {
                if (matchesRest(tokens, i, end, e.words())) {
                    return Optional.of(new Match<>(e.value(), e.words().length));
                }
            }
        }
        return Optional.empty();
    }

    /** True when a one-word entry has this key. */
    boolean hasWord(String key) {
        List<Entry<V>> list = byFirst.get(key);
        return list != null && list.stream().anyMatch(e -> e.words().length == 1);
    }

    boolean contains(List<Token> tokens, int i, int end) {
        return match(tokens, i, end).isPresent();
    }

    private static boolean matchesRest(List<Token> tokens, int i, int end, String[] words) {
        if (i + words.length > end) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            Token t = tokens.get(i + w);
            if (Keys.hasConj(t) || !KeyedTokens.keysOf(tokens, i + w).contains(words[w])) {
                return false;
            }
        }
        return true;
    }
}
