package org.isnad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputReadingTest {
    private static final String AR = "قال مصدر مطلع إن الاجتماع عقد في بيروت، ونفى الوزير ذلك.";

    @Test
    void detectsEncodings() throws BadInputException {
        assertEquals("UTF-8", TextDecoder.decode(bytes(AR, "UTF-8"), bytes(AR, "UTF-8").length).charset());
        byte[] bom = bytes("\uFEFF" + AR, "UTF-8");
        TextDecoder.Decoded d = TextDecoder.decode(bom, bom.length);
        assertEquals(AR, d.text(), "the byte-order mark is not part of the text");
        byte[] cp = bytes(AR, "windows-1256");
        assertEquals(AR, TextDecoder.decode(cp, cp.length).text());
        assertEquals("windows-1256", TextDecoder.decode(cp, cp.length).charset());
        byte[] le = bytes("\uFEFF" + AR, "UTF-16LE");
        assertEquals(AR, TextDecoder.decode(le, le.length).text());
        byte[] latin1 = bytes("café déjà vu à l'été", "ISO-8859-1");
        BadInputException e = assertThrows(BadInputException.class, () -> TextDecoder.decode(latin1, latin1.length));
        assertTrue(e.getMessage().startsWith("undecodable"));
        byte[] declared = bytes("café déjà vu à l'été", "ISO-8859-1");
        assertEquals("café déjà vu à l'été", TextDecoder.decode(declared, declared.length,
                Optional.of(StandardCharsets.ISO_8859_1)).text());
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0};
        assertTrue(assertThrows(BadInputException.class, () -> TextDecoder.decode(utf32, 8)).getMessage()
                .contains("UTF-32"));
    }

    @Test
    void extractsTheArticleWithoutBoilerplate() throws BadInputException {
        String html = "<html lang='ar-SY'><head><title>عنوان الصفحة | الموقع</title>"
                + "<link rel='canonical' href='https://example.org/a'></head><body>"
                + "<div class='top-menu'>روابط</div><div id='content'><h1>العنوان</h1>"
                + "<p>الفقرة الأولى &amp; <a href='#'>رابط</a> داخلها.</p><p>الفقرة الثانية.</p>"
                + "<div class='social-share'>شارك</div></div><div class='comments'>تعليق</div></body></html>";
        HtmlExtractor.Extracted x = HtmlExtractor.extract(html, "p1");
        assertEquals("الفقرة الأولى & رابط داخلها.\n\nالفقرة الثانية.", x.text());
        assertEquals(Optional.of("العنوان"), x.metadata().title());
        assertEquals(Optional.of("https://example.org/a"), x.metadata().url());
        assertEquals("ar", x.metadata().language());
        assertEquals("p1", x.metadata().id());
    }

    @Test
    void boundsJsonLinesLines() throws IOException {
        String in = "short\r\n" + "x".repeat(100) + "\nlast";
        BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), 10);
        BoundedLineReader.Line a = r.next();
        assertEquals("short", new String(a.bytes(), 0, a.length(), StandardCharsets.UTF_8));
        assertFalse(a.tooLong());
        BoundedLineReader.Line b = r.next();
        assertTrue(b.tooLong());
        assertEquals(2, b.number());
        BoundedLineReader.Line c = r.next();
        assertEquals("last", new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8));
        assertNull(r.next());
    }

    @Test
    void readsJsonLinesMetadata() {
        String line = "{\"id\": 7, \"text\": \"" + AR + "\", \"title\": \"عنوان\", \"outlet\": \"وكالة\", "
                + "\"url\": \"https://example.org\", \"published\": \"2026-01-02\", \"extra\": [1]}\n";
        JsonLinesReader r = new JsonLinesReader("in.jsonl", new ByteArrayInputStream(bytes(line, "UTF-8")), 1000);
        InputItem.Ok ok = (InputItem.Ok) r.next();
        assertEquals("7", ok.document().id());
        assertEquals("in.jsonl:1", ok.where());
        assertEquals(AR, ok.document().text());
        assertEquals(Optional.of("وكالة"), ok.document().metadata().outlet());
        assertEquals(Optional.of("2026-01-02"), ok.document().metadata().published());
        assertFalse(r.hasNext());
    }

    private static byte[] bytes(String s, String cs) {
        return s.getBytes(java.nio.charset.Charset.forName(cs));
    }
}
