package org.isnad.persuasion;

import org.isnad.text.Token;

/**
 * The matching key of a word for the persuasion lexicons: the clitic-free base without the article, less one
 * gender/number or nisba ending, so that «الإرهابيين»، «إرهابية»، «للإرهاب» share the key ارهاب and «كارثة»،
 * «كارثية» share كارث. Lexicon entries and document tokens go through the same function, so an over-eager cut
 * can only merge words, never make an entry unreachable. Thread-safe, stateless.
 */
public final class LemmaKey {
    /** Endings cut, longest first, grouped by their last letter; at least three letters must stay. */
    private static final String[] ENDINGS_N = {"يتين", "يتان", "يين", "يون", "تين", "تان", "ين", "ون", "ان"};
    private static final String[] ENDINGS_T = {"يات", "ات"};
    private static final String[] ENDINGS_H = {"يه", "ه"};
    private static final String[] ENDINGS_Y = {"ي"};
    private static final String[] ENDINGS_A = {"ا"};
    private static final String[] NONE = {};

    private LemmaKey() {
    }

    /** The key of a word already folded by the matching normaliser, with proclitics already removed. */
    public static String of(String base) {
        if (base.isEmpty()) {
            return base;
        }
        int s = base.length() >= 4 && base.charAt(0) == 'ا' && base.charAt(1) == 'ل' ? 2 : 0;
        int e = base.length();
        String[] endings = switch (base.charAt(e - 1)) {
            case 'ن' -> ENDINGS_N;
            case 'ت' -> ENDINGS_T;
            case 'ه' -> ENDINGS_H;
            case 'ي' -> ENDINGS_Y;
            case 'ا' -> ENDINGS_A;
            default -> NONE;
        };
        for (String end : endings) {
            int n = end.length();
            if (e - s - n >= 3 && base.startsWith(end, e - n)) {
                e -= n;
                break;
            }
        }
        if (e - s >= 4 && base.charAt(e - 1) == 'ي') {
            e--; // nisba: ارهابي → ارهاب
        }
        return s == 0 && e == base.length() ? base : base.substring(s, e);
    }

    /**
     * The keys a token may match under: the key of its analysed base and, when the analyser split a letter that
     * belongs to the word («كارثية» read as ك + ارثية, «فريدة» as ف + ريدة), the keys of its surface less only و/ف
     * and of its whole surface.
     */
    public static String[] keys(Token t) {
        String a = of(t.base());
        String n = t.norm();
        boolean conj = n.length() >= 4 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف');
        if (t.proclitics().isEmpty()) {
            return conj ? new String[] {a, of(n.substring(1))} : new String[] {a};
        }
        String full = of(n);
        String b = conj ? of(n.substring(1)) : full;
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
