package org.isnad.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.model.ListingStatus;

/**
 * Reads OFAC's SDN list in its XML form ({@code sdnList/sdnEntry}, namespace {@code http://tempuri.org/sdnList.xsd}):
 * uid as reference, firstName + lastName as name, sdnType, akaList (type a.k.a./f.k.a., category strong/weak),
 * nationalityList, dateOfBirthList. The version is {@code publshInformation/Publish_Date} (MM/dd/yyyy).
 */
public final class OfacSdnImporter implements WatchlistImporter {
    public static final String LIST_ID = "OFAC-SDN";

    @Override
    public Watchlist read(Path file) throws WatchlistException, IOException {
        List<WatchlistEntry> entries = new ArrayList<>();
        String[] published = {""};
        XmlNode root = SecureXml.stream(file, java.util.Set.of("sdnEntry", "publshInformation"), n -> {
            if (n.name().equals("publshInformation")) {
                published[0] = n.childText("Publish_Date");
            } else {
                entries.add(entry(n));
            }
        });
        if (!root.name().equals("sdnList")) {
            throw new WatchlistException(file + ": not an OFAC SDN list (root <" + root.name() + ">)");
        }
        String version = isoDate(published[0]);
        if (version.isEmpty()) {
            throw new WatchlistException(file + ": no publshInformation/Publish_Date");
        }
        List<WatchlistEntry> dated = entries.stream().map(e -> e.withStatus(ListingStatus.LISTED, version)).toList();
        return new Watchlist(LIST_ID, "OFAC Specially Designated Nationals List", version, "ofac", dated);
    }

    private static WatchlistEntry entry(XmlNode n) {
        List<String> parts = new ArrayList<>();
        for (String tag : List.of("firstName", "lastName")) {
            if (!n.childText(tag).isBlank()) {
                parts.add(n.childText(tag));
            }
        }
        List<Alias> aliases = new ArrayList<>();
        for (XmlNode list : n.children("akaList")) {
            for (XmlNode aka : list.children("aka")) {
                String name = (aka.childText("firstName") + " " + aka.childText("lastName")).strip();
                if (name.isEmpty()) {
                    continue;
                }
                AliasQuality q = aka.childText("type").equalsIgnoreCase("f.k.a.") ? AliasQuality.FKA
                        : aka.childText("category").equalsIgnoreCase("weak") ? AliasQuality.LOW : AliasQuality.AKA;
                aliases.add(new Alias(name, q, false));
            }
        }
        List<String> nationalities = new ArrayList<>();
        n.children("nationalityList").forEach(l -> l.children("nationality")
                .forEach(x -> nationalities.add(x.childText("country"))));
        List<String> dobs = new ArrayList<>();
        n.children("dateOfBirthList").forEach(l -> l.children("dateOfBirthItem")
                .forEach(x -> dobs.add(x.childText("dateOfBirth"))));
        String remarks = n.childText("remarks");
        return new WatchlistEntry(n.childText("uid"), type(n.childText("sdnType")), String.join(" ", parts), parts,
                aliases, "", nationalities, dobs, CrossReferences.find(remarks, ""), ListingStatus.LISTED, "");
    }

    private static EntryType type(String sdnType) {
        return switch (sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntryType.INDIVIDUAL;
            case "entity" -> EntryType.ENTITY;
            case "vessel" -> EntryType.VESSEL;
            default -> EntryType.OTHER;
        };
    }

    /** "09/26/2024" → "2024-09-26"; "" if not in that form. */
    static String isoDate(String mdy) {
        String[] p = mdy.strip().split("/");
        if (p.length != 3 || p[2].length() != 4) {
            return "";
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", p[2], Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
}
