package org.isnad.attribution;

import java.util.Optional;
import org.isnad.attribution.SourceLexicon.HeadClass;
import org.isnad.doc.Span;

/**
 * Finds the minimal source noun phrase after a cue (verb-first, after a preposition) or before it (subject-first),
 * after the README conventions: titles before a name are in, appositions after a name are out, a role without a name
 * keeps its affiliation («مسؤول مقرب من …»), a short quoted or bracketed name after an outlet noun is in
 * («صحيفة «الشرق»»), coordinated sources form one phrase. Thread-safe.
 */
final class SourceChunker {
    static final int MAX_FORWARD = 22;
    /** Time nouns that after a preposition make a time adverbial («في وقت سابق»، «في أعقاب»، «في ختام»), folded. */
    private static final java.util.Set<String> TIME_AFTER_PREPOSITION = java.util.Set.of("وقت", "الوقت", "اعقاب",
            "ختام", "مستهل", "مطلع", "اواخر", "اوائل", "منتصف", "اثناء", "غضون", "اليوم", "ساعه", "ساعات",
            "الساعات", "الايام", "الاسابيع", "الاشهر", "السنوات");
    /** Quantifiers and fixed words that are never part of a name («أحد محامي …»، «المتحدث باسم …»). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("باسم", "احد", "بعض", "عدد", "كل", "معظم",
            "جميع", "غالبيه", "اغلب", "هذا", "هذه", "ذلك", "تلك", "من", "ذات", "نفس", "احدث", "اخر", "ابرز", "اهم",
            "اكثر", "اكبر", "اقدم");
    /** Particles of a nasab inside a name («بن»، «ولد» in Mauritanian names): the next word is always a name part. */
    static final java.util.Set<String> NASAB = java.util.Set.of("بن", "ابن", "بنت", "ابنه", "ولد");
    /** Nouns of quantity whose «من» phrase names the group that speaks («عدد من النشطاء»). */
    private static final java.util.Set<String> QUANTITY_HEADS = java.util.Set.of("عدد", "بعض", "مجموعه", "عشرات",
            "مئات", "الاف", "كثير", "العديد", "جمع", "حشد", "نخبه", "فريق");
    private final SourceLexicon lex;
    private final BackwardChunker backwardChunker;

    SourceChunker(SourceLexicon lex) {
        this.lex = lex;
        this.backwardChunker = new BackwardChunker(lex, this);
    }

    /** True when token i can begin a source phrase after a verb. */
    boolean canStart(TokenText tt, int i, boolean[] cueAt) {
        if (i >= tt.size() || cueAt[i]) {
            return false;
        }
        if (tt.isOpenQuote(i)) {
            // a quoted name right after the verb («كشف «مركز الشرق للدراسات» في منشور …»), not a quotation at the end
            int p = tt.partner(i);
            return p > i + 1 && p - i <= 8 && p + 1 < tt.sentenceOf(i).endToken() && !tt.isTerminator(p + 1)
                    && canStart(tt, i + 1, cueAt);
        }
        if (tt.isArabic(i) && tt.norm(i).length() == 1 && abbreviatedTitle(tt, i)) {
            return true;
        }
        if (!tt.isWord(i) || tt.isComplementizer(i) || tt.isPreposition(i) || tt.isArabic(i) && tt.norm(i).length() < 2) {
            return false;
        }
        if (tt.isArabic(i) && tt.tok(i).proclitics().startsWith("ب") && tt.hasArticle(i)) {
            return false; // «وشدد بالقول: …»: a prepositional phrase is never the subject
        }
        String n = tt.norm(i);
        if (lex.isBreak(n) || lex.isBreak(tt.bare(i)) || PhraseShapes.isPronounPhrase(tt, i) || circumstantial(tt, i)) {
            return false;
        }
        return !startsChannel(tt, i);
    }

    /** «د. علام»: a one-letter abbreviation listed as a title, its full stop, then an Arabic word. */
    boolean abbreviatedTitle(TokenText tt, int i) {
        return i + 2 < tt.size() && lex.titleAt(tt, i) && tt.surface(i + 1).equals(".") && tt.isArabic(i + 2);
    }

    /**
     * An indefinite participle in the accusative written without tanween right after the verb describes how the
     * speaker spoke («وأضاف مخاطبا المسؤولين»، «وقال متحدثا للصحفيين»): a مُفاعِلا / مُتَفاعِلا shape, not a name.
     */
    private boolean circumstantial(TokenText tt, int i) {
        if (!tt.isArabic(i) || tt.hasArticle(i) || lex.nameAt(tt, i)) {
            return false;
        }
        return PARTICIPLE_ALIF.matcher(tt.tok(i).base()).matches();
    }

    /** مُفْعِلا، مُفاعِلا، مُتَفَعِّلا، مُسْتَفْعِلا written with a final alif (names such as «مارينا» do not fit). */
    private static final java.util.regex.Pattern PARTICIPLE_ALIF =
            java.util.regex.Pattern.compile("م[^اوي]{3}ا|م[^اوي]ا[^ا]{2}ا|مت[^ا]{3}ا|مست[^ا]{3}ا");

    boolean startsChannel(TokenText tt, int i) {
        for (SourceLexicon.MultiWord<org.isnad.model.Channel> c : lex.channels()) {
            if (CueFinder.matches(tt, i, c.words())) {
                return true;
            }
        }
        return false;
    }

    /** The source phrase that starts at token i (verb-first or after a preposition), or empty. */
    Optional<SourcePhrase> forward(TokenText tt, int i, int limit, boolean[] cueAt, int lamSkip) {
        return forward(tt, i, limit, cueAt, lamSkip, false);
    }

    /**
     * As above; {@code strict} stops at an indefinite word after a definite one even after a title (so «رئيس الحزب
     * إجراء انتخابات» can be read as source + object when the longer reading leaves no content).
     */
    Optional<SourcePhrase> forward(TokenText tt, int i, int limit, boolean[] cueAt, int lamSkip, boolean strict) {
        return forward(tt, i, limit, cueAt, lamSkip, strict, java.util.Set.of());
    }

    /**
     * As above; a preposition the cue governs ({@code governed}, folded: «شدد … على»، «أعلن … عن») ends the phrase
     * instead of joining an affiliation to it («شدد رئيس الحكومة على ضرورة …»).
     */
    Optional<SourcePhrase> forward(TokenText tt, int i, int limit, boolean[] cueAt, int lamSkip, boolean strict,
            java.util.Set<String> governed) {
        if (lamSkip == 0 && i + 2 < limit && tt.isArabic(i) && tt.norm(i).equals("كل") && tt.isArabic(i + 1)
                && tt.norm(i + 1).equals("من") && !cueAt[i + 2]) {
            return forward(tt, i + 2, limit, cueAt, 0, strict, governed); // «وقال كل من فلان وفلان»: the people named
        }
        if (!canStart(tt, i, cueAt) && !(lamSkip > 0 && startsChannel(tt, i) && tt.isWord(i))) {
            return Optional.empty();
        }
        int k = i;
        int words = 0;
        int lastIncluded = -1;
        boolean hasTitle = false;
        boolean name = false;
        boolean definite = false;
        boolean afterPrep = false;
        boolean afterAttached = false;
        HeadClass head = null;
        while (k < limit && words < MAX_FORWARD) {
            if (k > i && cueAt[k]) {
                break;
            }
            if (tt.isOpenQuote(k)) {
                int p = tt.partner(k);
                boolean shortName = p > k + 1 && p - k <= (k == i ? 8 : 5) && p < limit;
                boolean initial = p == k + 2 && tt.surface(k + 1).length() <= 2; // «رضا "ك"»: an initial
                boolean named = k > i && hasTitle && lastIncluded >= i && tt.isArabic(lastIncluded)
                        && !tt.hasArticle(lastIncluded) && !lex.lexicalAt(tt, lastIncluded) && !initial;
                if (!shortName || (k > i && head == null && !hasTitle) || named) {
                    break; // «قال الخبير ألكس بورتر "سنشهد …"»: after the title's name a quotation is the content
                }
                k = p + 1;
                lastIncluded = p;
                continue;
            }
            String surface = tt.tok(k).surface();
            if (k > i && (surface.equals("#") || surface.equals("_")) && k + 1 < limit && tt.isWord(k + 1)
                    && tt.tok(k + 1).start() == tt.tok(k).end()) {
                k++; // a hashtag joins its words with «_»: «رئيس #مجلس_الأعمال_السعودي_الفرنسي»
                continue;
            }
            if (k == i + 1 && surface.equals(".") && abbreviatedTitle(tt, i)) {
                k++; // the full stop of «د.»
                continue;
            }
            if (surface.equals("(") && k > i) {
                int close = PhraseShapes.findClose(tt, k, limit);
                if (close < 0 || close - k > 5) {
                    break;
                }
                k = close + 1;
                lastIncluded = close;
                continue;
            }
            if (tt.isComma(k) && k > i) {
                if (!name && (hasTitle || head == HeadClass.OFFICIAL) && appositionName(tt, k + 1, limit, cueAt)) {
                    k++;
                    continue;
                }
                break;
            }
            if (surface.equals(".") && k > i && tt.isArabic(k - 1) && tt.norm(k - 1).length() == 1) {
                k++; // «د.»: an abbreviated title
                continue;
            }
            if (!tt.isWord(k)) {
                break;
            }
            String n = tt.norm(k);
            if (k - 1 > i && lastIncluded == k - 1 && tt.isArabic(k) && NASAB.contains(tt.norm(k - 1))) {
                lastIncluded = k; // «ولد الإمام»، «بن الشيخ»: after a nasab particle any word is a name part
                words++;
                k++;
                continue;
            }
            boolean adverb = surface.endsWith("اً") || surface.endsWith("ًا");
            if (k > i && adverb && (name || !hasTitle)) {
                break; // «الراشد لاحقاً»
            }
            boolean afterNumber = k > i && tt.tok(k - 1).kind() == org.isnad.text.TokenKind.DIGITS; // «في 10 أكتوبر»
            boolean fm = k > i && n.equals("ام") && tt.isArabic(k - 1) && tt.norm(k - 1).equals("اف"); // «الجوهرة أف أم»
            if (k > i && (!afterNumber && !fm && (lex.isBreak(n) || lex.isBreak(tt.bare(k))) || tt.isComplementizer(k)
                    || lex.timePhraseAt(tt, k)
                    || PhraseShapes.isPronounPhrase(tt, k) || startsChannel(tt, k) || n.equals("ل"))) {
                break;
            }
            if (k > i && tt.isPreposition(k) && tt.norm(k).equals("من") && lastIncluded == k - 1
                    && QUANTITY_HEADS.contains(tt.tok(k - 1).base()) && k + 1 < limit && canStart(tt, k + 1, cueAt)) {
                afterPrep = false; // «عدد من النشطاء»، «بعض من المسؤولين»: the quantity's noun is the head
                lastIncluded = k;
                k++;
                continue;
            }
            if (k > i && tt.isPreposition(k) && governed.contains(tt.norm(k))) {
                break;
            }
            if (k > i && head == HeadClass.ANONYMOUS && !hasTitle && tt.isPreposition(k) && n.equals("عن")) {
                break; // «أفاد مصدر أمني عن إصابة رجل»، «أوردتها المصادر عن قيام …»: «عن» opens the topic
            }
            if (k > i && tt.isPreposition(k) && k + 1 < limit && tt.isArabic(k + 1)
                    && TIME_AFTER_PREPOSITION.contains(tt.norm(k + 1))) {
                break; // «أعلنت الوزارة في وقت سابق …»، «قال في أعقاب …»: a time adverbial, not an affiliation
            }
            if (k > i && tt.isPreposition(k) && k + 1 < limit && startsChannel(tt, k + 1)) {
                break; // «وأوضحت المصادر في اتصال هاتفي، أن …»: the channel, not an affiliation
            }
            if (k > i && tt.isPreposition(k)) {
                boolean roleHead = head != null && head != HeadClass.MEDIA && head != HeadClass.PLATFORM || hasTitle;
                if (name || !roleHead || k + 1 >= limit || !canStart(tt, k + 1, cueAt)
                        || PhraseShapes.hasPronounSuffix(tt, k + 1)) {
                    break;
                }
                afterPrep = true;
                k++;
                continue;
            }
            if (k > i && tt.tok(k).proclitics().startsWith("ل") && (head == HeadClass.ANONYMOUS
                    && !lex.governsLam(tt, lastIncluded)
                    || !hasTitle && lex.headAt(tt, k).filter(h -> h == HeadClass.MEDIA).isPresent())) {
                break; // the addressee: «قال مصدر أمني للإذاعة»، «قالت الشرطة لوكالة الأنباء»
            }
            // «الشركة الوطنية لاستغلال وتوزيع المياه»: a second verbal noun in construct joins the first
            boolean secondMasdar = afterAttached && lastIncluded == k - 1 && tt.tok(k - 1).proclitics().startsWith("ل")
                    && !tt.hasArticle(k) && k + 1 < limit && tt.isArabic(k + 1) && tt.hasArticle(k + 1);
            if (k > i && tt.tok(k).proclitics().startsWith("و") && !coordinated(tt, k) && !secondMasdar
                    && !(lex.nameAt(tt, k) && org.isnad.text.CliticAnalyzer.get().isWholeWord(tt.norm(k)))) {
                break;
            }
            boolean title = lex.titleAt(tt, k);
            Optional<HeadClass> hc = lex.headAt(tt, k);
            boolean given = lex.nameAt(tt, k);
            boolean bareNameSoFar = !hasTitle && head == null && nameRun(tt, lastIncluded);
            if (k > i && (name || bareNameSoFar || !afterPrep && !afterAttached && hasTitle && nameRun(tt, lastIncluded))
                    && (title || hc.filter(h -> h != HeadClass.PLATFORM).isPresent())) {
                break; // an apposition or a new noun after a name: «الدكتور فلان طبيب …»، «أردوغان قرار …»
            }
            boolean bareName = bareNameSoFar && !org.isnad.text.WordShapes.isFormTwoMasdar(tt.norm(lastIncluded));
            if (k > i && (name || bareName) && tt.hasArticle(k) && n.endsWith("ات") && n.length() >= 6
                    || k > i && (name || bareNameSoFar) && org.isnad.text.WordShapes.isDefiniteBrokenPlural(tt.tok(k))) {
                break; // a definite plural after a name is the object: «… خالد بن سلمان الاتهامات»، «شتاينماير الأكراد»
            }
            boolean attached = tt.tok(k).proclitics().startsWith("ل") || tt.tok(k).proclitics().startsWith("ب");
            if (k > i && tt.tok(k).proclitics().startsWith("ل") && (name || bareNameSoFar)) {
                break; // the addressee after a name: «وقال نجم لرويترز …»
            }
            boolean afterPronoun = lastIncluded >= 0 && tt.isArabic(lastIncluded)
                    && (tt.norm(lastIncluded).endsWith("ها") || tt.norm(lastIncluded).endsWith("هم"));
            if (k == i + 1 && lastIncluded == i && tt.hasArticle(i) && tt.norm(i).endsWith("ي") && !tt.hasArticle(k)
                    && tt.isArabic(k) && !lex.lexicalAt(tt, k) && (lex.nameAt(tt, k) || !tt.norm(k).endsWith("ه"))) {
                hasTitle = true; // a nationality before a name works like a title: «الفرنسي زين الدين زيدان»
            }
            boolean coordinatedHere = k > i && tt.tok(k).proclitics().startsWith("و");
            if (k > i && definite && !tt.hasArticle(k) && (!hasTitle || strict) && !given && !attached && !afterPrep && !afterPronoun
                    && !coordinatedHere
                    && tt.tok(k).kind() != org.isnad.text.TokenKind.DIGITS) {
                break; // an indefinite word after a definite phrase starts something else («أعلنت الوزارة تسجيل …»)
            }
            if (k > i && nameRun(tt, lastIncluded) && !tt.hasArticle(k) && tt.norm(k).length() > 3
                    && (tt.norm(k).endsWith("ه") && !tt.surface(k).endsWith("ة") || tt.norm(k).endsWith("ها"))
                    && !given) {
                break; // a noun with a possessive pronoun after a name is the object: «أكد زيدان رغبته …»
            }
            if (k > i && lastIncluded == k - 1 && PhraseShapes.nominativePlural(tt, k - 1) && tt.isArabic(k) && !tt.hasArticle(k)
                    && tt.surface(k).endsWith("ة") && !coordinatedHere) {
                break; // «يتهم كثيرون حركة بوكو حرام …»: a feminine noun cannot describe a masculine plural
            }
            if (k > i && lastIncluded == k - 1 && soundPluralHead(tt, k - 1) && tt.hasArticle(k) && !coordinatedHere
                    && !n.endsWith("ي") && !n.endsWith("يه") && !n.endsWith("يون") && !n.endsWith("يين")) {
                break; // «يتهم ناشطون الحزب …»: a plural that keeps its nun takes no genitive, so this is the object
            }
            if (k > i && lastIncluded == k - 1 && soundPluralHead(tt, k - 1) && tt.isArabic(k) && !tt.hasArticle(k)
                    && !coordinatedHere && !attached && !PhraseShapes.agreesInNumber(tt, k)) {
                break; // «أكد ناشطون مقتل 40 عنصرا»: only an adjective in the plural or dual describes the head
            }
            if (k > i && (name || bareNameSoFar) && circumstantial(tt, k)) {
                break; // a circumstantial participle after a name: «وقال فلان متحدثا للقناة …»
            }
            if (k > i && tt.tok(k).proclitics().startsWith("ف") && !given && surface.length() > 3
                    && (surface.charAt(1) == 'أ' || surface.charAt(1) == 'إ')) {
                break; // «ظريف فأشاد بخلاصات …»: «فـ» joins a new clause, not a name part
            }
            boolean prevDefinite = lastIncluded >= 0 && tt.isArabic(lastIncluded) && tt.hasArticle(lastIncluded);
            if (k > i && lastIncluded == k - 1 && PhraseShapes.closingNisba(tt, k - 1, i) && tt.hasArticle(k)
                    && !coordinatedHere && !attached && !title && !given && !PhraseShapes.isNisba(n)
                    && !lex.followsNisba(tt, k) && hc.isEmpty() && !PhraseShapes.participleWithComplement(tt, k, limit)) {
                break; // «وصف رئيس الوزراء الكندي الهجوم …»: after the nisba a definite noun is the object
            }
            if (k > i && prevDefinite && tt.hasArticle(k) && !coordinatedHere && !attached && !afterPrep
                    && hc.filter(h -> h != HeadClass.PLATFORM && h != HeadClass.ORGANIZATION).isPresent()
                    && !n.endsWith("ي") && !n.endsWith("يه")) {
                break; // a new definite noun after a complete definite phrase («نفت وزارة الصحة الأنباء …»)
            }
            if (head == null) {
                head = hc.orElse(null);
            }
            hasTitle |= title;
            if (k > i && title && afterPrep && !attached) {
                afterPrep = false; // «السفير … في واشنطن الأمير خالد …»: a title after the affiliation starts the naming
            }
            if (!afterPrep && given) {
                name = true;
            }
            definite |= tt.hasArticle(k);
            afterAttached |= k > i && attached; // «بمنطقة عسير»: the next bare word is a place, not the name
            lastIncluded = k;
            words++;
            k++;
        }
        if (lastIncluded < i) {
            return Optional.empty();
        }
        int from = i;
        int to = lastIncluded + 1;
        if (tt.isOpenQuote(i) && tt.partner(i) == lastIncluded) {
            from = i + 1; // quote marks around a bare name are left out
            to = lastIncluded;
        }
        if (to <= from) {
            return Optional.empty();
        }
        int start = lamSkip > 0 ? tt.skipLetters(tt.tok(from).start(), tt.tok(from).end(), lamSkip) : tt.tok(from).start();
        return Optional.of(new SourcePhrase(from, to, new Span(start, tt.tok(to - 1).end())));
    }

    /** An indefinite listed head in the plural or dual with its nun («ناشطون»، «مسؤولين»، «مصدران»). */
    private boolean soundPluralHead(TokenText tt, int k) {
        String n = tt.isArabic(k) ? tt.tok(k).base() : ""; // «لبيان» is ل + بيان, not a dual
        return n.length() >= 5 && !tt.hasArticle(k) && (n.endsWith("ون") || n.endsWith("ين") || n.endsWith("ان"))
                && (lex.headAt(tt, k).isPresent() || lex.titleAt(tt, k));
    }

    /**
     * The token after a time adverbial with a preposition and a comma that stands between a verb and its subject
     * («وقال في وقت سابق، مكتب المدعي العام …»، «أعلنت خلال الساعات الماضية، الوزارة …»), or {@code j} when there is
     * none.
     */
    int afterTimeAdverbial(TokenText tt, int j, int limit) {
        if (j + 2 >= limit || !tt.isPreposition(j) && !(tt.isArabic(j) && tt.norm(j).equals("خلال"))
                || !tt.isArabic(j + 1) || !TIME_AFTER_PREPOSITION.contains(tt.bare(j + 1))) {
            return j;
        }
        for (int k = j + 2; k < Math.min(limit - 1, j + 6); k++) {
            if (tt.isComma(k)) {
                return k + 1;
            }
            if (!tt.isArabic(k)) {
                break;
            }
        }
        return j;
    }

    private boolean nameRun(TokenText tt, int last) {
        return last >= 0 && tt.isArabic(last) && !tt.hasArticle(last) && !lex.lexicalAt(tt, last)
                && !NOT_NAMES.contains(tt.norm(last)) && !SourceTyper.isDemonstrative(tt.norm(last))
                && !tt.tok(last).proclitics().startsWith("ل");
    }

    private boolean coordinated(TokenText tt, int k) {
        String rest = tt.bare(k);
        return tt.hasArticle(k) || lex.headAt(tt, k).isPresent() || lex.titleAt(tt, k) || lex.nameAt(tt, k)
                || rest.startsWith("شريك");
    }

    /** After a comma: a name or a title and name of at most five words, then a comma, cue or content word. */
    private boolean appositionName(TokenText tt, int k, int limit, boolean[] cueAt) {
        int n = 0;
        int j = k;
        while (j < limit && tt.isWord(j) && !cueAt[j] && !tt.isComplementizer(j) && !lex.isBreak(tt.norm(j)) && n < 7) {
            if (tt.isPreposition(j) && n == 0) {
                return false;
            }
            j++;
            n++;
        }
        if (n == 0 || n > 6) {
            return false;
        }
        boolean first = lex.titleAt(tt, k) || lex.isGivenName(tt.norm(k))
                || tt.isArabic(k) && !tt.hasArticle(k) && !lex.lexicalAt(tt, k);
        return first && (j >= limit || !tt.isWord(j) || cueAt[j] || tt.isComplementizer(j));
    }

    /**
     * The subject phrase ending right before token {@code end} (exclusive) and starting no earlier than
     * {@code clauseStart}; see {@link BackwardChunker}.
     */
    Optional<SourcePhrase> backward(TokenText tt, int end, int clauseStart, boolean[] cueAt) {
        return backwardChunker.backward(tt, end, clauseStart, cueAt);
    }

    boolean multiHeadAt(TokenText tt, int i) {
        for (SourceLexicon.MultiWord<HeadClass> m : lex.multiHeads()) {
            if (CueFinder.matches(tt, i, m.words())) {
                return true;
            }
        }
        return false;
    }

    /** True when token i is a word that may head a source (a listed head, title or given name). */
    boolean isSourceWord(TokenText tt, int i) {
        if (!tt.isArabic(i)) {
            return false;
        }
        return lex.headAt(tt, i).filter(h -> h != HeadClass.PLATFORM).isPresent() || lex.titleAt(tt, i)
                || lex.nameAt(tt, i) || multiHeadAt(tt, i);
    }
}
