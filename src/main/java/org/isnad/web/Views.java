package org.isnad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.corpus.Corpus;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Claim;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.store.ActorInfo;
import org.isnad.store.ClaimRow;
import org.isnad.store.Corroboration;
import org.isnad.store.DocumentInfo;
import org.isnad.store.GraphEdge;
import org.isnad.store.RoleRow;
import org.isnad.store.ScreeningRow;
import org.isnad.store.StoreReader;

/**
 * The JSON the API answers with, built from the store. Document text goes out as JSON strings only; pages put it
 * into the DOM as text nodes.
 */
final class Views {
    /** Corroboration is computed for at most this many claims of one document or entity page. */
    static final int MAX_CORROBORATED = 100;

    private final Corpus corpus;
    private final StoreReader reader;

    Views(Corpus corpus) {
        this.corpus = corpus;
        this.reader = corpus.reader();
    }

    private static ObjectNode obj() {
        return AnalysisJson.MAPPER.createObjectNode();
    }

    ObjectNode documentList(int limit, int offset) {
        ObjectNode root = obj();
        root.put("total", reader.documentCount());
        ArrayNode docs = root.putArray("documents");
        reader.recent(limit, offset).forEach(d -> docs.add(info(d)));
        return root;
    }

    static ObjectNode info(DocumentInfo d) {
        ObjectNode n = obj();
        n.put("id", d.id());
        n.put("ext_id", d.extId());
        n.put("title", d.title().orElse(null));
        n.put("outlet", d.outlet().orElse(null));
        n.put("url", d.url().orElse(null));
        n.put("published", d.published().orElse(null));
        n.put("origin", d.originId());
        n.put("similarity", d.similarity());
        n.put("layers", d.layers());
        return n;
    }

    Optional<ObjectNode> document(long id) {
        Optional<Document> od = reader.document(id);
        if (od.isEmpty()) {
            return Optional.empty();
        }
        Document doc = od.get();
        Map<String, Long> actors = reader.actorsOfDocument(id);
        ObjectNode root = obj();
        root.set("store", info(reader.info(id).orElseThrow()));
        root.set("analysis", AnalysisJson.toJson(doc));
        ObjectNode a = root.putObject("actors");
        actors.forEach(a::put);
        Map<String, Grade> grades = new HashMap<>();
        doc.getOne(Layers.PROFILE).ifPresent(p -> p.grades().forEach(g -> grades.put(g.claim(), g)));
        ArrayNode claims = root.putArray("claims");
        Map<String, Corroboration> corr = corpus.corroboration().forDocument(id, MAX_CORROBORATED);
        for (Claim c : doc.get(Layers.CLAIMS)) {
            ObjectNode cn = claims.addObject();
            cn.put("id", c.id());
            cn.set("chain", ClaimChains.chain(doc, id, c, actors));
            Grade g = grades.get(c.id());
            if (g != null) {
                cn.putObject("grade").put("source_reliability", g.sourceReliability())
                        .put("information_credibility", g.informationCredibility()).put("why", g.why());
            }
            Corroboration cc = corr.get(c.id());
            if (cc != null) {
                cn.set("corroboration", corroboration(cc));
            }
        }
        return Optional.of(root);
    }

    static ObjectNode corroboration(Corroboration c) {
        ObjectNode n = obj();
        n.put("independent_sources", c.independentSources());
        n.put("outlets", c.outlets());
        n.put("originals", c.originals());
        n.put("documents", c.documents());
        n.put("single_source", c.singleSource());
        ArrayNode carriers = n.putArray("carriers");
        c.carriers().stream().limit(50).forEach(carriers::add);
        return n;
    }

    Optional<ObjectNode> claim(long docId, String claimId) {
        Optional<Document> od = reader.document(docId);
        Optional<Claim> claim = od.flatMap(d -> d.get(Layers.CLAIMS).stream()
                .filter(c -> c.id().equals(claimId)).findFirst());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = obj();
        root.put("document", docId);
        root.put("claim", claimId);
        root.put("text", od.get().text(claim.get().span()));
        root.put("certainty", claim.get().certainty().name());
        root.set("chain", ClaimChains.chain(od.get(), docId, claim.get(), reader.actorsOfDocument(docId)));
        root.set("corroboration", corroboration(corpus.corroboration().forStoredClaim(docId, claimId)));
        ArrayNode about = root.putArray("about");
        reader.subjectsOf(docId, claimId).forEach(about::add);
        return Optional.of(root);
    }

    ArrayNode actors(String q, int limit) {
        ArrayNode out = AnalysisJson.MAPPER.createArrayNode();
        reader.findActors(q, limit).forEach(a -> out.add(actor(a)));
        return out;
    }

    static ObjectNode actor(ActorInfo a) {
        ObjectNode n = obj();
        n.put("id", a.id());
        n.put("key", a.canonicalKey());
        n.put("type", a.type());
        n.put("name", a.name());
        n.put("documents", a.documents());
        ArrayNode al = n.putArray("aliases");
        a.aliases().forEach(al::add);
        return n;
    }

    Optional<ObjectNode> entity(long id) {
        Optional<ActorInfo> a = reader.actor(id);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = actor(a.get());
        ArrayNode hits = root.putArray("screening");
        for (ScreeningRow s : reader.screeningOf(id)) {
            hits.addObject().put("status_note", "possible match").put("document", s.docId()).put("list", s.list())
                    .put("list_version", s.listVersion()).put("reference", s.reference())
                    .put("listed_name", s.listedName()).put("matched_alias", s.matchedAlias()).put("score", s.score())
                    .put("status", s.status()).put("explanation", s.explanation());
        }
        ArrayNode roles = root.putArray("roles");
        for (RoleRow r : reader.rolesOf(id)) {
            roles.addObject().put("document", r.docId()).put("relation", r.relationId()).put("type", r.type())
                    .put("role", r.role()).put("role_text", r.roleText()).put("evidence", r.evidence())
                    .put("claim", r.claimId());
        }
        List<ClaimRow> claims = reader.claimsAbout(id, 500);
        Map<String, Corroboration> corr = corpus.corroboration().forActor(id, claims);
        ArrayNode cl = root.putArray("claims");
        claims.forEach(c -> cl.add(claimRow(c, corr.get(c.key()))));
        return Optional.of(root);
    }

    static ObjectNode claimRow(ClaimRow c, Corroboration corr) {
        ObjectNode n = obj();
        n.put("document", c.docId());
        n.put("claim", c.claimId());
        n.put("text", c.text());
        n.put("certainty", c.certainty());
        n.put("source_type", c.sourceType());
        n.put("source", c.sourceText().orElse(null));
        if (c.sourceActorId().isPresent()) {
            n.put("source_actor", c.sourceActorId().get());
        } else {
            n.putNull("source_actor");
        }
        n.put("outlet", c.outlet().orElse(null));
        n.put("title", c.title().orElse(null));
        n.put("published", c.published().orElse(null));
        if (c.publishedDay().isPresent()) {
            n.put("day", c.publishedDay().get());
        } else {
            n.putNull("day");
        }
        if (corr != null) {
            n.set("corroboration", corroboration(corr));
        }
        return n;
    }

    ObjectNode graph(long actor, int limit) {
        List<GraphEdge> edges = reader.edgesOf(actor, limit);
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        ids.add(actor);
        edges.forEach(e -> {
            ids.add(e.from());
            ids.add(e.to());
        });
        Map<Long, String[]> names = reader.names(ids);
        ObjectNode root = obj();
        ArrayNode ns = root.putArray("nodes");
        for (long id : ids) {
            ObjectNode n = ns.addObject().put("id", id);
            String[] nt = names.get(id);
            if (nt != null) {
                n.put("name", nt[0]).put("type", nt[1]);
            }
        }
        ArrayNode es = root.putArray("edges");
        for (GraphEdge e : edges) {
            es.addObject().put("id", e.docId() + "/" + e.relationId() + "/" + e.from() + "-" + e.to())
                    .put("source", e.from()).put("target", e.to()).put("type", e.type()).put("document", e.docId())
                    .put("relation", e.relationId()).put("claim", e.claimId()).put("sentence", e.sentence())
                    .put("sentence_start", e.sentenceStart()).put("sentence_end", e.sentenceEnd())
                    .put("confidence", e.confidence());
        }
        root.put("center", actor);
        return root;
    }

    ObjectNode timeline(long actor) {
        ObjectNode root = obj();
        root.put("entity", actor);
        reader.actor(actor).ifPresent(a -> root.put("name", a.name()));
        ArrayNode items = root.putArray("claims");
        reader.claimsAbout(actor, 1000).forEach(c -> items.add(claimRow(c, null)));
        return root;
    }

    String claimsCsv(long actor) {
        StringBuilder sb = new StringBuilder("document,claim,published,outlet,source_type,source,certainty,text\n");
        for (ClaimRow c : reader.claimsAbout(actor, 5000)) {
            sb.append(c.docId()).append(',').append(csv(c.claimId())).append(',')
                    .append(csv(c.published().orElse(""))).append(',').append(csv(c.outlet().orElse(""))).append(',')
                    .append(c.sourceType()).append(',').append(csv(c.sourceText().orElse(""))).append(',')
                    .append(c.certainty()).append(',').append(csv(c.text())).append('\n');
        }
        return sb.toString();
    }

    /** A CSV field: quoted, inner quotes doubled, and a leading = + - @ neutralised against spreadsheet formulas. */
    static String csv(String s) {
        String t = s.replace("\"", "\"\"");
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return "\"" + t + "\"";
    }
}
