package org.isnad.ner;

import java.util.HashSet;
import java.util.Set;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Recognises nationality and group adjectives (NORP): listed ones ({@code demonyms.txt}) and the nisba pattern — a
 * word in ـي / ـية / ـيون / ـيين whose remainder, possibly with ا or يا added, is a country or place name known to
 * the gazetteer («الأذربيجانية» ← أذربيجان, «الروسي» ← روسيا). Thread-safe.
 */
public final class Demonyms {
    private static final String[] ENDINGS = {"يين", "يون", "يات", "يه", "ي"};
    private final Set<String> listed = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();
    private final Gazetteer places;

    /** @param places a gazetteer whose COUNTRY and LOC classes name places */
    public Demonyms(Gazetteer places) {
        this.places = places;
        for (String w : LexiconFile.lines(GazetteerSources.RES + "demonyms.txt")) {
            listed.addAll(Gazetteer.wordForms(w));
        }
        for (String w : LexiconFile.lines(GazetteerSources.RES + "nisba-exceptions.txt")) {
            exceptions.addAll(Gazetteer.wordForms(w));
        }
    }

    static String stripArticle(String w) {
        return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    }

    /** True when the token is a nationality or group adjective. */
    public boolean isDemonym(Token t) {
        if (t.kind() != TokenKind.ARABIC) {
            return false;
        }
        String w = stripArticle(t.base());
        if (exceptions.contains(w)) {
            return false;
        }
        if (listed.contains(w) || listed.contains(masculine(w))) {
            return true;
        }
        int placeBits = 1 << Gazetteer.Kind.COUNTRY.ordinal() | 1 << Gazetteer.Kind.LOC.ordinal();
        for (String e : ENDINGS) {
            if (!w.endsWith(e) || w.length() - e.length() < 3) {
                continue;
            }
            String r = w.substring(0, w.length() - e.length());
            for (String c : new String[] {r, r + "ا", r + "يا", "ال" + r, r + "ه"}) {
                if ((places.classesOf(c) & placeBits) != 0) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static String masculine(String w) {
        for (String e : new String[] {"يين", "يون", "يه"}) {
            if (w.endsWith(e) && w.length() > e.length() + 2) {
                return w.substring(0, w.length() - e.length()) + "ي";
            }
        }
        return w;
    }
}
