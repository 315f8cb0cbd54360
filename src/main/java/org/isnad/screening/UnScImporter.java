package org.isnad.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.ListingStatus;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL},
 * {@code ENTITIES/ENTITY}). The version is the date of {@code dateGenerated}.
 */
public final class UnScImporter implements WatchlistImporter {
    public static final String LIST_ID = "UN-SC";
    private static final Pattern TRANSLIT_NOTE =
            Pattern.compile("(?i)^(.*?)\\(\\s*transliterations? of (?:the )?original script name\\s*\\)");
    private static final Pattern TRANSLIT_PREFIX = Pattern.compile("(?i)transliterations?:\\s*([^)(]*)");

    @Override
    public Watchlist read(Path file) throws WatchlistException, IOException {
        List<WatchlistEntry> entries = new ArrayList<>();
        XmlNode root = SecureXml.stream(file, java.util.Set.of("INDIVIDUAL", "ENTITY"), n -> entries.add(
                entry(n, n.name().equals("INDIVIDUAL") ? EntryType.INDIVIDUAL : EntryType.ENTITY)));
        if (!root.name().equals("CONSOLIDATED_LIST")) {
            throw new WatchlistException(file + ": not a UN consolidated list (root <" + root.name() + ">)");
        }
        String generated = root.attributes().getOrDefault("dateGenerated", "");
        if (generated.length() < 10) {
            throw new WatchlistException(file + ": CONSOLIDATED_LIST has no dateGenerated");
        }
        String version = generated.substring(0, 10);
        List<WatchlistEntry> dated = entries.stream().map(e -> e.withStatus(ListingStatus.LISTED, version)).toList();
        return new Watchlist(LIST_ID, "UN Security Council Consolidated List", version, "un", dated);
    }

    static WatchlistEntry entry(XmlNode n, EntryType type) {
        String ref = n.childText("REFERENCE_NUMBER").strip();
        List<String> parts = new ArrayList<>();
        for (String tag : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String p = n.childText(tag);
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        List<Alias> aliases = new ArrayList<>();
        String original = n.childText("NAME_ORIGINAL_SCRIPT");
        if (!original.isBlank()) {
            aliases.add(new Alias(original, AliasQuality.GOOD, true));
        }
        String aliasTag = type == EntryType.INDIVIDUAL ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
        for (XmlNode a : n.children(aliasTag)) {
            AliasQuality q = AliasQuality.parse(a.childText("QUALITY"));
            for (AliasSplitter.Part p : AliasSplitter.split(a.childText("ALIAS_NAME"))) {
                aliases.add(new Alias(p.name(), q, p.originalScript()));
            }
            for (String t : noteTransliterations(a.childText("NOTE"))) {
                aliases.add(new Alias(t, q, false));
            }
        }
        String comments = n.childText("COMMENTS1");
        return new WatchlistEntry(ref, type, String.join(" ", parts), parts, dedupe(aliases), n.childText("LISTED_ON"),
                n.values("NATIONALITY", "VALUE"), datesOfBirth(n), CrossReferences.find(comments, ref),
                ListingStatus.LISTED, "");
    }

    /** Transliterations the list gives in an alias note ("Abu Muhammad al-Jawlani, … (transliterations of …)"). */
    static List<String> noteTransliterations(String note) {
        List<String> out = new ArrayList<>();
        Matcher m = TRANSLIT_NOTE.matcher(note);
        if (m.find()) {
            for (String s : m.group(1).split("[,;]")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
        Matcher p = TRANSLIT_PREFIX.matcher(note);
        if (p.find()) {
            for (String s : p.group(1).split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static List<String> datesOfBirth(XmlNode n) {
        List<String> out = new ArrayList<>();
        for (XmlNode d : n.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = d.childText("DATE");
            String year = d.childText("YEAR");
            String from = d.childText("FROM_YEAR");
            String to = d.childText("TO_YEAR");
            if (!date.isBlank()) {
                out.add(date.length() >= 10 ? date.substring(0, 10) : date);
            } else if (!year.isBlank()) {
                out.add(year);
            } else if (!from.isBlank()) {
                out.add(from + "-" + to);
            }
        }
        return out;
    }

    private static List<Alias> dedupe(List<Alias> aliases) {
        List<Alias> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Alias a : aliases) {
            if (seen.add(a.name().toLowerCase(java.util.Locale.ROOT))) {
                out.add(a);
            }
        }
        return out;
    }
}
