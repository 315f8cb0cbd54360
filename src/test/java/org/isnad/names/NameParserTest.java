package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameParserTest {
    private static List<String> keys(ParsedName n) {
        return n.parts().stream().map(NamePart::key).toList();
    }

    private static List<PartRole> roles(ParsedName n) {
        return n.parts().stream().map(NamePart::role).toList();
    }

    @Test
    void kunyaIsOnePartAndArticleIsDropped() {
        ParsedName ar = NameParser.DEFAULT.parse("أبو محمد الجولاني", NameKind.PERSON);
        assertEquals(List.of("محمد", "جولاني"), keys(ar));
        assertEquals(List.of(PartRole.KUNYA, PartRole.NAME), roles(ar));
        ParsedName lat = NameParser.DEFAULT.parse("Abu Mohammed al-Jawlani", NameKind.PERSON);
        assertEquals(List.of("mohammed", "jawlani"), keys(lat));
        assertEquals(PartRole.KUNYA, lat.parts().get(0).role());
        assertEquals("abu mohammed", lat.parts().get(0).text());
    }

    @Test
    void nasabMakesAncestors() {
        ParsedName n = NameParser.DEFAULT.parse("MUHAMMAD BIN SALMAN AL-RAWI", NameKind.PERSON);
        assertTrue(n.nasab());
        assertEquals(List.of(PartRole.NAME, PartRole.ANCESTOR, PartRole.ANCESTOR), roles(n));
        ParsedName ar = NameParser.DEFAULT.parse("محمد بن سلمان", NameKind.PERSON);
        assertTrue(ar.nasab());
        assertEquals(List.of("محمد", "سلمان"), keys(ar));
        assertFalse(NameParser.DEFAULT.parse("Ben Netanyahu", NameKind.PERSON).nasab(), "Ben as a given name");
    }

    @Test
    void abdAndDinCompoundsJoin() {
        assertEquals(List.of("abdrahman"), keys(NameParser.DEFAULT.parse("Abd al-Rahman", NameKind.PERSON)));
        assertEquals(List.of("abdrahman"), keys(NameParser.DEFAULT.parse("Abdul Rahman", NameKind.PERSON)));
        assertEquals(List.of("abdrahman"), keys(NameParser.DEFAULT.parse("Abdurrahman", NameKind.PERSON)));
        assertEquals(List.of("عبدرحمن"), keys(NameParser.DEFAULT.parse("عبد الرحمن", NameKind.PERSON)));
        String s1 = NameParser.DEFAULT.parse("Sirajuddin", NameKind.PERSON).parts().get(0).skeleton();
        String s2 = NameParser.DEFAULT.parse("Siraj al-Din", NameKind.PERSON).parts().get(0).skeleton();
        assertEquals(s1, s2);
    }

    @Test
    void honorificsBecomeTitles() {
        ParsedName n = NameParser.DEFAULT.parse("الشيخ الدكتور أيمن الظواهري", NameKind.PERSON);
        assertEquals(List.of(PartRole.TITLE, PartRole.TITLE, PartRole.NAME, PartRole.NAME), roles(n));
        assertEquals(PartRole.TITLE, NameParser.DEFAULT.parse("Sheikh Abdullah", NameKind.PERSON).parts().get(0).role());
    }

    @Test
    void organisationWords() {
        ParsedName c = NameParser.DEFAULT.parse("Tactical Missiles Open Joint Stock Company", NameKind.ORG);
        assertEquals(List.of("tactical", "missiles", "jsc"), keys(c));
        assertEquals(PartRole.LEGAL, c.parts().get(2).role());
        ParsedName f = NameParser.DEFAULT.parse("Front for the Liberation of the Levant", NameKind.ORG);
        assertEquals(List.of("front", "liberation", "levant"), keys(f));
        assertEquals(List.of("for", "the", "of", "the"), f.dropped());
        ParsedName acr = NameParser.DEFAULT.parse("A.B.C. Company", NameKind.ORG);
        assertEquals(List.of("abc", "co"), keys(acr));
        assertEquals(PartRole.GROUP, NameParser.DEFAULT.parse("حركة حماس", NameKind.ORG).parts().get(0).role());
    }

    @Test
    void familyNameFirstWithComma() {
        assertEquals(List.of("sergey", "lavrov"), keys(NameParser.DEFAULT.parse("LAVROV, Sergey", NameKind.PERSON)));
    }
}
