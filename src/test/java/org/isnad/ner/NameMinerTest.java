package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mining person names after definite titles in unlabeled text. */
class NameMinerTest {
    @Test
    void minesNamesAfterDefiniteTitlesOnly(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            jsonl.append("{\"text\": \"وقال الوزير نادر حمدان إن الاجتماع انتهى. واستقبل الرئيس الفرنسي رامي "
                    + "قنديل الوفد. وقال وزير خارجية فنلندا إن المحادثات بدأت.\"}\n");
        }
        Path f = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Integer> names = new NameMiner(GazetteerSources.builtIn().build(), 3, 0.5, s -> { })
                .mine(List.of(f), 1_000_000);
        assertEquals(4, names.get("نادر حمدان"), names::toString);
        assertEquals(4, names.get("رامي قنديل"));
        assertTrue(names.containsKey("نادر"));
        // «وزير خارجية فنلندا»: an indefinite title in construct state is followed by no person
        assertFalse(names.containsKey("خارجيه"), names::toString);
        assertFalse(names.containsKey("فنلندا"), names::toString);
        // the list feeds the gazetteer
        Path list = dir.resolve("names.tsv");
        NameMiner.write(list, names);
        Gazetteer g = GazetteerSources.addMined(new Gazetteer.Builder(), list).build();
        assertEquals(1 << Gazetteer.Kind.MINED_PERSON.ordinal(), g.classesOf("نادر حمدان"));
    }
}
