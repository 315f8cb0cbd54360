package org.isnad.screening;

import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.ListingStatus;

/**
 * One designated person, organisation or vessel. Missing single values are empty strings; missing lists are empty.
 *
 * @param reference     the list's reference ("QDi.317"; OFAC uid; FtM id), trimmed
 * @param type          individual, entity…
 * @param name          the primary name, in Latin script where the list gives one
 * @param nameParts     the primary name's parts as listed (UN FIRST_NAME … FOURTH_NAME; OFAC first/last name)
 * @param aliases       every other name, original-script names included (flagged)
 * @param listedOn      the date of listing (ISO), or ""
 * @param nationalities as listed
 * @param datesOfBirth  ISO dates, years or "YYYY-YYYY" ranges
 * @param links         references to other entries found in the comments ("QDe.137")
 * @param status        LISTED, or DELISTED when a newer version of the list no longer carried it
 * @param statusSince   the list version (date) at which the status was first seen
 */
public record WatchlistEntry(String reference, EntryType type, String name, List<String> nameParts,
                             List<Alias> aliases, String listedOn, List<String> nationalities,
                             List<String> datesOfBirth, List<String> links, ListingStatus status,
                             String statusSince) {
    public WatchlistEntry {
        nameParts = List.copyOf(nameParts);
        aliases = List.copyOf(aliases);
        nationalities = List.copyOf(nationalities);
        datesOfBirth = List.copyOf(datesOfBirth);
        links = List.copyOf(links);
    }

    /** The names written in their original script. */
    public List<String> originalScriptNames() {
        return aliases.stream().filter(Alias::originalScript).map(Alias::name).toList();
    }

    /** The primary name followed by every alias, as (name, alias) pairs: the alias is "" for the primary name. */
    public Stream<Alias> allNames() {
        return Stream.concat(Stream.of(new Alias(name, AliasQuality.NONE, false)), aliases.stream());
    }

    /** The same entry with another status. */
    public WatchlistEntry withStatus(ListingStatus s, String since) {
        return new WatchlistEntry(reference, type, name, nameParts, aliases, listedOn, nationalities, datesOfBirth,
                links, s, since);
    }
}
