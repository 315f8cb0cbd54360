package org.isnad.screening;

/**
 * How a list rates an alias: UN individuals use Good/Low, UN entities and OFAC a.k.a./f.k.a.; FtM maps alias to
 * AKA, weakAlias to LOW and previousName to FKA. NONE when the list says nothing (and for primary names).
 */
public enum AliasQuality {
    GOOD("Good"), LOW("Low"), AKA("a.k.a."), FKA("f.k.a."), NONE("");

    private final String label;

    AliasQuality(String label) {
        this.label = label;
    }

    /** The list's own word for it. */
    public String label() {
        return label;
    }

    /** Reads a list's quality word; unknown or blank → NONE. */
    public static AliasQuality parse(String s) {
        String t = s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "good", "strong" -> GOOD;
            case "low", "weak" -> LOW;
            case "a.k.a.", "aka", "a.k.a" -> AKA;
            case "f.k.a.", "fka", "f.k.a" -> FKA;
            default -> NONE;
        };
    }
}
