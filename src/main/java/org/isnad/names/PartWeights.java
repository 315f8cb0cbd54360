package org.isnad.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much a matched part counts. A part's weight is its role's base weight times the lower of two generic-ness
 * factors: the prior from {@code generic-names.txt} (محمد 0.25, Abu Muhammad 0.3…) and, when built from a list, a
 * frequency factor: parts carried by more than two entries of the list lose weight with the log of their count
 * ({@code max(0.2, 1 − 0.2·log2(df/2))}). Immutable and thread-safe.
 */
public final class PartWeights {
    /** Weights from the data file alone (no list). */
    public static final PartWeights PRIOR = new PartWeights(NameLexicon.DEFAULT, Map.of());

    private final NameLexicon lex;
    private final Map<String, Double> frequencyFactor;

    private PartWeights(NameLexicon lex, Map<String, Double> frequencyFactor) {
        this.lex = lex;
        this.frequencyFactor = Map.copyOf(frequencyFactor);
    }

    /** Weights with frequency factors counted over names grouped by the entry that carries them. */
    public static PartWeights fromEntries(Collection<? extends Collection<ParsedName>> namesByEntry) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<ParsedName> names : namesByEntry) {
            Set<String> seen = new HashSet<>();
            for (ParsedName n : names) {
                for (NamePart p : n.parts()) {
                    if (p.isNameLike()) {
                        seen.add(NameLexicon.genericKey(p));
                    }
                }
            }
            seen.forEach(k -> df.merge(k, 1, Integer::sum));
        }
        Map<String, Double> factor = new HashMap<>();
        df.forEach((k, n) -> {
            if (n > 2) {
                factor.put(k, Math.max(0.2, 1.0 - 0.2 * (Math.log(n / 2.0) / Math.log(2))));
            }
        });
        return new PartWeights(NameLexicon.DEFAULT, factor);
    }

    public double weight(NamePart p) {
        double base = switch (p.role()) {
            case NAME, ANCESTOR, KUNYA -> 1.0;
            case NUMBER -> 0.8;
            case INITIAL -> 0.3;
            case GROUP -> 0.35;
            case LEGAL -> 0.15;
            case PARTICLE, TITLE -> 0.1;
        };
        if (!p.isNameLike()) {
            return base;
        }
        double generic = Math.min(lex.genericWeight(p), frequencyFactor.getOrDefault(NameLexicon.genericKey(p), 1.0));
        return base * generic;
    }
}
