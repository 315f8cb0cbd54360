package org.isnad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.cli.Cli;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
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
import org.junit.jupiter.api.Test;

/** The analysis JSON of every example, and of a document with every layer filled, validates against the schema. */
class AnalysisSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = AnalysisJson.class.getResourceAsStream("analysis.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertValid(JsonNode n) {
        Set<ValidationMessage> errors = SCHEMA.validate(n);
        assertTrue(errors.isEmpty(), () -> errors + " in " + n.at("/document/id"));
    }

    @Test
    void everyExampleValidatesWithEveryStage() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(7, examples.size());
        int docs = 0;
        for (Path p : examples) {
            Cli.Run r = Cli.run("analyze", "--format", "jsonl", p.toString());
            assertEquals(0, r.code(), r.err());
            for (String line : r.out().lines().toList()) {
                JsonNode n = JSON.readTree(line);
                assertValid(n);
                assertTrue(SpanRule.check(n) > 0);
                docs++;
            }
        }
        assertEquals(9, docs);
    }

    @Test
    void aDocumentWithEveryLayerValidates() {
        String text = "كشف مركز الشرق على صفحته أن سامر الحلبي التقى هولم. ونفت الجبهة ذلك.";
        Document doc = Document.of("full", text);
        Span centre = find(text, "مركز الشرق");
        Span samer = find(text, "سامر الحلبي");
        Span holm = find(text, "هولم");
        Span content = find(text, "سامر الحلبي التقى هولم");
        doc.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.ORG, "مركز الشرق", List.of(centre)),
                new Entity("e2", EntityType.PERSON, "سامر الحلبي", List.of(samer))));
        doc.set(Layers.ATTRIBUTIONS, List.of(
                new Attribution("a1", find(text, "كشف"), new Source(Optional.of(centre), SourceType.NAMED_ORGANIZATION,
                        Optional.of("e1"), false), content, List.of(), Certainty.ASSERTED,
                        Optional.of(Channel.SOCIAL_MEDIA), Optional.empty(), Optional.empty()),
                new Attribution("a2", find(text, "ونفت"), new Source(Optional.empty(), SourceType.NAMED_ORGANIZATION,
                        Optional.empty(), true), find(text, "ذلك"), List.of(holm), Certainty.DENIED, Optional.empty(),
                        Optional.of("a1"), Optional.of("a1"))));
        doc.set(Layers.CLAIMS, List.of(new Claim("c1", content, Optional.of("a1"), Certainty.ASSERTED),
                new Claim("c2", find(text, "ذلك"), Optional.empty(), Certainty.DENIED)));
        doc.set(Layers.RELATIONS, List.of(new Relation("r1", "MEETING",
                List.of(new Argument("participant", Optional.of("e2"), "سامر الحلبي", Optional.of(samer)),
                        new Argument("participant", Optional.empty(), "هولم", Optional.empty())),
                Map.of("former", true, "role_text", "مبعوث"), content, "c1", 0.75)));
        doc.set(Layers.SCREENING, List.of(new ScreeningHit("e2", "UN-SC", "2024-09-26", "QDi.000", "name",
                "alias", 0.5, ListingStatus.LISTED, "why")));
        doc.set(Layers.PERSUASION, List.of(new PersuasionSpan("Loaded_Language", find(text, "التقى"), 0.4)));
        doc.set(Layers.PROFILE, List.of(new Profile(Map.of("NAMED_ORGANIZATION", 1), 1, 0, 1, 1, 0.0, 2.5,
                List.of(new Grade("c1", "B", "3", "one named source")))));
        ObjectNode n = AnalysisJson.toJson(doc);
        assertValid(n);
        assertEquals(13, SpanRule.check(n), "2 mentions, 6 attribution spans, 2 claims, 2 relation spans, 1 persuasion");
    }

    @Test
    void theSchemaRejectsBrokenOutput() {
        ObjectNode n = AnalysisJson.toJson(Document.of("x", "نص قصير."));
        assertValid(n);
        ObjectNode noSchema = n.deepCopy();
        noSchema.remove("schema");
        assertFalse(SCHEMA.validate(noSchema).isEmpty());
        ObjectNode badClaim = n.deepCopy();
        badClaim.withArray("claims").addObject().put("id", "c1").put("certainty", "SURE");
        assertFalse(SCHEMA.validate(badClaim).isEmpty());
        ObjectNode badSpan = n.deepCopy();
        badSpan.withArray("persuasion").addObject().put("technique", "X").put("confidence", 2.0)
                .putObject("span").put("start", -1).put("end", 2);
        assertEquals(3, SCHEMA.validate(badSpan).size(), SCHEMA.validate(badSpan)::toString);
    }

    private static Span find(String text, String part) {
        int i = text.indexOf(part);
        assertTrue(i >= 0, part);
        return new Span(i, i + part.length());
    }
}
