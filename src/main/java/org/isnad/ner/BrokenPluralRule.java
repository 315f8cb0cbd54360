package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Cuts a definite broken plural of the أفعال pattern («الأكراد», «الأتراك», «الأطفال», «الأشخاص») off the end of a
 * PERSON mention: it is the object or a new phrase after the name («ووصف شتاينماير الأكراد بأنهم …»), never a
 * family name, which is a singular (a nisba «الحلبي», a noun «الأسد», an elative «الأحمر»). Thread-safe.
 */
public final class BrokenPluralRule {
    /** Folded: the article, then أ (folded to ا), two letters, a long ا and a last letter. */
    private static final Pattern AFAAL = Pattern.compile("الا[^ا]{2}ا[^ا]");

    /** True for a definite plural of the أفعال pattern («الأكراد»): never part of a personal name. */
    public static boolean isDefiniteBrokenPlural(Token t) {
        return t.kind() == TokenKind.ARABIC && AFAAL.matcher(t.norm()).matches();
    }

    /** The mentions of one sentence, PERSON ones without a trailing broken plural ({@code base}: first token). */
    List<Mention> apply(List<Token> toks, List<Mention> mentions, int base) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.end() - m.first() >= 2
                    && isDefiniteBrokenPlural(toks.get(m.end() - 1 - base))) {
                out.add(new Mention(m.first(), m.end() - 1, m.type()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
