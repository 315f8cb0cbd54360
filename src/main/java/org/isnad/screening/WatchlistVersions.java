package org.isnad.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.ListingStatus;

/**
 * Applies a new version of a list to the stored one: entries of the new version are LISTED (keeping the date they
 * were first seen listed, or the new version's date if they were delisted before and are back); entries of the
 * stored version missing from the new one become DELISTED with the new version's date ("date seen").
 */
public final class WatchlistVersions {
    private WatchlistVersions() {
    }

    public static Watchlist merge(Watchlist stored, Watchlist incoming) throws WatchlistException {
        if (!stored.id().equals(incoming.id())) {
            throw new WatchlistException("cannot merge list " + incoming.id() + " into " + stored.id());
        }
        if (incoming.version().compareTo(stored.version()) < 0) {
            throw new WatchlistException("the store already holds " + stored.id() + " version " + stored.version()
                    + ", newer than " + incoming.version());
        }
        Map<String, WatchlistEntry> before = new HashMap<>();
        stored.entries().forEach(e -> before.put(e.reference(), e));
        List<WatchlistEntry> out = new ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        for (WatchlistEntry e : incoming.entries()) {
            present.add(e.reference());
            WatchlistEntry old = before.get(e.reference());
            boolean continuing = old != null && old.status() == ListingStatus.LISTED;
            out.add(e.withStatus(ListingStatus.LISTED, continuing ? old.statusSince() : incoming.version()));
        }
        for (WatchlistEntry old : stored.entries()) {
            if (!present.contains(old.reference())) {
                out.add(old.status() == ListingStatus.DELISTED ? old
                        : old.withStatus(ListingStatus.DELISTED, incoming.version()));
            }
        }
        return new Watchlist(incoming.id(), incoming.name(), incoming.version(), incoming.format(), out);
    }
}
