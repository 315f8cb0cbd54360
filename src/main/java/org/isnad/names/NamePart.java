package org.isnad.names;

/**
 * One part of a parsed name.
 *
 * @param text     the cleaned words of the part as written ("abu muhammad", "الجولاني")
 * @param key      the comparison form (article dropped; for a kunya the name after Abu; compounds joined)
 * @param skeleton the consonant skeleton of the key ({@link Skeleton})
 * @param role     what the part is
 * @param arabic   true when written in Arabic script
 * @param index    position among the parts of its name, from 0
 */
public record NamePart(String text, String key, String skeleton, PartRole role, boolean arabic, int index) {
    /** The blocking key of this part. */
    public String coarse() {
        return Skeleton.coarse(skeleton);
    }

    /** True for parts that identify (not legal forms, group words or particles). */
    public boolean isNameLike() {
        return role == PartRole.NAME || role == PartRole.ANCESTOR || role == PartRole.KUNYA || role == PartRole.INITIAL;
    }
}
