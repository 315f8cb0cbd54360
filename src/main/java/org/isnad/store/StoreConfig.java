package org.isnad.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a store lives: a JDBC URL (H2 file or PostgreSQL), credentials, and the directory of its search index.
 *
 * <p>{@link #parse(String)} reads what a user gives as {@code --db}: nothing means the default embedded store
 * {@code ~/.isnad/isnad}; a {@code jdbc:postgresql://…} URL means a shared PostgreSQL database; a {@code jdbc:h2:…}
 * URL is used as is; anything else is a file path of an embedded H2 store (a trailing {@code .mv.db} is dropped).
 *
 * @param jdbcUrl  the JDBC URL
 * @param user     database user ("" for H2)
 * @param password database password ("" for H2)
 * @param indexDir the Lucene index directory: beside the file for H2, under {@code ~/.isnad/index/} for PostgreSQL
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path indexDir) {
    /** The kind of database behind a URL. */
    public enum Kind { H2, POSTGRES }

    public StoreConfig {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("empty database URL");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public Kind kind() {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? Kind.POSTGRES : Kind.H2;
    }

    /** The default embedded store location, {@code ~/.isnad/isnad}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".isnad", "isnad");
    }

    /** Reads a {@code --db} value; user and password for PostgreSQL come from the URL or ISNAD_DB_USER/PASSWORD. */
    public static StoreConfig parse(String db) {
        return parse(db, Optional.empty());
    }

    /** As {@link #parse(String)}, with an explicit index directory. */
    public static StoreConfig parse(String db, Optional<Path> index) {
        if (db == null || db.isBlank()) {
            return embedded(defaultPath(), index);
        }
        if (db.startsWith("jdbc:postgresql:")) {
            String user = Optional.ofNullable(System.getenv("ISNAD_DB_USER")).orElse("");
            String pass = Optional.ofNullable(System.getenv("ISNAD_DB_PASSWORD")).orElse("");
            Path dir = index.orElseGet(() -> Path.of(System.getProperty("user.home"), ".isnad", "index",
                    db.substring("jdbc:postgresql://".length()).replaceAll("[^A-Za-z0-9._-]+", "_")));
            return new StoreConfig(db, user, pass, dir);
        }
        if (db.startsWith("jdbc:h2:")) {
            String path = db.replaceFirst("^jdbc:h2:(file:)?", "").replaceFirst(";.*$", "");
            return new StoreConfig(db, "", "", index.orElse(Path.of(path + ".index")));
        }
        if (db.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL (use a file path or jdbc:postgresql://…): "
                    + db.replaceFirst("\\?.*$", ""));
        }
        String p = db.endsWith(".mv.db") ? db.substring(0, db.length() - ".mv.db".length()) : db;
        return embedded(Path.of(p), index);
    }

    /** An embedded H2 store at a file path (H2 adds {@code .mv.db}). */
    public static StoreConfig embedded(Path path, Optional<Path> index) {
        Path abs = path.toAbsolutePath().normalize();
        // H2 file store. WRITE_DELAY=0: a commit is written to the file before it returns (H2's default delays
        // writes by 500 ms, which a killed process would lose); QUERY_CACHE_SIZE: a writer uses ~20 statements per
        // document, more than H2 keeps parsed by default (8); CACHE_SIZE: 64 MB of pages instead of 16 keeps the
        // indexes the API reads in memory (an eighth of the heap, 64-256 MB: as the store grows past the cache, every
        // insert into a random-key index reads and decodes a page again); the pool, not a JVM hook, closes the
        // database.
        String url = "jdbc:h2:file:" + abs + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=128;CACHE_SIZE=" + cacheKb()
                + ";DB_CLOSE_ON_EXIT=FALSE";
        return new StoreConfig(url, "", "", index.orElse(Path.of(abs + ".index")));
    }

    /** H2's page cache in KB: an eighth of the maximum heap, at least 64 MB and at most 256 MB. */
    static long cacheKb() {
        long eighth = Runtime.getRuntime().maxMemory() / 8 / 1024;
        return Math.max(65_536, Math.min(262_144, eighth));
    }

    /** The URL without credentials, for messages. */
    public String safeUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
