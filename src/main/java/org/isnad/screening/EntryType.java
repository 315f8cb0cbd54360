package org.isnad.screening;

/** What a watchlist entry designates. */
public enum EntryType {
    INDIVIDUAL, ENTITY, VESSEL, OTHER
}
