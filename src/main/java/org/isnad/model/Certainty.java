package org.isnad.model;

/** How sure the text presents reported content. */
public enum Certainty {
    /** the cue presents the content as fact (كشف، أكد، أثبت). */
    ASSERTED,
    /** neutral reporting (قال، أفاد، ذكر، بحسب). */
    REPORTED,
    /** doubt or distance (زعم، ادعى، يبدو أن، ربما). */
    HEDGED,
    /** the source denies the content (نفى، كذّب). */
    DENIED
}
