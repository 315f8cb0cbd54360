package org.isnad.relations;

import java.util.List;
import java.util.Map;

/**
 * The relation types of Isnad with their core argument roles (the roles that must match for a relation to count
 * in evaluation, and that make two readings of one sentence the same relation), the FollowTheMoney schema each is
 * exported as, and the PLOVER event category where one fits. See docs/relations.md.
 */
public final class RelationTypes {
    /** Every type, in documentation order. */
    public static final List<String> TYPES = List.of("ROLE", "LEADS", "PART_OF", "MEETING", "FUNDING", "SUPPORT",
            "AGREEMENT", "ADVICE", "DESIGNATION");

    private static final Map<String, List<String>> CORE = Map.of(
            "ROLE", List.of("person", "title"),
            "LEADS", List.of("leader", "group"),
            "PART_OF", List.of("child", "parent"),
            "MEETING", List.of("participant"),
            "FUNDING", List.of("funder", "recipient", "origin", "destination"),
            "SUPPORT", List.of("funder", "recipient", "origin", "destination"),
            "AGREEMENT", List.of("party"),
            "ADVICE", List.of("party", "target"),
            "DESIGNATION", List.of("target", "label"));

    /** FollowTheMoney interval schema, its two endpoint properties, and the roles that fill them. */
    public record FtmMapping(String schema, String fromProperty, String fromRole, String toProperty, String toRole) {
    }

    private static final Map<String, FtmMapping> FTM = Map.of(
            "ROLE", new FtmMapping("Membership", "member", "person", "organization", "org"),
            "LEADS", new FtmMapping("Directorship", "director", "leader", "organization", "group"),
            "PART_OF", new FtmMapping("Membership", "member", "child", "organization", "parent"),
            "MEETING", new FtmMapping("UnknownLink", "subject", "participant", "object", "participant"),
            "FUNDING", new FtmMapping("Payment", "payer", "funder", "beneficiary", "recipient"),
            "SUPPORT", new FtmMapping("UnknownLink", "subject", "funder", "object", "recipient"),
            "AGREEMENT", new FtmMapping("UnknownLink", "subject", "party", "object", "party"),
            "ADVICE", new FtmMapping("UnknownLink", "subject", "party", "object", "target"),
            "DESIGNATION", new FtmMapping("UnknownLink", "subject", "labeller", "object", "target"));

    private static final Map<String, String> PLOVER = Map.of(
            "MEETING", "CONSULT",
            "FUNDING", "AID",
            "SUPPORT", "AID",
            "AGREEMENT", "AGREE",
            "ADVICE", "REQUEST",
            "DESIGNATION", "ACCUSE");

    private RelationTypes() {
    }

    /** The core roles of a type (empty for an unknown type). */
    public static List<String> coreRoles(String type) {
        return CORE.getOrDefault(type, List.of());
    }

    /** The FollowTheMoney mapping of a type; unknown types map to UnknownLink. */
    public static FtmMapping ftm(String type) {
        return FTM.getOrDefault(type, new FtmMapping("UnknownLink", "subject", "", "object", ""));
    }

    /** The PLOVER event category of a type, or "" when none fits (states such as ROLE are not events). */
    public static String plover(String type) {
        return PLOVER.getOrDefault(type, "");
    }

    /** FUNDING and SUPPORT are one family for de-duplication. */
    static String family(String type) {
        return type.equals("FUNDING") ? "SUPPORT" : type;
    }
}
