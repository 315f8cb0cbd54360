package org.isnad.names;

/**
 * How two name parts compare.
 *
 * @param similarity in [0, 1]
 * @param how        which comparison gave it: exact, spelling, skeleton, cross-script, kunya, initial, prefix,
 *                   legal-form, none
 */
public record PartMatch(double similarity, String how) {
    public static final PartMatch NONE = new PartMatch(0.0, "none");
}
