package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.junit.jupiter.api.Test;

/** When an earlier stage added entities, a source overlapping one takes its type and id. */
class EntityTypingTest {

    private static Span find(String text, String part) {
        int s = text.indexOf(part);
        return new Span(s, s + part.length());
    }

    @Test
    void personEntityMakesANamedPersonWithItsId() {
        String text = "وقال بوغدانوف إن المحادثات ستستأنف الأسبوع المقبل.";
        Document d = Document.of("e", text);
        d.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, "بوغدانوف", List.of(find(text, "بوغدانوف")))));
        Analysed r = Analysed.of(d);
        Attribution a = r.cue("قال");
        assertEquals("NAMED_PERSON", a.source().type().name());
        assertEquals(Optional.of("e1"), a.source().entity());
    }

    @Test
    void organisationEntityUnderAMediaHeadStaysMedia() {
        String text = "وذكرت وكالة رويترز أن الشحنة وصلت إلى الميناء.";
        Document d = Document.of("e", text);
        d.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.ORG, "رويترز", List.of(find(text, "رويترز")))));
        Attribution a = Analysed.of(d).cue("ذكرت");
        assertEquals("MEDIA", a.source().type().name());
        assertEquals(Optional.of("e1"), a.source().entity());
    }

    @Test
    void gpeEntitySpeakingIsANamedOrganization() {
        String text = "وقالت كولومبيا إنها سترسل مساعدات إنسانية.";
        Document d = Document.of("e", text);
        d.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.GPE, "كولومبيا", List.of(find(text, "كولومبيا")))));
        Attribution a = Analysed.of(d).cue("قالت");
        assertEquals("NAMED_ORGANIZATION", a.source().type().name());
    }
}
