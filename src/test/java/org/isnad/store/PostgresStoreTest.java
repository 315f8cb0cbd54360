package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's checks against a real PostgreSQL server named by {@code ISNAD_TEST_PG_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/isnad_test?user=isnad&password=isnad}); each run works in a fresh
 * schema that is dropped afterwards.
 */
class PostgresStoreTest {
    static String baseUrl;
    static String schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createSchema() throws SQLException {
        baseUrl = TestEnv.require("ISNAD_TEST_PG_URL", "a PostgreSQL server");
        schema = "isnad_t" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null && baseUrl != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private Database open() {
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(StoreConfig.parse(url, Optional.of(tmp.resolve("index"))));
    }

    @Test
    void aVersion2StoreMigratesOnPostgres() throws SQLException {
        String v2 = schema + "_v2";
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + v2);
        }
        try {
            String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + v2;
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setURL(url);
            NearDuplicatesTest.migratesVersion2(ds,
                    () -> Database.open(StoreConfig.parse(url, Optional.of(tmp.resolve("index-v2")))));
        } finally {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + v2 + " CASCADE");
            }
        }
    }

    @Test
    void roundTripIdempotenceAtomicityAndActorsOnPostgres() throws SQLException {
        try (Database db = open()) {
            assertEquals(StoreConfig.Kind.POSTGRES, db.config().kind());
            StoreRoundTripTest.StoreRoundTripChecks checks = StoreRoundTripTest.checks(db);
            checks.roundTrip();
            checks.idempotent();
            checks.atomic();
            checks.actors();
        }
        try (Database db = open()) {
            assertEquals(true, db.reachable());
        }
    }
}
