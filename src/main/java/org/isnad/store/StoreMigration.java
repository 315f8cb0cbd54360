package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java (it moves data or differs by database), with a fixed version, description and
 * checksum; run inside Flyway's transaction.
 */
abstract class StoreMigration implements JavaMigration {
    private final String version;
    private final String description;
    private final int checksum;

    StoreMigration(String version, String description, int checksum) {
        this.version = version;
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return checksum;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** True when the connection is to H2 (the embedded store), false for PostgreSQL. */
    static boolean h2(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }
}
