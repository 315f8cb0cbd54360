package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.WordShapes;

/**
 * Cuts a definite broken plural of the أفعال pattern («الأكراد», «الأتراك», «الأطفال», «الأشخاص») off the end of a
 * PERSON mention: it is the object or a new phrase after the name («ووصف شتاينماير الأكراد بأنهم …»), never a
 * family name, which is a singular (a nisba «الحلبي», a noun «الأسد», an elative «الأحمر»). Thread-safe.
 */
final class BrokenPluralRule {
    /** The mentions of one sentence, PERSON ones without a trailing broken plural ({@code base}: first token). */
    List<Mention> apply(List<Token> toks, List<Mention> mentions, int base) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.end() - m.first() >= 2
                    && WordShapes.isDefiniteBrokenPlural(toks.get(m.end() - 1 - base))) {
                out.add(new Mention(m.first(), m.end() - 1, m.type()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
