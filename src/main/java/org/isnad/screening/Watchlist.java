package org.isnad.screening;

import java.util.List;

/**
 * One version of one list.
 *
 * @param id      short identifier, also the store's file name ("UN-SC", "OFAC-SDN", "ftm-&lt;dataset&gt;")
 * @param name    human name of the list
 * @param version the list's date (ISO yyyy-MM-dd): UN dateGenerated, OFAC Publish_Date, FtM latest last_seen
 * @param format  the format it was read from: un, ofac or ftm
 * @param entries its entries
 */
public record Watchlist(String id, String name, String version, String format, List<WatchlistEntry> entries) {
    public Watchlist {
        entries = List.copyOf(entries);
    }

    public long count(org.isnad.model.ListingStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }
}
