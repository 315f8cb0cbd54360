package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.junit.jupiter.api.Test;

/** Claims: attributed content split into clauses, and the outlet's own assertions with no attribution. */
class ClaimsTest {

    private static String text(Analysed r, Claim c) {
        return r.doc.text(c.span());
    }

    @Test
    void attributedContentIsSplitAtANewClauseAndOwnVoiceIsKept() {
        Analysed r = Analysed.of("قال الوزير إن الميناء سيفتح غدا، وإن الصادرات سترتفع في الربيع. "
                + "وتقع المدينة على الساحل الشرقي للبلاد منذ قرون.");
        Attribution a = r.cue("قال");
        List<Claim> claims = r.claims();
        assertEquals(3, claims.size(), claims.toString());
        assertEquals("إن الميناء سيفتح غدا", text(r, claims.get(0)));
        assertEquals("وإن الصادرات سترتفع في الربيع", text(r, claims.get(1)));
        assertEquals(Optional.of(a.id()), claims.get(0).attribution());
        assertEquals(Optional.of(a.id()), claims.get(1).attribution());
        assertEquals("وتقع المدينة على الساحل الشرقي للبلاد منذ قرون", text(r, claims.get(2)));
        assertEquals(Optional.empty(), claims.get(2).attribution());
        assertEquals(Certainty.ASSERTED, claims.get(2).certainty());
        for (int i = 0; i < claims.size(); i++) {
            assertEquals("c" + (i + 1), claims.get(i).id());
        }
    }

    @Test
    void aHedgeInsideOneClauseHedgesThatClaimOnly() {
        Analysed r = Analysed.of("وأكد المدير أن المصنع سيغلق أبوابه، كما أن العمال ربما ينقلون إلى فرع آخر.");
        List<Claim> claims = r.claims();
        assertEquals(2, claims.size(), claims.toString());
        assertEquals(Certainty.ASSERTED, claims.get(0).certainty());
        assertEquals(Certainty.HEDGED, claims.get(1).certainty());
    }

    @Test
    void hedgedOwnVoiceAndQuestions() {
        Analysed r = Analysed.of("ويبدو أن الحكومة تتجه إلى رفع الضرائب على الوقود. فمن سيدفع الثمن في النهاية؟");
        assertTrue(r.attributions().isEmpty());
        List<Claim> claims = r.claims();
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(Certainty.HEDGED, claims.get(0).certainty());
        assertFalse(text(r, claims.get(0)).contains("؟"));
    }

    @Test
    void deniedContentGivesDeniedClaims() {
        Analysed r = Analysed.of("نفى المتحدث باسم الجيش وجود قوات أجنبية في المنطقة.");
        Claim denied = r.claims().stream().filter(c -> c.attribution().isPresent()).findFirst().orElseThrow();
        assertEquals(Certainty.DENIED, denied.certainty());
    }

    @Test
    void aSourceThatDescribesItsSourceIsAnOutletClaim() {
        Analysed r = Analysed.of("وقال وزير الدفاع اللبناني، موريس حداد، إن الجيش سيبقى على الحدود.");
        List<Claim> own = r.claims().stream().filter(c -> c.attribution().isEmpty()).toList();
        assertEquals(1, own.size(), r.claims().toString());
        assertTrue(text(r, own.get(0)).contains("وزير الدفاع"), text(r, own.get(0)));
        assertEquals(Certainty.ASSERTED, own.get(0).certainty());
        Analysed bare = Analysed.of("وقالت مصادر إن الجيش سيبقى على الحدود.");
        assertTrue(bare.claims().stream().allMatch(c -> c.attribution().isPresent()), bare.claims().toString());
    }

    @Test
    void aRelayWithTheSameContentLeavesTheClaimToTheOriginalSource() {
        Analysed r = Analysed.of("ونقلت صحيفة «المساء» عن مصدر أمني أن المشتبه به فر إلى الخارج.");
        List<Claim> claims = r.claims();
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(Optional.of(r.cue("عن").id()), claims.get(0).attribution());
    }

    @Test
    void datelineAndTitleAreNotClaims() {
        Analysed r = Analysed.of("الأمطار تغمر القرى\nعمّان -- غمرت الأمطار الغزيرة عشرات القرى في الشمال ليلة أمس.");
        List<Claim> claims = r.claims();
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("غمرت الأمطار الغزيرة عشرات القرى في الشمال ليلة أمس", text(r, claims.get(0)));
    }
}
