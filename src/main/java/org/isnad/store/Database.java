package org.isnad.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled connection to the store's database, migrated to the current schema on open by Flyway
 * (scripts in {@code org/isnad/store/migration}, then {@link CompactSchemaMigration}). Thread-safe; close it once when
 * done.
 */
public final class Database implements AutoCloseable {
    private final StoreConfig config;
    private final HikariDataSource pool;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private Database(StoreConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) and migrates the database.
     *
     * @throws StoreException when it cannot be reached, is locked by another process, or cannot be migrated
     */
    public static Database open(StoreConfig config) {
        try {
            if (config.kind() == StoreConfig.Kind.H2) {
                Path parent = config.indexDir().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory: " + e.getMessage(), e);
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        if (!config.user().isEmpty()) {
            hc.setUsername(config.user());
            hc.setPassword(config.password());
        }
        hc.setMaximumPoolSize(config.kind() == StoreConfig.Kind.H2 ? 8 : 10);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(10_000);
        hc.setInitializationFailTimeout(1);
        hc.setPoolName("isnad-store");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + config.safeUrl() + ": " + rootMessage(e), e);
        }
        try {
            try (Connection c = ds.getConnection()) {
                c.isValid(5);
            }
            Flyway.configure().dataSource(ds).locations("classpath:org/isnad/store/migration")
                    .javaMigrations(new CompactSchemaMigration(), new SignatureMigration(),
                            new CorroborationMigration())
                    .loggers("slf4j").load().migrate();
        } catch (SQLException | RuntimeException e) {
            ds.close();
            throw new StoreException("cannot open store " + config.safeUrl() + ": " + rootMessage(e), e);
        }
        return new Database(config, ds);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (m.contains("Database may be already in use") || m.contains("already in use")) {
            return "the store is in use by another process (is `isnad serve` running on it? use its HTTP API)";
        }
        return m.replaceAll("[\\r\\n]+", " ");
    }

    public StoreConfig config() {
        return config;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * A number that changes whenever this process commits a write to the store: read caches keyed on it never serve
     * a result computed before the write.
     */
    public long generation() {
        return generation.get();
    }

    void changed() {
        generation.incrementAndGet();
    }

    /** True when a connection can be had and answers within two seconds. */
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
