package org.isnad.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 3: near-duplicate lookup moves into memory ({@link NearDuplicates}). Each document's MinHash
 * signature and origin move from {@code documents.minhash} into {@code doc_signatures}, one narrow row per document
 * in id order (the writer loads them all when it opens); the {@code doc_bands} table (16 rows per document under
 * random keys, whose index every group commit rewrote most of) is dropped. PostgreSQL keeps a foreign key to the
 * document ({@code ON DELETE CASCADE}, as for every child table there); H2 has none (see
 * {@link CompactSchemaMigration}).
 */
final class SignatureMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "document signatures instead of LSH band rows";
    }

    @Override
    public Integer getChecksum() {
        return 20261131;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE doc_signatures (doc_id BIGINT NOT NULL PRIMARY KEY"
                    + (h2 ? "" : " REFERENCES documents (id) ON DELETE CASCADE")
                    + ", origin_id BIGINT NOT NULL, minhash VARCHAR(2000) NOT NULL)");
            st.execute("INSERT INTO doc_signatures (doc_id, origin_id, minhash)"
                    + " SELECT id, origin_id, minhash FROM documents ORDER BY id");
            st.execute("DROP TABLE doc_bands");
            st.execute("ALTER TABLE documents DROP COLUMN minhash");
        }
    }
}
