package org.isnad.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The list formats Isnad reads, and how to tell them apart by their first bytes. */
public enum WatchlistFormat {
    UN(new UnScImporter()), OFAC(new OfacSdnImporter()), FTM(new FtmImporter());

    private final WatchlistImporter importer;

    WatchlistFormat(WatchlistImporter importer) {
        this.importer = importer;
    }

    public WatchlistImporter importer() {
        return importer;
    }

    /** "un", "ofac" or "ftm" (case-insensitive). */
    public static WatchlistFormat parse(String s) throws WatchlistException {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WatchlistException("unknown list format '" + s + "'; use un, ofac or ftm");
        }
    }

    /** Guesses the format from the first 4 KB: JSON → ftm; XML root CONSOLIDATED_LIST → un; sdnList → ofac. */
    public static WatchlistFormat detect(Path file) throws WatchlistException, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (s.startsWith("{")) {
            return FTM;
        }
        if (s.contains("<CONSOLIDATED_LIST")) {
            return UN;
        }
        if (s.contains("<sdnList")) {
            return OFAC;
        }
        throw new WatchlistException(file + ": unknown list format (expected UN XML, OFAC SDN XML or FtM JSON Lines)");
    }

    /** Reads a list file in the given format, or the detected one when {@code format} is blank. */
    public static Watchlist load(Path file, String format) throws WatchlistException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        WatchlistFormat f = format == null || format.isBlank() ? detect(file) : parse(format);
        return f.importer().read(file);
    }
}
