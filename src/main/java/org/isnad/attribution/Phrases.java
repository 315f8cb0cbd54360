package org.isnad.attribution;

import java.util.Optional;
import java.util.Set;
import org.isnad.model.Channel;

/**
 * Small word-shape tests used while scanning from a cue to its content: adverbials, channel adjectives,
 * prepositional objects, recipients in brackets or quotes, indefinite accusatives. Stateless.
 */
final class Phrases {
    private Phrases() {
    }

    static boolean isAdverbial(TokenText tt, int j) {
        String s = tt.tok(j).surface();
        return s.endsWith("اً") || s.endsWith("ًا") || tt.norm(j).equals("يوم");
    }

    /**
     * True when the words between the clause start and a would-be subject hold a preposition («وبخصوص مجريات
     * التحقيق قال …»، «وعن الحادثة، قالت …»): the noun before the verb is then the object of a fronted phrase, not
     * the verb's subject.
     */
    static boolean afterFrontedPreposition(TokenText tt, int clauseStart, int subjectFrom) {
        for (int k = clauseStart; k < subjectFrom; k++) {
            if (tt.isPreposition(k) || tt.isArabic(k) && tt.norm(k).length() > 3
                    && (tt.tok(k).proclitics().endsWith("ب") || tt.tok(k).proclitics().endsWith("ل"))) {
                return true;
            }
        }
        return false;
    }

    static int skipRecipient(TokenText tt, int j, int limit) {
        if (j < limit && tt.tok(j).surface().equals("(")) {
            return skipBracket(tt, j, limit);
        }
        if (j < limit && tt.isOpenQuote(j) && tt.partner(j) > j) {
            return tt.partner(j) + 1;
        }
        return Math.min(limit, j + 1);
    }

    static int skipBracket(TokenText tt, int j, int limit) {
        for (int k = j + 1; k < limit && k - j < 12; k++) {
            if (tt.tok(k).surface().equals(")")) {
                return k + 1;
            }
        }
        return j + 1;
    }

    static final Set<String> ADJECTIVES = Set.of("خاص", "خاصه", "مقتضب", "مقتضبه", "مطول", "مطوله", "مشترك",
            "مشتركه", "مكتوب", "مكتوبه", "منفصل", "منفصله", "سابق", "لاحق", "مصور", "مصوره", "متلفز", "متلفزه", "قصير",
            "قصيره", "جديد", "جديده", "الخاص", "الخاصه", "صحفي", "صحفيه", "صحافي", "صحافيه");

    /** An adjective after a channel noun: a nisba («صحفي»، «الرسمية») or a listed one («خاص»، «مقتضب»). */
    static boolean isModifier(TokenText tt, int j) {
        if (!tt.isArabic(j) || tt.isComplementizer(j)) {
            return false;
        }
        String n = tt.norm(j);
        return ADJECTIVES.contains(n) || n.length() > 3 && (n.endsWith("ي") || n.endsWith("يه")) && !n.startsWith("ل");
    }

    /** Skips the object of a preposition: one word and the nisba adjectives after it («على صفحته الرسمية»). */
    static int skipPrepositionalObject(TokenText tt, int j, int limit, CueMatch[] cueAt) {
        if (j < limit && tt.isWord(j) && !tt.isComplementizer(j) && cueAt[j] == null) {
            String object = tt.isArabic(j) ? tt.norm(j) : "";
            boolean possessed = object.length() > 3 && (object.endsWith("ه") || object.endsWith("ها") || object.endsWith("هم"))
                    && !tt.hasArticle(j);
            j++;
            // adjectives: nisba ones, and after a possessed noun any definite one («في عددها الصادر أمس»)
            for (int m = 0; j < limit && cueAt[j] == null && m < 3; m++) {
                boolean definiteAdjective = possessed && tt.isArabic(j) && tt.hasArticle(j) && !tt.isComplementizer(j);
                if (!isModifier(tt, j) && !definiteAdjective) {
                    break;
                }
                j++;
            }
        }
        return j;
    }

    static boolean isIndefiniteAccusative(TokenText tt, int j) {
        String surface = tt.tok(j).surface();
        String n = tt.norm(j);
        return !tt.hasArticle(j) && (surface.endsWith("اً") || surface.endsWith("ًا")
                || n.length() >= 4 && n.endsWith("ا") && !n.endsWith("ها") && !n.endsWith("نا"));
    }

    static boolean isAfterPreposition(TokenText tt, int j) {
        int p = j - 1;
        if (p >= 0 && tt.isArabic(p) && tt.norm(p).matches("اول|اخر|احدث")) {
            p--;
        }
        return tt.tok(j).proclitics().startsWith("ب") || p >= 0 && tt.isArabic(p) && tt.norm(p).matches("في|وفي|فى|خلال|عبر");
    }

    /** The word before a relative pronoun (past a comma) is a document, outlet, post, source or role. */
    static boolean relativeAntecedentSpeaks(TokenText tt, SourceLexicon lex, int rel) {
        int a = rel - 1;
        if (a >= 0 && tt.isComma(a)) {
            a--;
        }
        if (a < 0 || !tt.isArabic(a)) {
            return false;
        }
        for (int k = a; k >= Math.max(0, a - 2); k--) {
            Optional<SourceLexicon.HeadClass> h = lex.headAt(tt, k);
            if (h.isPresent() && h.get() != SourceLexicon.HeadClass.ORGANIZATION && h.get() != SourceLexicon.HeadClass.PLATFORM) {
                return true;
            }
            if (lex.titleAt(tt, k)) {
                return true;
            }
        }
        return false;
    }

    /** «في تصريحات صحفية»، «في أول تصريح»: a masdar after a preposition names the channel, not a cue. */
    static boolean isChannelNoun(TokenText tt, CueMatch c) {
        int p = c.first() - 1;
        if (p >= 0 && tt.isArabic(p) && tt.norm(p).matches("اول|اخر|احدث")) {
            p--;
        }
        if (p < 0 || !tt.isArabic(p)) {
            return tt.tok(c.first()).proclitics().startsWith("ب") && !tt.norm(c.first()).startsWith("بدعو");
        }
        return tt.norm(p).matches("في|وفي|فى|خلال|عبر|وخلال") || tt.tok(c.first()).proclitics().startsWith("ب")
                && !tt.norm(c.first()).startsWith("بدعو");
    }

    /** «قال فيها» after «تغريدة»/«بيان»: the noun before is the channel, the subject is implicit. */
    static Optional<Channel> resumptiveChannel(TokenText tt, SourceLexicon lex, CueMatch c) {
        if (c.end() < tt.size() && tt.isArabic(c.end()) && tt.norm(c.end()).matches("فيها|فيه")
                && c.first() > 0 && tt.isArabic(c.first() - 1)) {
            int k = c.first() - 1;
            String n = tt.norm(k);
            // the accusative of an indefinite noun keeps its tanween alif: «أصدرت اللجنة بيانا أكدت فيه …»
            Optional<SourceLexicon.HeadClass> h = lex.headAt(tt, k).or(() -> !tt.hasArticle(k) && n.length() > 3
                    && n.endsWith("ا") ? lex.head(n.substring(0, n.length() - 1)) : Optional.empty());
            if (h.isPresent() && h.get() == SourceLexicon.HeadClass.SOCIAL) {
                return Optional.of(Channel.SOCIAL_MEDIA);
            }
            if (h.isPresent() && h.get() == SourceLexicon.HeadClass.DOCUMENT) {
                return Optional.of(Channel.STATEMENT);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the words after a cue cannot be its speaker: a verbal noun with a possessive pronoun already names
     * its speaker («تصريحاته المسيئة»), and after «ما» a verb of judgement with an object pronoun takes a predicate
     * («ردا على ما اعتبره سياسة المماطلة»; the frame {@code pred} in cues.txt).
     */
    static boolean noSourceAfter(TokenText tt, CueMatch c) {
        String w = tt.isArabic(c.first()) ? tt.bare(c.first()) : "";
        boolean pronoun = w.endsWith("ه") && !tt.surface(c.first()).endsWith("ة") || w.endsWith("ها") || w.endsWith("هم");
        if (c.kind() == CueKind.NOUN) {
            return pronoun && !c.entry().lemma().equals(w);
        }
        if (c.entry().frames().contains("ب") && c.end() < tt.size() && tt.isArabic(c.end())
                && !tt.tok(c.end()).proclitics().startsWith("ب") && !tt.norm(c.end()).equals("ب")) {
            return false; // «لما وصفته الهيئة بـ"…"»: the predicate takes ب, so a word without it is the subject
        }
        return pronoun && c.kind() == CueKind.VERB && c.entry().frames().contains("pred") && c.first() > 0
                && tt.isArabic(c.first() - 1) && tt.bare(c.first() - 1).matches("ما|مما|عما|بما|لما");
    }
}
