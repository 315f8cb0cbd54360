package org.isnad.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.doc.Span;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.ListingStatus;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.text.Sentence;

/**
 * Reads a stored document back as a {@link Document} with every layer it was stored with (tokens excepted: they are
 * recomputed on demand, not stored), so that everything that renders a document — analysis JSON, the web UI —
 * works the same on stored and fresh analyses.
 */
final class DocumentLoader {
    private final Connection c;
    private final long id;

    DocumentLoader(Connection c, long id) {
        this.c = c;
        this.id = id;
    }

    Optional<Document> load() throws SQLException {
        Document doc;
        List<String> layers;
        String sentences;
        String persuasion;
        try (PreparedStatement ps = c.prepareStatement("SELECT ext_id, title, outlet, url, published, language, body,"
                + " layers, sentences, persuasion FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Metadata m = new Metadata(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), rs.getString(6));
                doc = new Document(rs.getString(7), m);
                layers = List.of(rs.getString(8).split(","));
                sentences = rs.getString(9);
                persuasion = rs.getString(10);
            }
        }
        if (layers.contains(Layers.SENTENCES.name())) {
            doc.set(Layers.SENTENCES, CompactLayers.sentences(sentences));
        }
        if (layers.contains(Layers.ENTITIES.name())) {
            doc.set(Layers.ENTITIES, entities());
        }
        if (layers.contains(Layers.ATTRIBUTIONS.name())) {
            doc.set(Layers.ATTRIBUTIONS, attributions());
        }
        if (layers.contains(Layers.CLAIMS.name())) {
            doc.set(Layers.CLAIMS, claims());
        }
        if (layers.contains(Layers.RELATIONS.name())) {
            doc.set(Layers.RELATIONS, relations());
        }
        if (layers.contains(Layers.SCREENING.name())) {
            doc.set(Layers.SCREENING, screening());
        }
        if (layers.contains(Layers.PERSUASION.name())) {
            doc.set(Layers.PERSUASION, readPersuasion(persuasion));
        }
        Optional<Profile> profile = profile();
        profile.ifPresent(p -> doc.set(Layers.PROFILE, List.of(p)));
        return Optional.of(doc);
    }

    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, id);
        return ps;
    }

    private List<Entity> entities() throws SQLException {
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement ps = query("SELECT local_id, type, name, mentions FROM entities WHERE doc_id = ?");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entity(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3),
                        SpanList.decode(rs.getString(4))));
            }
        }
        out.sort(LocalIds.byId(Entity::id));
        return out;
    }

    private List<Attribution> attributions() throws SQLException {
        List<Attribution> out = new ArrayList<>();
        try (PreparedStatement ps = query("SELECT local_id, cue_start, cue_end, source_start, source_end, source_type,"
                + " source_entity, implicit_source, content_start, content_end, content_extra, certainty, channel,"
                + " parent_id, continues_id FROM attributions WHERE doc_id = ?"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int ss = rs.getInt(4);
                Optional<Span> sourceSpan = rs.wasNull() ? Optional.empty() : Optional.of(new Span(ss, rs.getInt(5)));
                Source source = new Source(sourceSpan, SourceType.valueOf(rs.getString(6)),
                        Optional.ofNullable(rs.getString(7)), rs.getBoolean(8));
                out.add(new Attribution(rs.getString(1), new Span(rs.getInt(2), rs.getInt(3)), source,
                        new Span(rs.getInt(9), rs.getInt(10)), SpanList.decode(rs.getString(11)),
                        Certainty.valueOf(rs.getString(12)),
                        Optional.ofNullable(rs.getString(13)).map(Channel::valueOf),
                        Optional.ofNullable(rs.getString(14)), Optional.ofNullable(rs.getString(15))));
            }
        }
        out.sort(LocalIds.byId(Attribution::id));
        return out;
    }

    private List<Claim> claims() throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = query("SELECT local_id, start_off, end_off, attribution_id, certainty FROM claims"
                + " WHERE doc_id = ?"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Claim(rs.getString(1), new Span(rs.getInt(2), rs.getInt(3)),
                        Optional.ofNullable(rs.getString(4)), Certainty.valueOf(rs.getString(5))));
            }
        }
        out.sort(LocalIds.byId(Claim::id));
        return out;
    }

    private List<Relation> relations() throws SQLException {
        Map<String, List<Argument>> args = new LinkedHashMap<>();
        try (PreparedStatement ps = query("SELECT relation_id, role, entity_id, arg_text, start_off, end_off"
                + " FROM relation_args WHERE doc_id = ? ORDER BY relation_id, idx"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int s = rs.getInt(5);
                Optional<Span> span = rs.wasNull() ? Optional.empty() : Optional.of(new Span(s, rs.getInt(6)));
                args.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Argument(rs.getString(2),
                        Optional.ofNullable(rs.getString(3)), rs.getString(4), span));
            }
        }
        List<Relation> out = new ArrayList<>();
        try (PreparedStatement ps = query("SELECT local_id, type, attributes, ev_start, ev_end, claim_id, confidence"
                + " FROM relations WHERE doc_id = ?"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> attrs = readMap(rs.getString(3));
                out.add(new Relation(rs.getString(1), rs.getString(2), args.getOrDefault(rs.getString(1), List.of()),
                        attrs, new Span(rs.getInt(4), rs.getInt(5)), rs.getString(6), rs.getDouble(7)));
            }
        }
        out.sort(LocalIds.byId(Relation::id));
        return out;
    }

    private List<ScreeningHit> screening() throws SQLException {
        List<ScreeningHit> out = new ArrayList<>();
        try (PreparedStatement ps = query("SELECT entity_id, list_name, list_version, reference, listed_name,"
                + " matched_alias, score, status, explanation FROM screening_hits WHERE doc_id = ? ORDER BY idx");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ScreeningHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7), ListingStatus.valueOf(rs.getString(8)),
                        rs.getString(9)));
            }
        }
        return out;
    }

    private List<PersuasionSpan> readPersuasion(String encoded) throws SQLException {
        try {
            return CompactLayers.persuasion(encoded);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("bad persuasion spans of document " + id, e);
        }
    }

    private Optional<Profile> profile() throws SQLException {
        try (PreparedStatement ps = query("SELECT claims_by_source_type, unattributed_claims, hedged_claims,"
                + " denied_claims, independent_named, anonymous_share, persuasion_per_100, grades FROM profiles"
                + " WHERE doc_id = ?"); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<String, Integer> bySource = AnalysisJson.MAPPER.readValue(rs.getString(1),
                    new TypeReference<Map<String, Integer>>() { });
            List<Grade> grades = CompactLayers.grades(rs.getString(8));
            return Optional.of(new Profile(bySource, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                    rs.getDouble(6), rs.getDouble(7), grades));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("bad profile row of document " + id, e);
        }
    }

    private Map<String, Object> readMap(String json) throws SQLException {
        try {
            return AnalysisJson.MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("bad relation attributes of document " + id, e);
        }
    }
}
