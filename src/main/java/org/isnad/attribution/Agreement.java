package org.isnad.attribution;

/**
 * The person a cue form agrees with, read from the form the lexicon generated it as: «قال»، «يقول»، «مضيفا» are
 * masculine singular; «قالت»، «تقول»، «مضيفة» feminine singular; «قالوا»، «يقولون» plural; duals and forms the
 * lexicon did not generate are {@link #UNKNOWN}. A verb before its subject agrees with it in gender, so an explicit
 * «قالت ميركل» tells that Merkel is referred to in the feminine, and a later «وأضاف» is someone else.
 */
enum Agreement {
    MASCULINE, FEMININE, PLURAL, UNKNOWN;

    /** True when two agreements cannot refer to the same singular source (masculine against feminine). */
    boolean clashes(Agreement other) {
        return this == MASCULINE && other == FEMININE || this == FEMININE && other == MASCULINE;
    }
}
