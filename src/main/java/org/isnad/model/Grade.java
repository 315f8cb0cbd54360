package org.isnad.model;

/**
 * An Admiralty-style grade of one claim: source reliability A–F and information credibility 1–6, with the reason.
 */
public record Grade(String claim, String sourceReliability, String informationCredibility, String why) {
}
