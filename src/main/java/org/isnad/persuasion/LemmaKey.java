package org.isnad.persuasion;

import java.util.List;
import org.isnad.text.Token;

/**
 * The matching key of a word for the persuasion lexicons: the clitic-free base without the article, less one
 * gender/number or nisba ending, so that «الإرهابيين»، «إرهابية»، «للإرهاب» share the key ارهاب and «كارثة»،
 * «كارثية» share كارث. Lexicon entries and document tokens go through the same function, so an over-eager cut
 * can only merge words, never make an entry unreachable. Thread-safe, stateless.
 */
public final class LemmaKey {
    /** Endings cut, longest first; at least three letters must stay. */
    private static final List<String> ENDINGS = List.of("يين", "يون", "يات", "يتين", "يتان", "تين", "تان", "يه",
            "ين", "ون", "ات", "ان", "ه", "ي", "ا");

    private LemmaKey() {
    }

    /** The key of a word already folded by the matching normaliser, with proclitics already removed. */
    public static String of(String base) {
        String w = base.startsWith("ال") && base.length() >= 4 ? base.substring(2) : base;
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) {
                w = w.substring(0, w.length() - e.length());
                break;
            }
        }
        if (w.endsWith("ي") && w.length() >= 4) {
            w = w.substring(0, w.length() - 1); // nisba: ارهابي → ارهاب
        }
        return w;
    }

    /**
     * The keys a token may match under: the key of its analysed base and, when the analyser split a letter that
     * belongs to the word («كارثية» read as ك + ارثية, «فريدة» as ف + ريدة), the keys of its surface less only و/ف
     * and of its whole surface.
     */
    public static String[] keys(Token t) {
        String a = of(t.base());
        String n = t.norm();
        String full = of(n);
        String b = n.length() >= 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? of(n.substring(1)) : full;
        if (a.equals(b) && a.equals(full)) {
            return new String[] {a};
        }
        return new String[] {a, b, full};
    }

    /**
     * The clitic-free forms of a token compared by exact entries: its base, its norm less و/ف (also for short
     * particles: «ومن» → من, «فلا» → لا) and its norm.
     */
    public static String[] exactForms(Token t) {
        String n = t.norm();
        String b = t.base();
        String c = n.length() >= 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') ? n.substring(1) : n;
        if (b.equals(c)) {
            return b.equals(n) ? new String[] {n} : new String[] {b, n};
        }
        return c.equals(n) ? new String[] {b, n} : new String[] {b, c, n};
    }
}
