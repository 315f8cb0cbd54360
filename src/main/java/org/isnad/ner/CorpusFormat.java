package org.isnad.ner;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.EntityType;

/**
 * The annotated corpora Isnad reads and how each one's entity types map onto {@link EntityType}. The mapping is
 * documented in docs/ner.md; a type not listed here is noise and becomes {@code O} (and is counted).
 */
public enum CorpusFormat {
    /** ANERcorp: PERS, LOC, ORG, MISC in IOB2. */
    ANERCORP(Map.of("PERS", EntityType.PERSON, "LOC", EntityType.LOC, "ORG", EntityType.ORG,
            "MISC", EntityType.MISC), Map.of()),
    /**
     * AQMAR: PER, LOC, ORG, and MIS with per-article variants MIS0–MIS3 (article-specific topics, mapped to MISC
     * only when asked, see {@link TagMapping}).
     */
    AQMAR(Map.of("PER", EntityType.PERSON, "LOC", EntityType.LOC, "ORG", EntityType.ORG,
            "MIS", EntityType.MISC, "MIS0", EntityType.MISC, "MIS1", EntityType.MISC, "MIS2", EntityType.MISC,
            "MIS3", EntityType.MISC), Map.of()),
    /** Wojood: 21 nested types; the outermost layer (first tag column) is read. */
    WOJOOD(Map.ofEntries(
            Map.entry("PERS", EntityType.PERSON), Map.entry("ORG", EntityType.ORG), Map.entry("GPE", EntityType.GPE),
            Map.entry("LOC", EntityType.LOC), Map.entry("FAC", EntityType.LOC), Map.entry("NORP", EntityType.NORP),
            Map.entry("OCC", EntityType.TITLE), Map.entry("EVENT", EntityType.MISC),
            Map.entry("PRODUCT", EntityType.MISC), Map.entry("LAW", EntityType.MISC),
            Map.entry("LANGUAGE", EntityType.MISC), Map.entry("CURR", EntityType.MISC),
            Map.entry("WEBSITE", EntityType.MISC)),
            // numeric and temporal types are real annotations that Isnad does not tag: O, not noise
            Map.of("DATE", "", "TIME", "", "ORDINAL", "", "CARDINAL", "", "MONEY", "", "PERCENT", "",
                    "QUANTITY", "", "UNIT", ""));

    private final Map<String, EntityType> types;
    private final Map<String, String> ignored;

    CorpusFormat(Map<String, EntityType> types, Map<String, String> ignored) {
        this.types = types;
        this.ignored = ignored;
    }

    /** The Isnad type of one of this corpus's type names, exactly as spelt in the corpus. */
    public Optional<EntityType> type(String corpusType) {
        return Optional.ofNullable(types.get(corpusType));
    }

    /** True for a well-formed type of the corpus that Isnad deliberately leaves untagged (dates, numbers …). */
    public boolean ignores(String corpusType) {
        return ignored.containsKey(corpusType);
    }

    /** Parses "anercorp", "aqmar" or "wojood". */
    public static Optional<CorpusFormat> parse(String s) {
        try {
            return Optional.of(valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
