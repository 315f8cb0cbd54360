package org.isnad.persuasion;

import static org.isnad.persuasion.DetectorTestSupport.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scare quotes against real quotations, names and titles; examples written for these tests. */
class ScareQuoteDetectorTest {
    private static final String T = ScareQuoteDetector.TECHNIQUE;

    @Test
    void shortDistancingQuotesAreScareQuotes() {
        assertEquals(List.of("«الإنسانية»"), spans("يتحدث الغرب عن «الإنسانية» وهو يغض الطرف عن المجازر.", T));
        assertEquals(List.of("\"الثورة\""), spans("ويتحدث المسؤولون عن \"الثورة\" وكأنها انتهت.", T));
        assertEquals(List.of("“الإصلاحات”"), spans("لم تغير “الإصلاحات” شيئا في حياة الناس.", T));
    }

    @Test
    void quotationsAfterACueOrColonAreNot() {
        assertEquals(List.of(), spans("وقال الوزير: «لن نتراجع».", T));
        assertEquals(List.of(), spans("وأضاف أن الوضع «خطير».", T));
        assertEquals(List.of(), spans("وصف الرئيس الهجوم بأنه «جبان».", T));
    }

    @Test
    void longQuotationsAreNot() {
        assertEquals(List.of(), spans("ورفع المتظاهرون لافتات تقول «لا للحرب ولا للحصار ولا للجوع».", T));
    }

    @Test
    void namesAndTitlesAreNot() {
        assertEquals(List.of(), spans("أطلقت الوزارة حملة «بلادي أجمل» للتشجير.", T));
        assertEquals(List.of(), spans("نشرت صحيفة \"الأهرام\" التقرير كاملا.", T));
        assertEquals(List.of(), spans("عرض فيلم «الرسالة» في الافتتاح.", T));
        // one relative adjective may stand between the naming head and the name
        assertEquals(List.of(), spans("ضمن المرحلة الأولى للبرنامج الطبي \"نمو وصحة\" الذي انطلق أمس.", T));
        assertEquals(List.of(), spans("أطلقت الوزارة الحملة الوطنية «بلادي أجمل» للتشجير.", T));
    }

    @Test
    void quotedNamesWithTheirOwnHeadAreNot() {
        assertEquals(List.of(), spans("قدمت «مؤسسة النور الخيرية» الأموال للجبهة.", T));
        assertEquals(List.of(), spans("أعلن قائد «جبهة الفجر» انسحابه.", T));
        assertEquals(List.of(), spans("تبنت «حركة الشباب» الهجوم.", T));
        // a head word alone in quotes is still a distancing use
        assertEquals(List.of("«الحركة»"), spans("يتحدثون عن «الحركة» كأنها دولة.", T));
    }

    @Test
    void latinOrNumbersInsideAreNot() {
        assertEquals(List.of(), spans("يعرض البرنامج على قناة \"MBC مصر\" مساء.", T));
    }
}
