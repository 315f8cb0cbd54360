package org.isnad.screening;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local store of imported lists: one JSON file per list, {@code HOME/watchlists/<list id>.json}, holding the
 * latest version with DELISTED entries kept. HOME is {@code --home}, else {@code $ISNAD_HOME}, else
 * {@code ~/.isnad}. Writes go to a temporary file in the same directory, then an atomic move replaces the old file,
 * so a reader never sees half a list.
 */
public final class WatchlistStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path dir;

    public WatchlistStore(Path home) {
        this.dir = home.resolve("watchlists");
    }

    /** The store under {@code home} if given, else $ISNAD_HOME, else ~/.isnad. */
    public static WatchlistStore at(Optional<Path> home) {
        return new WatchlistStore(home.orElseGet(WatchlistStore::defaultHome));
    }

    public static Path defaultHome() {
        String env = System.getenv("ISNAD_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".isnad");
    }

    public Path directory() {
        return dir;
    }

    /** Imports a list version: merges it with the stored version of the same list and saves the result. */
    public Watchlist importList(Watchlist incoming) throws IOException, WatchlistException {
        Optional<Watchlist> stored = get(incoming.id());
        Watchlist merged = stored.isPresent() ? WatchlistVersions.merge(stored.get(), incoming) : incoming;
        save(merged);
        return merged;
    }

    public Optional<Watchlist> get(String id) throws IOException {
        Path f = file(id);
        return Files.isRegularFile(f) ? Optional.of(JSON.readValue(f.toFile(), Watchlist.class)) : Optional.empty();
    }

    /** Every stored list, sorted by id. */
    public List<Watchlist> all() throws IOException {
        List<Watchlist> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readValue(f.toFile(), Watchlist.class));
            }
        }
        return out;
    }

    void save(Watchlist list) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, list.id() + ".", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), list);
            try {
                Files.move(tmp, file(list.id()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(list.id()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path file(String id) {
        return dir.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
}
