package org.isnad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchQuery;
import org.isnad.store.Corroboration;
import org.isnad.store.NormalizedNameKeys;
import org.isnad.store.StoreConfig;
import org.isnad.store.TestDocs;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path tmp;

    private Corpus open() {
        return Corpus.open(StoreConfig.embedded(tmp.resolve("c"), Optional.empty()));
    }

    private static SearchQuery q(String text, Optional<String> kind, Optional<String> outlet, Optional<String> source,
                                 Optional<String> certainty, Optional<Integer> from, Optional<Integer> to) {
        return new SearchQuery(text, kind, List.of(), source, certainty, from, to, outlet, 50);
    }

    @Test
    void arabicSearchMatchesOtherFormsOfAWordAndFilters() {
        try (Corpus c = open()) {
            long a = c.store(TestDocs.minister("a", "outlet-a", "2018-02-18", "")).docId();
            c.store(TestDocs.minister("b", "outlet-b", "2018-03-01", " وأكدت الحكومة ذلك."));
            // «مفاوضات» without the article and «المفاوضات» in the text meet through Arabic normalisation and stemming
            List<SearchHit> hits = c.search(SearchQuery.of("مفاوضات")).hits();
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("doc") && h.docId() == a));
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("claim") && h.claimId().equals(Optional.of("c1"))));
            // hamza and alef folding: «اكدت» finds «وأكدت»
            assertEquals(1, c.search(q("اكدت", Optional.of("doc"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())).total());
            assertEquals(1, c.search(q("", Optional.of("claim"), Optional.of("outlet-a"), Optional.of("ANONYMOUS"),
                    Optional.of("HEDGED"), Optional.empty(), Optional.empty())).total());
            assertEquals(0, c.search(q("", Optional.of("claim"), Optional.of("outlet-a"), Optional.of("ANONYMOUS"),
                    Optional.of("REPORTED"), Optional.empty(), Optional.empty())).total());
            assertEquals(1, c.search(q("", Optional.of("doc"), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(20180220), Optional.of(20180331))).total());
            long shabab = c.reader().actorsOfDocument(a).get("e2");
            SearchQuery about = new SearchQuery("", Optional.of("claim"), List.of(shabab), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50);
            // c1 of both documents is about the movement (mentioned inside the claim); c2 is not
            assertEquals(2, c.search(about).total());
            assertTrue(c.search(about).hits().stream().allMatch(h -> h.claimId().equals(Optional.of("c1"))));
        }
    }

    @Test
    void republicationsAreOneOriginalAndDoNotCountAsIndependentSources() {
        try (Corpus c = open()) {
            // an unattributed claim (outlet's own voice) published by one outlet and copied by another with a
            // slightly different ending: near-duplicate texts, one original
            Document orig = ownVoice("o1", "outlet-a", "");
            Document copy = ownVoice("o2", "outlet-b", " المصدر: وكالات.");
            Document other = ownVoice2("o3", "outlet-c");
            long o1 = c.store(orig).docId();
            var r2 = c.store(copy);
            long o3 = c.store(other).docId();
            assertEquals(o1, r2.originId());
            Corroboration k = c.corroboration().forStoredClaim(o1, "c1");
            assertEquals(3, k.documents());
            assertEquals(3, k.outlets());
            assertEquals(2, k.originals());
            assertEquals(2, k.independentSources());
            assertFalse(k.singleSource());
            assertEquals(o3, c.reader().info(o3).orElseThrow().originId());
            // the lookup the grading calls before a claim is stored
            String key = new NormalizedNameKeys().key(EntityType.ORG, "حركة الشباب");
            Corroboration pre = c.corroboration().forText("هاجم مقاتلو حركة الشباب قاعدة عسكرية قرب مقديشو فجر الأحد",
                    List.of(key));
            assertEquals(2, pre.independentSources());
            assertEquals(0, c.corroboration().forText("شيء آخر تماما لا صلة له", List.of(key)).documents());
            // the profile stage's lookup while a new report is analysed: two stored sources plus its own
            Document fresh = ownVoice2("o4", "outlet-d");
            org.isnad.model.Claim claim = fresh.get(org.isnad.model.Layers.CLAIMS).get(0);
            assertEquals(3, c.gradingLookup().independentSources(fresh, claim));
            Document unrelated = TestDocs.minister("z", "outlet-z", "2018-01-01", "");
            assertEquals(1, c.gradingLookup().independentSources(unrelated,
                    unrelated.get(org.isnad.model.Layers.CLAIMS).get(1)));
        }
    }

    private static Document ownVoice(String id, String outlet, String tail) {
        String text = "هاجم مقاتلو حركة الشباب قاعدة عسكرية قرب مقديشو فجر الأحد، وقالت السلطات إن الهجوم أسفر عن"
                + " سقوط عدد من القتلى والجرحى بين الجنود، فيما تواصل القوات تمشيط المنطقة المحيطة بالقاعدة." + tail;
        return claimAboutShabab(id, outlet, text, "هاجم مقاتلو حركة الشباب قاعدة عسكرية قرب مقديشو فجر الأحد");
    }

    private static Document ownVoice2(String id, String outlet) {
        String text = "أفادت تقارير ميدانية بأن مقاتلي حركة الشباب هاجموا قاعدة عسكرية قرب مقديشو فجر الأحد،"
                + " ولم تعلق الحكومة الصومالية بعد على حصيلة الخسائر.";
        return claimAboutShabab(id, outlet, text, "مقاتلي حركة الشباب هاجموا قاعدة عسكرية قرب مقديشو فجر الأحد");
    }

    private static Document claimAboutShabab(String id, String outlet, String text, String claim) {
        Document d = new Document(text, org.isnad.doc.Metadata.of(id).withOutlet(outlet).withPublished("2018-05-06"));
        d.set(org.isnad.model.Layers.ENTITIES, List.of(new org.isnad.model.Entity("e1",
                org.isnad.model.EntityType.ORG, "حركة الشباب", List.of(TestDocs.span(text, "حركة الشباب")))));
        d.set(org.isnad.model.Layers.CLAIMS, List.of(new org.isnad.model.Claim("c1", TestDocs.span(text, claim),
                Optional.empty(), org.isnad.model.Certainty.ASSERTED)));
        return d;
    }

    @Test
    void theIndexCatchesUpWithTheDatabaseAfterLosingUncommittedWork() throws Exception {
        Path store = tmp.resolve("c");
        try (Corpus c = open()) {
            c.store(TestDocs.minister("a", "outlet-a", "2018-02-18", ""));
        }
        // simulate a crash after database commits but before the index commit: throw the index away
        try (var files = Files.walk(Path.of(store + ".index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Corpus c = open()) {
            assertEquals(1, c.index().documentCount());
            assertTrue(c.search(SearchQuery.of("مسدود")).total() >= 1);
            assertEquals(0, c.catchUp());
        }
    }
}
