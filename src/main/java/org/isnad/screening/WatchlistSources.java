package org.isnad.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where screening gets its lists: files named directly (any supported format, read once per JVM and cached by
 * path, size and modification time) and the lists imported into a {@link WatchlistStore}. Indexes are cached too,
 * by the set of lists they were built from, so that every stage and command built with the same lists shares one.
 */
public final class WatchlistSources {
    private record FileKey(Path path, long size, long modified) {
    }

    private static final Map<FileKey, Watchlist> FILES = new ConcurrentHashMap<>();
    private static final Map<List<String>, Screener> SCREENERS = new ConcurrentHashMap<>();

    private WatchlistSources() {
    }

    /** Reads a list file, or returns the copy read before if the file has not changed. */
    public static Watchlist file(Path file) throws IOException, WatchlistException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        FileKey key = new FileKey(abs, Files.size(abs), Files.getLastModifiedTime(abs).toMillis());
        Watchlist cached = FILES.get(key);
        if (cached != null) {
            return cached;
        }
        Watchlist w = WatchlistFormat.load(abs, "");
        FILES.put(key, w);
        return w;
    }

    /** The named files' lists followed by the store's lists (when {@code home} is present or includeStore). */
    public static List<Watchlist> load(List<Path> files, Optional<Path> home, boolean includeStore)
            throws IOException, WatchlistException {
        List<Watchlist> out = new ArrayList<>();
        for (Path f : files) {
            out.add(file(f));
        }
        if (includeStore) {
            for (Watchlist w : WatchlistStore.at(home).all()) {
                if (out.stream().noneMatch(o -> o.id().equals(w.id()) && o.version().equals(w.version()))) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** A screener over these lists, built once per distinct set of (id, version, entry count). */
    public static Screener screener(List<Watchlist> lists) {
        List<String> key = lists.stream().map(l -> l.id() + "@" + l.version() + "#" + l.entries().size()
                + "#" + System.identityHashCode(l)).toList();
        return SCREENERS.computeIfAbsent(key, k -> new Screener(new ScreeningIndex(lists)));
    }
}
