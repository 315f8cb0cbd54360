package org.isnad.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.corpus.Corpus;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.store.StoreConfig;
import org.isnad.store.TestDocs;

/** A corpus with hand-built documents (one hostile) and a server on a free loopback port. */
final class WebFixture implements AutoCloseable {
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title'\">عنوان";
    static final String HOSTILE_NAME = "<b onmouseover=\"window.__pwned='name'\">خالد</b>";

    final Corpus corpus;
    final WebServer server;
    final long minister;
    final long hostile;
    final long safadi;

    WebFixture(Path dir, WebConfig cfg) {
        corpus = Corpus.open(StoreConfig.embedded(dir.resolve("store"), Optional.empty()));
        minister = corpus.store(TestDocs.minister("m1", "outlet-a", "2018-02-18", "")).docId();
        corpus.store(TestDocs.minister("m2", "outlet-b", "2018-02-19", " وأضاف أن الجولة المقبلة لم تحدد."));
        hostile = corpus.store(hostile()).docId();
        corpus.commitIndex();
        safadi = corpus.reader().actorsOfDocument(minister).get("e1");
        server = WebServer.start(corpus, StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults()),
                cfg);
    }

    static WebConfig config(Set<String> read, Set<String> write, int rate, long maxBody) {
        return new WebConfig("127.0.0.1", 0, read, write, maxBody, rate, 200_000);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Script tags, event handlers, a javascript: URL and bidi overrides in text, title, url and entity names. */
    static Document hostile() {
        String text = "قال " + HOSTILE_NAME + " إن <script>window.__pwned='script'</script> الخبر صحيح"
                + " \u202Eمقلوب\u202C و<svg onload=\"window.__pwned='svg'\"></svg> انتهى.";
        Document d = new Document(text, Metadata.of("hostile").withTitle(HOSTILE_TITLE).withOutlet("<i>outlet</i>")
                .withUrl("javascript:window.__pwned='url'"));
        Pipeline p = StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults());
        p.process(d);
        Entity e = new Entity("e1", EntityType.PERSON, HOSTILE_NAME, List.of(TestDocs.span(text, HOSTILE_NAME)));
        d.set(Layers.ENTITIES, List.of(e));
        var content = TestDocs.span(text, "<script>window.__pwned='script'</script> الخبر صحيح");
        d.set(Layers.ATTRIBUTIONS, List.of(new Attribution("a1", TestDocs.span(text, "قال"),
                new Source(Optional.of(TestDocs.span(text, HOSTILE_NAME)), SourceType.NAMED_PERSON, Optional.of("e1"),
                        false), content, List.of(), Certainty.REPORTED, Optional.empty(), Optional.empty(),
                Optional.empty())));
        d.set(Layers.CLAIMS, List.of(new Claim("c1", content, Optional.of("a1"), Certainty.REPORTED)));
        d.set(Layers.PERSUASION, List.of(new PersuasionSpan("Loaded_Language",
                TestDocs.span(text, "<svg onload=\"window.__pwned='svg'\"></svg>"), 0.5)));
        return d;
    }

    @Override
    public void close() {
        server.close();
        corpus.close();
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
