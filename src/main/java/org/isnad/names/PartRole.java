package org.isnad.names;

/** What a part of a name is, which decides how it is compared and how much it counts. */
public enum PartRole {
    /** A given or family name (ism, laqab, nisba, surname). */
    NAME,
    /** A name after bin/ibn/بن: an ancestor in an ordered chain. */
    ANCESTOR,
    /** A kunya, "Abu X" / «أبو X», kept as one part and compared by X. */
    KUNYA,
    /** A single letter standing for a name. */
    INITIAL,
    /** A number (series, vintage). */
    NUMBER,
    /** A company's legal form (Ltd, JSC, شركة), compared only with legal forms. */
    LEGAL,
    /** A generic word of a group or company name (Front, Movement, حركة). */
    GROUP,
    /** A connective of European names (de, van, von). */
    PARTICLE,
    /** A title or honorific (الشيخ, Sheikh, Dr, Mullah): compared with titles only, counts very little. */
    TITLE
}
