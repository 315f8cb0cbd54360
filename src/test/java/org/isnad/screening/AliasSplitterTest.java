package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasSplitterTest {
    private static List<String> names(String packed) {
        return AliasSplitter.split(packed).stream().map(AliasSplitter.Part::name).toList();
    }

    @Test
    void splitsSemicolonsAndParenthesisedLists() {
        assertEquals(List.of("جبهة النصرة", "the Victory Front", "Jabhat al-Nusrah", "Al-Nusra Front"),
                names("جبهة النصرة (the Victory Front; Jabhat al-Nusrah;\n      Al-Nusra Front)"));
        assertEquals(List.of("Abdul Rehman", "Abd Ur-Rehman", "Abdur Rahman"),
                names("Abdul Rehman; Abd Ur-Rehman; Abdur Rahman"));
    }

    @Test
    void flagsOriginalScriptAndKeepsAcronyms() {
        List<AliasSplitter.Part> parts = AliasSplitter.split(
                "Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)");
        assertEquals(List.of("Hay’at Tahrir al-Sham", "HTS", "هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
                parts.stream().map(AliasSplitter.Part::name).toList());
        assertEquals(List.of(false, false, true, false), parts.stream().map(AliasSplitter.Part::originalScript).toList());
    }

    @Test
    void toleratesArabicCommaDescriptionsAndUnbalancedParentheses() {
        assertEquals(List.of("شيخ الفاتح", "الفاتح"), names("شيخ الفاتح ، الفاتح"));
        assertEquals(List.of("شبكة أنصار المجاهدين", "Ansar al-Mujahideen Network"),
                names("شبكة أنصار المجاهدين (Ansar al-Mujahideen Network - sub-unit name)"));
        assertEquals(List.of("Hajji Malik Noorzai", "Hajji Malak Noorzai"),
                names("Hajji Malik Noorzai (Hajji Malak Noorzai;"));
        assertEquals(List.of(), names(" ; ( ) "));
    }
}
