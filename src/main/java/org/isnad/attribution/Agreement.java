package org.isnad.attribution;

/**
 * The person a cue form agrees with, read from the form the lexicon generated it as: «قال»، «يقول»، «مضيفا» are
 * masculine singular; «قالت»، «تقول»، «مضيفة» feminine singular; «قالوا»، «يقولون» plural; duals and forms the
 * lexicon did not generate are {@link #UNKNOWN}. A verb before its subject agrees with it in gender, so an explicit
 * «قالت ميركل» tells that Merkel is referred to in the feminine, and a later «وأضاف» is someone else.
 */
enum Agreement {
    MASCULINE, FEMININE, PLURAL, UNKNOWN;

    /**
     * True when an implicit cue of this agreement cannot continue a source that cues of {@code other} agreement speak
     * of: masculine against feminine, and a singular cue against people a plural verb spoke of («يرى بعض المراقبين …
     * وقالت إنها» is someone else). A singular verb before a plural subject («قال مسؤولون») is normal, so a plural
     * implicit cue does not clash with a singular one.
     */
    boolean clashes(Agreement other) {
        return this == MASCULINE && other == FEMININE || this == FEMININE && other == MASCULINE
                || (this == MASCULINE || this == FEMININE) && other == PLURAL;
    }
}
