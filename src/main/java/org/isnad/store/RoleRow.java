package org.isnad.store;

/** A relation an actor takes part in, from one claim: its type, the actor's role in it, and the evidence text. */
public record RoleRow(long docId, String relationId, String type, String role, String roleText, String evidence,
                      String claimId) {
}
