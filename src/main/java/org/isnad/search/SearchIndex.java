package org.isnad.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.store.PublishedDay;
import org.isnad.store.StoredDocument;

/**
 * The full-text index of the store (Lucene, {@link ArabicAnalyzer}: Arabic normalisation, stop words, light stemming)
 * over documents and their claims, with filter fields. It is derived data: the database is the truth, and the index
 * records in its commit the highest document id it holds so that {@code org.isnad.store.Store} can catch it up after
 * a crash. Indexing a document twice replaces it. Thread-safe.
 */
public final class SearchIndex implements Closeable {
    static final String UPTO = "isnad.upto";
    private final FSDirectory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new ArabicAnalyzer();

    private SearchIndex(FSDirectory dir, IndexWriter writer) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens or creates the index in a directory. */
    public static SearchIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        FSDirectory dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(new ArabicAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        try {
            return new SearchIndex(dir, new IndexWriter(dir, cfg));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** The highest store id committed to the index (0 for a new index). */
    public long indexedUpTo() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of()
                : iterable(writer.getLiveCommitData())) {
            if (UPTO.equals(e.getKey())) {
                return Long.parseLong(e.getValue());
            }
        }
        return 0;
    }

    private static List<Map.Entry<String, String>> iterable(Iterable<Map.Entry<String, String>> it) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    /** Adds (or replaces) a stored document and its claims. Visible to searches after the next refresh. */
    public void add(StoredDocument sd) throws IOException {
        Document doc = sd.doc();
        String docKey = Long.toString(sd.id());
        Map<String, Attribution> attributions = new HashMap<>();
        doc.get(Layers.ATTRIBUTIONS).forEach(a -> attributions.put(a.id(), a));
        Map<String, Set<Long>> subjects = sd.claimSubjects();
        Optional<Integer> day = boxed(PublishedDay.of(doc.metadata().published()));
        List<org.apache.lucene.document.Document> batch = new ArrayList<>();
        org.apache.lucene.document.Document d = common("doc", docKey, doc, day);
        String head = doc.metadata().title().map(t -> t + " — ").orElse("");
        d.add(new TextField("body", head + doc.text(), Field.Store.NO));
        d.add(new StoredField("snippet", clip(head + doc.text(), 300)));
        Set<String> sourceTypes = new LinkedHashSet<>();
        Set<String> certainties = new LinkedHashSet<>();
        for (Claim c : doc.get(Layers.CLAIMS)) {
            Optional<Attribution> a = c.attribution().map(attributions::get);
            String sourceType = a.map(x -> x.source().type().name()).orElse("OUTLET");
            sourceTypes.add(sourceType);
            certainties.add(c.certainty().name());
            org.apache.lucene.document.Document cd = common("claim", docKey, doc, day);
            cd.add(new StringField("claim_id", c.id(), Field.Store.YES));
            String text = doc.text(c.span());
            cd.add(new TextField("body", text, Field.Store.NO));
            cd.add(new StoredField("snippet", clip(text, 400)));
            cd.add(keyword("source_type", sourceType));
            cd.add(keyword("certainty", c.certainty().name()));
            Set<Long> actors = new LinkedHashSet<>(subjects.getOrDefault(c.id(), Set.of()));
            a.flatMap(x -> x.source().entity()).map(sd.actorOfEntity()::get).ifPresent(actors::add);
            actors.forEach(x -> cd.add(new StringField("actor", Long.toString(x), Field.Store.NO)));
            batch.add(cd);
        }
        sourceTypes.forEach(s -> d.add(keyword("source_type", s)));
        certainties.forEach(s -> d.add(keyword("certainty", s)));
        new LinkedHashSet<>(sd.actorOfEntity().values())
                .forEach(x -> d.add(new StringField("actor", Long.toString(x), Field.Store.NO)));
        batch.add(0, d);
        writer.updateDocuments(new Term("doc_id", docKey), batch);
    }

    private static org.apache.lucene.document.Document common(String kind, String docKey, Document doc,
                                                              Optional<Integer> day) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new StringField("doc_id", docKey, Field.Store.YES));
        doc.metadata().title().ifPresent(t -> d.add(new StoredField("title", clip(t, 300))));
        doc.metadata().outlet().ifPresent(o -> d.add(keyword("outlet", o)));
        doc.metadata().published().ifPresent(p -> d.add(new StoredField("published", p)));
        day.ifPresent(x -> {
            d.add(new IntPoint("day", x));
            d.add(new StoredField("day", x));
        });
        return d;
    }

    private static StringField keyword(String name, String value) {
        return new StringField(name, value, Field.Store.YES);
    }

    private static Optional<Integer> boxed(java.util.OptionalInt i) {
        return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** Makes everything added so far durable and records the highest store id it covers. */
    public synchronized void commit(long upTo) throws IOException {
        long prev = indexedUpTo();
        writer.setLiveCommitData(Map.of(UPTO, Long.toString(Math.max(prev, upTo))).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** Number of indexed stored documents (claims not counted). */
    public int documentCount() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term("kind", "doc")));
        } finally {
            searchers.release(s);
        }
    }

    /** Runs a search. Query syntax errors cannot happen: the simple syntax treats stray operators as text. */
    public SearchResult search(SearchQuery q) throws IOException {
        long t0 = System.nanoTime();
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            Query query = QueryBuilder.build(q, analyzer);
            TopDocs top = s.search(query, q.limit());
            // stored fields are read in index order: hits in one compressed block are then decompressed once
            ScoreDoc[] byDoc = top.scoreDocs.clone();
            java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(x -> x.doc));
            Map<Integer, org.apache.lucene.document.Document> docs = new HashMap<>();
            var stored = s.storedFields();
            for (ScoreDoc sd : byDoc) {
                docs.put(sd.doc, stored.document(sd.doc));
            }
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                org.apache.lucene.document.Document d = docs.get(sd.doc);
                hits.add(new SearchHit(d.get("kind"), Long.parseLong(d.get("doc_id")),
                        Optional.ofNullable(d.get("claim_id")), sd.score, Optional.ofNullable(d.get("title")),
                        Optional.ofNullable(d.get("outlet")), Optional.ofNullable(d.get("published")),
                        d.get("snippet"), first(d, "source_type"), first(d, "certainty")));
            }
            return new SearchResult(top.totalHits.value, hits, (System.nanoTime() - t0) / 1e6);
        } finally {
            searchers.release(s);
        }
    }

    private static Optional<String> first(org.apache.lucene.document.Document d, String field) {
        String[] v = d.getValues(field);
        return v.length == 0 ? Optional.empty() : Optional.of(String.join(",", v));
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        dir.close();
    }

    /** Builds Lucene queries from {@link SearchQuery}. */
    static final class QueryBuilder {
        private QueryBuilder() {
        }

        static Query build(SearchQuery q, Analyzer analyzer) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (q.text().isBlank()) {
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            } else {
                org.apache.lucene.queryparser.simple.SimpleQueryParser p =
                        new org.apache.lucene.queryparser.simple.SimpleQueryParser(analyzer, "body");
                p.setDefaultOperator(BooleanClause.Occur.MUST);
                Query text = p.parse(q.text());
                b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
            }
            q.kind().ifPresent(k -> filter(b, new TermQuery(new Term("kind", k))));
            q.outlet().ifPresent(o -> filter(b, new TermQuery(new Term("outlet", o))));
            q.sourceType().ifPresent(o -> filter(b, new TermQuery(new Term("source_type", o))));
            q.certainty().ifPresent(o -> filter(b, new TermQuery(new Term("certainty", o))));
            if (q.fromDay().isPresent() || q.toDay().isPresent()) {
                filter(b, IntPoint.newRangeQuery("day", q.fromDay().orElse(0), q.toDay().orElse(99991231)));
            }
            if (!q.actors().isEmpty()) {
                List<BytesRef> terms = new ArrayList<>();
                q.actors().forEach(a -> terms.add(new BytesRef(Long.toString(a))));
                filter(b, new TermInSetQuery("actor", terms));
            }
            return b.build();
        }

        private static void filter(BooleanQuery.Builder b, Query q) {
            b.add(q, BooleanClause.Occur.FILTER);
        }
    }
}
