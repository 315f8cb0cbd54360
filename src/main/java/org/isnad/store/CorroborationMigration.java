package org.isnad.store;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 4: corroboration is stored per claim ({@code claim_corroboration}, filled by
 * {@link CorroborationRows#refresh}) instead of being recomputed for every view. {@code corroboration_state} holds
 * the highest document id the rows account for; documents stored after it make the rows of the claims they
 * corroborate stale until the next refresh (readers then compute on the fly). The tables start empty with
 * {@code upto_doc = 0}: an existing store is backfilled by its next refresh ({@code isnad serve} runs one when it
 * starts), which computes every claim's row. PostgreSQL keeps a foreign key to the document, H2 none (see
 * {@link CompactSchemaMigration}).
 */
final class CorroborationMigration extends StoreMigration {
    CorroborationMigration() {
        super("4", "stored corroboration per claim", 20261201);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean h2 = h2(c);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE claim_corroboration (doc_id BIGINT NOT NULL"
                    + (h2 ? "" : " REFERENCES documents (id) ON DELETE CASCADE")
                    + ", claim_id VARCHAR(32) NOT NULL, independent_sources INTEGER NOT NULL,"
                    + " outlets INTEGER NOT NULL, originals INTEGER NOT NULL, documents INTEGER NOT NULL,"
                    + " single_source BOOLEAN NOT NULL, carriers VARCHAR(4000) NOT NULL,"
                    + " PRIMARY KEY (doc_id, claim_id))");
            st.execute("CREATE TABLE corroboration_state (id INTEGER NOT NULL PRIMARY KEY, upto_doc BIGINT NOT NULL)");
            st.execute("INSERT INTO corroboration_state (id, upto_doc) VALUES (1, 0)");
        }
    }
}
