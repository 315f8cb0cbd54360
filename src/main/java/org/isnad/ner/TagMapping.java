package org.isnad.ner;

import java.util.Map;
import java.util.TreeMap;
import org.isnad.model.EntityType;

/**
 * Maps one corpus tag ("B-PERS", "I-MIS1", "b-misc" …) to an Isnad BIO tag ("B-PERSON", "O"). Tags that are not
 * well-formed IOB2 with a known type of the corpus are noise: they become {@code O} and are counted by raw spelling.
 * Not thread-safe (it counts).
 */
public final class TagMapping {
    private final CorpusFormat format;
    private final boolean aqmarMiscAsMisc;
    private final Map<String, Integer> noisy = new TreeMap<>();

    /**
     * @param format           the corpus
     * @param aqmarMiscAsMisc  for AQMAR, map MIS/MIS0–3 to MISC (true) or to O (false: they are per-article topics)
     */
    public TagMapping(CorpusFormat format, boolean aqmarMiscAsMisc) {
        this.format = format;
        this.aqmarMiscAsMisc = aqmarMiscAsMisc;
    }

    public TagMapping(CorpusFormat format) {
        this(format, false);
    }

    /** The Isnad tag for a raw corpus tag. */
    public String map(String raw) {
        if (raw.equals("O")) {
            return "O";
        }
        if (raw.length() > 2 && (raw.startsWith("B-") || raw.startsWith("I-"))) {
            String t = raw.substring(2);
            if (format.ignores(t)) {
                return "O";
            }
            var type = format.type(t);
            if (type.isPresent()) {
                if (format == CorpusFormat.AQMAR && type.get() == EntityType.MISC && !aqmarMiscAsMisc) {
                    return "O";
                }
                return raw.substring(0, 2) + type.get().name();
            }
        }
        noisy.merge(raw, 1, Integer::sum);
        return "O";
    }

    /** Noise seen so far: raw tag → count. */
    public Map<String, Integer> noisy() {
        return Map.copyOf(noisy);
    }

    public int noisyCount() {
        return noisy.values().stream().mapToInt(Integer::intValue).sum();
    }
}
