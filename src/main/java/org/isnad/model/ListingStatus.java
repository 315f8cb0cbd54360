package org.isnad.model;

/** Whether a watchlist entry was on the list in the version used. */
public enum ListingStatus {
    LISTED, DELISTED
}
