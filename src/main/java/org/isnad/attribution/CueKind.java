package org.isnad.attribution;

/** The grammatical shape of a cue, which decides where its source and content are looked for. */
public enum CueKind {
    /** a finite reporting verb («قال»، «يؤكد»): source after it (verb-first), before it, or implicit. */
    VERB,
    /** an active participle used as a circumstantial («مضيفا»، «نافية»): implicit source. */
    PARTICIPLE,
    /** a masdar («إعلان»، «تصريحات»، «تكذيبه»): source in the genitive after it, or implicit. */
    NOUN,
    /** a preposition phrase («بحسب»، «وفقا ل»، «نقلا عن»): source after it, content after or before. */
    PREP,
    /** a connective plus verb whose content comes first («بحسب ما كشفه»، «كما يقول»): source after it. */
    FRONT,
    /** a phrase with a pronoun source («حسب رأيها»): implicit source. */
    PRONOUN,
    /** «عن» after a relaying verb («نقل الموقع عن مسؤولين أن …»): the relayed source follows. */
    RELAYED
}
