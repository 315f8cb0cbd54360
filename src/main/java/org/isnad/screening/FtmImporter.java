package org.isnad.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.ListingStatus;

/**
 * Reads OpenSanctions' FollowTheMoney entities as JSON Lines (one {@code {"id", "schema", "properties", "datasets",
 * "last_seen"…}} a line). Person, Organization, Company, LegalEntity and Vessel entities become entries (other
 * schemas such as Sanction or Address are skipped); name[0] is the primary name, other names and {@code alias}
 * are a.k.a., {@code weakAlias} Low, {@code previousName} f.k.a. The list id is "ftm-" + the first dataset; the
 * version the latest {@code last_seen} date. Lines are bounded to {@link #MAX_LINE} characters.
 */
public final class FtmImporter implements WatchlistImporter {
    public static final int MAX_LINE = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCHEMAS = List.of("Person", "Organization", "Company", "LegalEntity", "Vessel");

    @Override
    public Watchlist read(Path file) throws WatchlistException, IOException {
        SecureXml.checkSize(file, SecureXml.MAX_BYTES);
        List<WatchlistEntry> entries = new ArrayList<>();
        String dataset = "";
        String version = "";
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    throw new WatchlistException(file + ":" + no + ": line longer than " + MAX_LINE + " characters");
                }
                JsonNode e = parse(line, file, no);
                String seen = e.path("last_seen").asText("");
                if (seen.length() >= 10 && seen.substring(0, 10).compareTo(version) > 0) {
                    version = seen.substring(0, 10);
                }
                if (dataset.isEmpty() && e.path("datasets").size() > 0) {
                    dataset = e.path("datasets").get(0).asText();
                }
                if (SCHEMAS.contains(e.path("schema").asText())) {
                    entries.add(entry(e));
                }
            }
        }
        if (version.isEmpty()) {
            throw new WatchlistException(file + ": no entity with a last_seen date; cannot tell the list version");
        }
        String id = "ftm-" + (dataset.isEmpty() ? file.getFileName().toString().replaceAll("\\..*$", "") : dataset);
        String v = version;
        List<WatchlistEntry> dated = entries.stream().map(x -> x.withStatus(ListingStatus.LISTED, v)).toList();
        return new Watchlist(id, "OpenSanctions " + id.substring(4), version, "ftm", dated);
    }

    private static JsonNode parse(String line, Path file, int no) throws WatchlistException {
        try {
            JsonNode e = JSON.readTree(line);
            if (!e.isObject() || !e.path("id").isTextual()) {
                throw new WatchlistException(file + ":" + no + ": not an FtM entity (no id)");
            }
            return e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new WatchlistException(file + ":" + no + ": malformed JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    private static WatchlistEntry entry(JsonNode e) {
        JsonNode p = e.path("properties");
        List<String> names = texts(p.path("name"));
        String primary = names.isEmpty() ? e.path("caption").asText("") : names.get(0);
        List<Alias> aliases = new ArrayList<>();
        names.stream().skip(1).forEach(n -> aliases.add(alias(n, AliasQuality.AKA)));
        texts(p.path("alias")).forEach(n -> aliases.add(alias(n, AliasQuality.AKA)));
        texts(p.path("weakAlias")).forEach(n -> aliases.add(alias(n, AliasQuality.LOW)));
        texts(p.path("previousName")).forEach(n -> aliases.add(alias(n, AliasQuality.FKA)));
        List<String> parts = new ArrayList<>(texts(p.path("firstName")));
        parts.addAll(texts(p.path("lastName")));
        String schema = e.path("schema").asText();
        EntryType type = switch (schema) {
            case "Person" -> EntryType.INDIVIDUAL;
            case "Vessel" -> EntryType.VESSEL;
            default -> EntryType.ENTITY;
        };
        List<String> nationality = new ArrayList<>(texts(p.path("nationality")));
        nationality.addAll(texts(p.path("country")));
        return new WatchlistEntry(e.path("id").asText(), type, primary, parts, aliases,
                texts(p.path("createdAt")).stream().findFirst().orElse(e.path("first_seen").asText("")),
                nationality, texts(p.path("birthDate")), texts(p.path("notes")).stream()
                .flatMap(n -> CrossReferences.find(n, "").stream()).toList(), ListingStatus.LISTED, "");
    }

    private static Alias alias(String name, AliasQuality q) {
        return new Alias(name, q, org.isnad.names.Scripts.isArabic(name) || !isLatin(name));
    }

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x250);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
        });
        return out;
    }
}
