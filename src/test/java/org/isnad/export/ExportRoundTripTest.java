package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCli;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.relations.RelationExtractor;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Exports analyses in every format and reads the output back with a parser. */
class ExportRoundTripTest {
    private static final String TEXT = "والتقى وزير الخارجية القطري، سعد المهندي، نظيره الأردني في الدوحة أمس. "
            + "وزودت طهران جماعة «الأنصار <&>» بأسلحة وذخائر. "
            + "ونفذت جماعة الأنصار الإرهابية هجوماً قرب الحدود.";

    @TempDir
    static Path dir;
    static Path jsonl;
    static Path pretty;

    @BeforeAll
    static void analyses() throws IOException {
        Document d = new Document(TEXT, Metadata.of("doc-1").withOutlet("صحيفة \"الخبر\" <اختبار>")
                .withUrl("https://example.org/a?x=1&y=2"));
        var toks = new Tokenizer().tokenize(TEXT);
        d.set(Layers.TOKENS, toks);
        d.set(Layers.SENTENCES, new SentenceSplitter().split(TEXT, toks));
        List<Claim> claims = new ArrayList<>();
        d.get(Layers.SENTENCES).forEach(s -> claims.add(new Claim("c" + (claims.size() + 1), s.span(),
                Optional.empty(), Certainty.ASSERTED)));
        d.set(Layers.CLAIMS, claims);
        d.set(Layers.RELATIONS, new RelationExtractor().extract(d));
        assertTrue(d.get(Layers.RELATIONS).size() >= 4, d.get(Layers.RELATIONS).toString());
        String line = AnalysisJson.MAPPER.writeValueAsString(AnalysisJson.toJson(d));
        jsonl = dir.resolve("a.jsonl");
        Files.writeString(jsonl, line + "\n");
        pretty = dir.resolve("a.json");
        Files.writeString(pretty, AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(AnalysisJson.toJson(d)) + "\n");
    }

    private static int export(String format, Path out, String... inputs) {
        List<String> args = new ArrayList<>(List.of("export", "--format", format, "--out", out.toString()));
        args.addAll(List.of(inputs));
        return IsnadCli.execute(args.toArray(String[]::new));
    }

    private static org.w3c.dom.Document parseXml(Path f) throws Exception {
        DocumentBuilderFactory f2 = DocumentBuilderFactory.newInstance();
        f2.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f2.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f2.setExpandEntityReferences(false);
        f2.setNamespaceAware(true);
        return f2.newDocumentBuilder().parse(Files.newInputStream(f));
    }

    @Test
    void graphmlIsValidXmlWithNodesEdgesAndEscapedText() throws Exception {
        Path out = dir.resolve("g.graphml");
        assertEquals(ExitCodes.OK, export("graphml", out, jsonl.toString()));
        org.w3c.dom.Document x = parseXml(out);
        assertEquals("graphml", x.getDocumentElement().getLocalName());
        NodeList nodes = x.getElementsByTagNameNS("*", "node");
        NodeList edges = x.getElementsByTagNameNS("*", "edge");
        assertTrue(nodes.getLength() >= 5);
        assertTrue(edges.getLength() >= 4);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
        }
        String all = Files.readString(out);
        assertTrue(all.contains("&lt;&amp;&gt;"), "text is escaped");
        assertTrue(x.getDocumentElement().getTextContent().contains("الأنصار <&>"), "and reads back unescaped");
        assertTrue(x.getDocumentElement().getTextContent().contains("MEETING"));
    }

    @Test
    void gexfIsValidXmlWithLabels() throws Exception {
        Path out = dir.resolve("g.gexf");
        assertEquals(ExitCodes.OK, export("gexf", out, pretty.toString()));
        org.w3c.dom.Document x = parseXml(out);
        assertEquals("http://gexf.net/1.3", x.getDocumentElement().getNamespaceURI());
        NodeList nodes = x.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        boolean labelled = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            labelled |= ((org.w3c.dom.Element) nodes.item(i)).getAttribute("label").equals("سعد المهندي");
        }
        assertTrue(labelled);
        assertTrue(x.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength() >= 4);
    }

    @Test
    void csvHasHeaderKindsAndQuotedCells() throws Exception {
        Path out = dir.resolve("g.csv");
        assertEquals(ExitCodes.OK, export("csv", out, jsonl.toString()));
        List<List<String>> rows = parseCsv(Files.readString(out));
        assertEquals(CsvGraphWriter.COLUMNS, rows.get(0));
        long nodes = rows.stream().filter(r -> r.get(0).equals("node")).count();
        List<List<String>> edges = rows.stream().filter(r -> r.get(0).equals("edge")).toList();
        assertTrue(nodes >= 5);
        assertFalse(edges.isEmpty());
        for (List<String> r : rows) {
            assertEquals(CsvGraphWriter.COLUMNS.size(), r.size());
        }
        int certainty = CsvGraphWriter.COLUMNS.indexOf("certainty");
        assertTrue(edges.stream().allMatch(r -> r.get(certainty).equals("ASSERTED")));
        int claimText = CsvGraphWriter.COLUMNS.indexOf("claim_text");
        assertTrue(edges.stream().anyMatch(r -> r.get(claimText).contains("«الأنصار <&>»")), "quoted cells read back");
        assertEquals("'=1+1", CsvGraphWriter.defuse("=1+1"));
    }

    @Test
    void ftmLinesAreEntitiesWithKnownSchemataAndResolvableReferences() throws Exception {
        Path out = dir.resolve("g.ftm.json");
        assertEquals(ExitCodes.OK, export("ftm", out, jsonl.toString()));
        ObjectMapper m = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        List<JsonNode> ents = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode e = m.readTree(line);
            assertTrue(e.path("id").isTextual() && e.path("schema").isTextual() && e.path("properties").isObject());
            e.path("properties").fields().forEachRemaining(f -> assertTrue(f.getValue().isArray(), f.getKey()));
            ids.add(e.get("id").asText());
            ents.add(e);
        }
        Set<String> schemata = new HashSet<>();
        ents.forEach(e -> schemata.add(e.get("schema").asText()));
        assertTrue(Set.of("Person", "Organization", "LegalEntity", "Position", "Occupancy", "Directorship",
                "Membership", "Event", "Payment", "UnknownLink").containsAll(schemata), schemata.toString());
        assertTrue(schemata.contains("Event") && schemata.contains("UnknownLink"), schemata.toString());
        for (JsonNode e : ents) {
            for (String ref : List.of("involved", "holder", "post", "subject", "object", "payer", "beneficiary")) {
                for (JsonNode v : e.path("properties").path(ref)) {
                    assertTrue(ids.contains(v.asText()), ref + " → " + v);
                }
            }
            if (e.get("schema").asText().equals("Event")) {
                assertTrue(e.path("properties").path("summary").toString().contains("certainty ASSERTED"));
                assertTrue(e.path("properties").path("sourceUrl").get(0).asText().contains("&y=2"));
            }
        }
    }

    @Test
    void badRecordsAreReportedOnOneLineAndSkipped() throws Exception {
        Path mixed = dir.resolve("mixed.jsonl");
        Files.writeString(mixed, "{broken\n{\"schema\":\"other\"}\n" + Files.readString(jsonl));
        Path out = dir.resolve("m.csv");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = export("csv", out, mixed.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(ExitCodes.PARTIAL, rc);
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, err.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].startsWith("isnad: bad record") && lines[0].contains(":1:"));
        assertTrue(Files.readString(out).contains("edge,"));
    }

    @Test
    void usageAndInputErrorsHaveTheirExitCodes() throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "\n");
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCodes.USAGE, export("pdf", dir.resolve("x"), jsonl.toString()));
            assertEquals(ExitCodes.BAD_INPUT, export("csv", dir.resolve("x"), empty.toString()));
            assertEquals(ExitCodes.IO, export("csv", dir.resolve("x"), dir.resolve("missing.json").toString()));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void xmlDropsCharactersXmlCannotHold() {
        assertEquals("ab", XmlGraphWriter.clean("a\u0001b"));
        assertEquals("a\tb", XmlGraphWriter.clean("a\tb"));
    }

    /** A small RFC 4180 reader for the test. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
