package org.isnad.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3: near-duplicate lookup moves into memory ({@link NearDuplicates}). Each document's MinHash
 * signature and origin move from {@code documents.minhash} into {@code doc_signatures}, one narrow row per document
 * in id order (the writer loads them all when it opens); the {@code doc_bands} table (16 rows per document under
 * random keys, whose index every group commit rewrote most of) is dropped. PostgreSQL keeps a foreign key to the
 * document ({@code ON DELETE CASCADE}, as for every child table there); H2 has none (see
 * {@link CompactSchemaMigration}). Indexes no query uses are dropped: {@code documents} by outlet, origin and day
 * (search filters by them in Lucene) and, on H2, the unique index of {@code actors.canonical_key} (every canonical
 * key is also a key of {@code actor_keys}). Each index entry is one more B-tree write per row, and on H2 one more
 * page rewritten at commit for keys in random order.
 */
final class SignatureMigration extends StoreMigration {
    SignatureMigration() {
        super("3", "document signatures instead of LSH band rows, unused indexes dropped", 20261131);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean h2 = h2(c);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE doc_signatures (doc_id BIGINT NOT NULL PRIMARY KEY"
                    + (h2 ? "" : " REFERENCES documents (id) ON DELETE CASCADE")
                    + ", origin_id BIGINT NOT NULL, minhash VARCHAR(2000) NOT NULL)");
            st.execute("INSERT INTO doc_signatures (doc_id, origin_id, minhash)"
                    + " SELECT id, origin_id, minhash FROM documents ORDER BY id");
            st.execute("DROP TABLE doc_bands");
            st.execute("ALTER TABLE documents DROP COLUMN minhash");
            // no query filters or sorts documents by these (search filters are the Lucene index's)
            for (String index : List.of("documents_outlet", "documents_origin", "documents_day")) {
                st.execute("DROP INDEX " + index);
            }
            if (h2) {
                // actor_keys, whose key is unique, holds every canonical key too (the writer registers each new
                // actor's key there in the same transaction); PostgreSQL keeps the constraint
                st.execute("ALTER TABLE actors DROP CONSTRAINT actors_key_unique");
            }
        }
    }
}
