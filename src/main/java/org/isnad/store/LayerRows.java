package org.isnad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.text.Sentence;

/**
 * Inserts the rows of every layer of one document, inside the caller's transaction, in batches. Knows the column
 * layout of {@code V1__schema.sql} as changed by {@link CompactSchemaMigration}; {@link DocumentLoader} reads the
 * same layout back. Sentences and persuasion spans go into the document's row ({@link StoreWriter}).
 */
final class LayerRows {
    private final Connection c;
    private final long docId;
    private final Document doc;
    private final Map<String, Long> actorOfEntity;

    LayerRows(Connection c, long docId, Document doc, Map<String, Long> actorOfEntity) {
        this.c = c;
        this.docId = docId;
        this.doc = doc;
        this.actorOfEntity = actorOfEntity;
    }

    void writeAll() throws SQLException {
        entities();
        attributions();
        claims();
        relations();
        screening();
        profile();
    }

    private void entities() throws SQLException {
        try (PreparedStatement pe = c.prepareStatement(
                "INSERT INTO entities (doc_id, local_id, actor_id, type, name, mentions) VALUES (?,?,?,?,?,?)")) {
            for (Entity e : doc.get(Layers.ENTITIES)) {
                pe.setLong(1, docId);
                pe.setString(2, e.id());
                pe.setLong(3, actorOfEntity.get(e.id()));
                pe.setString(4, e.type().name());
                pe.setString(5, e.name());
                pe.setString(6, CompactLayers.mentions(e.mentions()));
                pe.addBatch();
            }
            pe.executeBatch();
        }
    }

    private void attributions() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attributions (doc_id, local_id, cue_start, cue_end,"
                + " source_start, source_end, source_type, source_entity, source_actor_id, implicit_source,"
                + " content_start, content_end, content_extra, certainty, channel, parent_id, continues_id)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
                ps.setLong(1, docId);
                ps.setString(2, a.id());
                ps.setInt(3, a.cue().start());
                ps.setInt(4, a.cue().end());
                setInt(ps, 5, a.source().span().map(Span::start));
                setInt(ps, 6, a.source().span().map(Span::end));
                ps.setString(7, a.source().type().name());
                ps.setString(8, a.source().entity().orElse(null));
                setLong(ps, 9, a.source().entity().map(actorOfEntity::get));
                ps.setBoolean(10, a.source().implicit());
                ps.setInt(11, a.content().start());
                ps.setInt(12, a.content().end());
                ps.setString(13, SpanList.encode(a.contentExtra()));
                ps.setString(14, a.certainty().name());
                ps.setString(15, a.channel().map(Enum::name).orElse(null));
                ps.setString(16, a.parent().orElse(null));
                ps.setString(17, a.continues().orElse(null));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void claims() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (doc_id, local_id, start_off, end_off,"
                + " attribution_id, certainty) VALUES (?,?,?,?,?,?)")) {
            for (Claim cl : doc.get(Layers.CLAIMS)) {
                ps.setLong(1, docId);
                ps.setString(2, cl.id());
                ps.setInt(3, cl.span().start());
                ps.setInt(4, cl.span().end());
                ps.setString(5, cl.attribution().orElse(null));
                ps.setString(6, cl.certainty().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO claim_actors (doc_id, claim_id, actor_id) VALUES (?,?,?)")) {
            for (Map.Entry<String, java.util.Set<Long>> e : ClaimSubjects.of(doc, actorOfEntity).entrySet()) {
                for (long actor : e.getValue()) {
                    ps.setLong(1, docId);
                    ps.setString(2, e.getKey());
                    ps.setLong(3, actor);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void relations() throws SQLException {
        try (PreparedStatement pr = c.prepareStatement("INSERT INTO relations (doc_id, local_id, type, attributes,"
                + " ev_start, ev_end, claim_id, confidence, sent_start, sent_end) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pa = c.prepareStatement("INSERT INTO relation_args (doc_id, relation_id, idx, role,"
                + " entity_id, actor_id, arg_text, start_off, end_off) VALUES (?,?,?,?,?,?,?,?,?)")) {
            List<Sentence> sentences = doc.get(Layers.SENTENCES);
            for (Relation r : doc.get(Layers.RELATIONS)) {
                pr.setLong(1, docId);
                pr.setString(2, r.id());
                pr.setString(3, r.type());
                pr.setString(4, json(r.attributes()));
                pr.setInt(5, r.evidence().start());
                pr.setInt(6, r.evidence().end());
                pr.setString(7, r.claim());
                pr.setDouble(8, r.confidence());
                Optional<Span> sentence = CompactLayers.sentenceAt(sentences, r.evidence().start());
                setInt(pr, 9, sentence.map(Span::start));
                setInt(pr, 10, sentence.map(Span::end));
                pr.addBatch();
                for (int i = 0; i < r.arguments().size(); i++) {
                    Argument a = r.arguments().get(i);
                    pa.setLong(1, docId);
                    pa.setString(2, r.id());
                    pa.setInt(3, i);
                    pa.setString(4, a.role());
                    pa.setString(5, a.entity().orElse(null));
                    setLong(pa, 6, a.entity().map(actorOfEntity::get));
                    pa.setString(7, a.text());
                    setInt(pa, 8, a.span().map(Span::start));
                    setInt(pa, 9, a.span().map(Span::end));
                    pa.addBatch();
                }
            }
            pr.executeBatch();
            pa.executeBatch();
        }
    }

    private void screening() throws SQLException {
        List<ScreeningHit> hits = doc.get(Layers.SCREENING);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO screening_hits (doc_id, idx, entity_id, actor_id,"
                + " list_name, list_version, reference, listed_name, matched_alias, score, status, explanation)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < hits.size(); i++) {
                ScreeningHit h = hits.get(i);
                ps.setLong(1, docId);
                ps.setInt(2, i);
                ps.setString(3, h.entity());
                setLong(ps, 4, Optional.ofNullable(actorOfEntity.get(h.entity())));
                ps.setString(5, h.list());
                ps.setString(6, h.listDate());
                ps.setString(7, h.reference());
                ps.setString(8, h.listedName());
                ps.setString(9, h.matchedAlias());
                ps.setDouble(10, h.score());
                ps.setString(11, h.status().name());
                ps.setString(12, h.explanation());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void profile() throws SQLException {
        Optional<Profile> op = doc.getOne(Layers.PROFILE);
        if (op.isEmpty()) {
            return;
        }
        Profile p = op.get();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO profiles (doc_id, claims_by_source_type,"
                + " unattributed_claims, hedged_claims, denied_claims, independent_named, anonymous_share,"
                + " persuasion_per_100, grades) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, docId);
            ps.setString(2, json(new java.util.TreeMap<>(p.claimsBySourceType())));
            ps.setInt(3, p.unattributedClaims());
            ps.setInt(4, p.hedgedClaims());
            ps.setInt(5, p.deniedClaims());
            ps.setInt(6, p.independentNamedSources());
            ps.setDouble(7, p.anonymousOrUndisclosedShare());
            ps.setDouble(8, p.persuasionPer100Words());
            ps.setString(9, CompactLayers.grades(p.grades()));
            ps.executeUpdate();
        }
    }

    static String json(Object o) {
        try {
            return AnalysisJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("relation attributes are not JSON-friendly: " + e.getOriginalMessage());
        }
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Optional<Long> v) throws SQLException {
        if (v.isPresent()) {
            ps.setLong(i, v.get());
        } else {
            ps.setNull(i, Types.BIGINT);
        }
    }
}
