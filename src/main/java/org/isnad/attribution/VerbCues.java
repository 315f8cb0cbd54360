package org.isnad.attribution;

import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.ContentScanner.Extent;
import org.isnad.attribution.ContentScanner.Intro;
import org.isnad.attribution.ContentScanner.Mode;
import org.isnad.model.Channel;

/**
 * Verb and noun cues of one document's {@link ExtractionRun}: the subject before the verb or after it (past
 * addressees, time adverbials and resumptive pronouns), the object that a verb may take instead of content, the
 * content and its channel, and the passive masdar after «تم». Not thread-safe: one instance per run.
 */
final class VerbCues extends CueReader {
    private static final Set<String> TIME_WORDS = Set.of("خلال", "منذ", "امس", "اليوم", "مساء", "صباح", "مؤخرا", "قبل",
            "بعد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد");
    /** How far the content may start from a cue with no source after it («قال أيضا إن»، «وقال في بيان:»). */
    static final int NEAR_GAP = 8;
    private static final Set<String> FOLLOW_ADVERBS = Set.of("ايضا", "كذلك", "بدوره", "بدورها", "بدورهم");

    VerbCues(ExtractionRun run) {
        super(run);
    }

    void verb(CueMatch c) {
        int limit = run.limitOf(c.first());
        int j = c.end();
        while (j < limit && tt.isArabic(j) && (FOLLOW_ADVERBS.contains(tt.norm(j)) || TIME_WORDS.contains(tt.norm(j))
                && j + 1 < limit && chunker.canStart(tt, j + 1, isCue) && !TIME_WORDS.contains(tt.norm(j + 1))
                && chunker.isSourceWord(tt, j + 1))) {
            j++; // «أعلن الجمعة قدامى المحاربين …»، «قال أيضا …»
        }
        int afterTime = chunker.afterTimeAdverbial(tt, j, limit);
        if (afterTime > j && chunker.forward(tt, afterTime, limit, isCue, 0).filter(run::plausible).isPresent()) {
            j = afterTime; // «وقال في وقت سابق، مكتب المدعي العام السويسري إنه …»
        }
        if (c.kind() == CueKind.NOUN && Phrases.isChannelNoun(tt, c)) {
            return;
        }
        Optional<Channel> resumptive = Phrases.resumptiveChannel(tt, lex, c);
        if (resumptive.isPresent()) {
            j++; // «… بيانا أكدت فيه أن …»: the resumptive «فيه» is neither speaker nor content
        }
        if (j < limit && ImplicitSources.relativeBefore(tt, c.first()) >= 0 && tt.isArabic(j)
                && tt.norm(j).matches("فيه|فيها") && resumptive.isEmpty()) {
            j++; // «المرة الأولى التي تعلن فيها إسرائيل …»: the subject follows the resumptive pronoun
        }
        int addressee = j;
        j = run.addresseeEnd(c, j, limit); // «وقال لأسوشيتد برس في مقابلة: …»: the speaker is not named here
        Optional<SourcePhrase> back = Optional.empty();
        int probe = c.first() > 0 && tt.isOpenQuote(c.first() - 1) ? c.first() - 1 : c.first();
        int clauseStart = Math.max(before.clauseStart(tt, probe, isCue), run.enclosingContentStart(c.first()));
        if (c.kind() == CueKind.VERB && !tt.hasConjunction(c.first()) && probe > clauseStart) {
            back = subjectBefore(c, clauseStart, resumptive.isPresent());
        } else if (c.kind() == CueKind.VERB && !tt.hasConjunction(c.first()) && probe > 0 && tt.isComma(probe - 1)) {
            back = chunker.backward(tt, probe, before.wideStart(tt, probe), isCue)
                    .filter(p -> lex.titleAt(tt, p.from()) || lex.headAt(tt, p.from()).isPresent());
        }
        if (back.isPresent() && back.get().to() - back.get().from() == 1 && tt.isArabic(back.get().from())
                && SourceTyper.isDemonstrative(tt.bare(back.get().from()))) {
            return; // «وهذا يكشف عن …»: the writer's inference from what was just said
        }
        if (back.isPresent() && isRelativeMa(back.get().to() - 1) && chunker.forward(tt, j, limit, isCue, 0, false,
                ContentScanner.governed(c.entry())).filter(run::plausible).isEmpty()) {
            return; // «…، مما يرجح أن …»: the writer's inference from an event, not a reported speaker
        }
        if (back.isPresent() && (probe == clauseStart || tt.isComma(probe - 1))) {
            for (int k = back.get().from() - 1; k >= Math.max(0, back.get().from() - 4) && tt.isWord(k); k--) {
                if (tt.isPreposition(k) || tt.isArabic(k) && tt.bare(k).equals("في")) {
                    clauseStart = k; // «في العاصمة البريطانية لندن، كشف المدرب …»: a fronted place
                    break;
                }
            }
        }
        // the phrase after the verb, read only when no subject stands before it or that subject sits in a
        // fronted prepositional phrase
        Optional<SourcePhrase> after = back.isPresent()
                && !Phrases.afterFrontedPreposition(tt, clauseStart, back.get().from()) ? Optional.empty()
                : chunker.forward(tt, j, limit, isCue, 0, false, ContentScanner.governed(c.entry()));
        if (after.isPresent() && accusativePlural(after.get().from())) {
            after = Optional.empty(); // «وحذر المتسوقين من …»: a plural in ـين after the verb is its object
        }
        if (after.isPresent() && governedProclitic(c, after.get().from())) {
            after = Optional.empty(); // «عمن وصفتهم بنشطاء المجتمع المدني»: the predicate, not the speaker
        }
        // a verb before its subject is singular: «مسؤولين أبلغوا وزير الدفاع، …» keeps the subject before it
        if (back.isPresent() && after.isEmpty() && !c.entry().allowsObject()
                && implicit.agreement(tt, c) != Agreement.PLURAL) {
            Optional<SourcePhrase> vso = chunker.forward(tt, j, limit, isCue, 0, false,
                    ContentScanner.governed(c.entry())).filter(run::plausible);
            if (vso.isPresent() && vso.get().to() < limit && (tt.isComma(vso.get().to())
                    || tt.isComplementizer(vso.get().to()) || tt.isColon(vso.get().to()))) {
                back = Optional.empty(); // «…، قال ترامب، إن …»، «المطار الآخر قال متحدث إنه …»
                after = vso;
            }
        }
        if (back.isEmpty() && after.isPresent() && order.objectAfterVerb(tt, entities, j, c)) {
            if (ImplicitSources.relativeBefore(tt, c.first()) < 0 || order.cueCarriesObjectPronoun(tt, c)) {
                return; // «اتهمتها بدعم …»، «قطر التي اتهمتها بدعم …»: the antecedent is the object, no subject
            }
            after = Optional.empty(); // «روسيا التي تنفي مسؤوليتها …»: the antecedent speaks
        }
        if (Phrases.noSourceAfter(tt, c) || j > addressee && after.filter(run::plausible).isEmpty()) {
            after = Optional.empty(); // «تصريحاته المسيئة»، «ما اعتبره تبعات …»: what follows is not the speaker
        }
        if (back.isPresent() && after.filter(run::plausible).isPresent()) {
            back = Optional.empty(); // «وبخصوص مجريات التحقيق قال السليطي …»: the subject follows the verb
        }
        Optional<SourcePhrase> np = back.isPresent() ? Optional.empty() : after;
        int rel = ImplicitSources.relativeBefore(tt, c.first());
        boolean relative = rel >= 0;
        if (np.isPresent() && relative && !run.plausible(np.get())) {
            np = Optional.empty();
            if (!Phrases.relativeAntecedentSpeaks(tt, lex, rel) && !run.actorEndsAt(rel - 1)) {
                return; // «اللقاء الذي كشف خلافات …»: a meeting reveals nothing that is reported
            }
        }
        if (np.isEmpty() && back.isEmpty() && c.kind() == CueKind.NOUN && tt.is(j, "من")) {
            np = chunker.forward(tt, j + 1, limit, isCue, 0);
        }
        if (np.isEmpty() && back.isEmpty() && c.kind() == CueKind.NOUN) {
            np = relayedBefore(c); // «ونقل عن كاهيل قوله …»: the agentless relay names the speaker before the saying
        }
        if (np.isPresent()) {
            np = Optional.of(typer.endBeforeActor(tt, np.get(), entities, ContentScanner.governed(c.entry()))
                    .orElse(np.get())); // «حذر كالين باريس من …»
        }
        boolean explicit = np.isPresent() || back.isPresent();
        Optional<Intro> intro = scanner.introducer(tt, np.map(SourcePhrase::to).orElse(j), limit, c, explicit, cueAt,
                np.isPresent() ? ContentScanner.MAX_GAP : NEAR_GAP);
        Optional<SourcePhrase> named = np.isPresent() && c.entry().allowsObject()
                ? typer.endAtName(tt, np.get(), entities) : Optional.empty();
        Optional<Intro> object = named.flatMap(p -> scanner.introducer(tt, p.to(), limit, c, true, cueAt));
        if (object.isPresent()) {
            np = named; // «أكد رئيس النادي فوزي الباشا نجاح المعسكر»: the object starts after the name
            intro = object;
        }
        if (intro.isEmpty() && np.isPresent() && c.entry().allowsObject()) {
            Optional<SourcePhrase> shorter = chunker.forward(tt, j, limit, isCue, 0, true);
            if (shorter.isPresent() && shorter.get().to() < np.get().to()) {
                Optional<Intro> obj = scanner.introducer(tt, shorter.get().to(), limit, c, true, cueAt);
                if (obj.isPresent()) {
                    np = shorter;
                    intro = obj;
                }
            }
        }
        if (intro.isEmpty() && np.isPresent()) {
            Optional<Intro> direct = scanner.introducer(tt, j, limit, c, false, cueAt, NEAR_GAP);
            if (direct.isPresent() && direct.get().mode() != Mode.OBJECT) {
                np = Optional.empty();
                intro = direct;
            }
        }
        if (intro.isEmpty()) {
            passiveNoun(c, clauseStart, np);
            return;
        }
        Mode mode = intro.get().mode();
        if (c.kind() == CueKind.NOUN && (mode == Mode.OBJECT || mode == Mode.PREPOSITION || mode == Mode.DIRECT)) {
            return;
        }
        boolean impersonal = lex.isImpersonal(tt.norm(c.first())) || lex.isImpersonal(tt.bare(c.first()));
        if (impersonal && back.isEmpty() && np.isEmpty()) {
            return;
        }
        Optional<SourcePhrase> src = back.isPresent() ? back : np;
        if ((mode == Mode.OBJECT || mode == Mode.DIRECT) && src.isPresent() && !run.plausible(src.get())) {
            return;
        }
        Draft d = new Draft(c);
        if (src.isPresent()) {
            run.setSource(d, src.get());
        } else {
            run.resolveImplicit(d);
        }
        if (run.addWithContent(d, intro.get(), limit, intro.get().channel().or(() -> resumptive).orElse(null))) {
            run.relays(d, intro.get().relays());
        }
    }

    /**
     * A definite participle in the sound plural with ـين («المتسوقين»، «المسؤولين»): accusative or genitive, so after
     * a verb it is the object, never the subject (which would be «المتسوقون»).
     */
    private boolean accusativePlural(int i) {
        String pro = tt.tok(i).proclitics();
        String b = tt.isArabic(i) && (pro.isEmpty() || pro.equals("ال")) ? tt.tok(i).base() : "";
        return b.length() >= 7 && b.startsWith("الم") && b.endsWith("ين");
    }

    /**
     * The phrase between «عن» and a saying with a pronoun («ونقل عن كاهيل قوله»، «ونُقل عن الوزير قولها»), when that
     * phrase ends right before the saying; empty otherwise.
     */
    private Optional<SourcePhrase> relayedBefore(CueMatch c) {
        String n = tt.isArabic(c.first()) ? tt.bare(c.first()) : "";
        if (!n.matches("قوله|قولها|قولهم|قولهما")) {
            return Optional.empty();
        }
        int stop = Math.max(tt.sentenceOf(c.first()).firstToken(), c.first() - 7);
        for (int k = c.first() - 2; k >= stop; k--) {
            if (tt.isArabic(k) && tt.norm(k).equals("عن")) {
                return chunker.forward(tt, k + 1, c.first(), isCue, 0).filter(p -> p.to() == c.first())
                        .filter(run::plausible);
            }
            if (!tt.isWord(k)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A word after the cue that starts with the preposition the cue governs («وصفه بـ…»), not a whole word. */
    boolean governedProclitic(CueMatch c, int i) {
        String pro = tt.tok(i).proclitics();
        String p = pro.startsWith("و+") || pro.startsWith("ف+") ? pro.substring(2) : pro;
        int start = tt.tok(i).start();
        return p.startsWith("ب") && c.entry().frames().contains("ب")
                && !org.isnad.text.CliticAnalyzer.get().isWholeWord(tt.norm(i))
                && entities.stream().flatMap(e -> e.mentions().stream()).noneMatch(m -> m.start() == start);
    }

    /** «مما»، «ما»، «وهو ما»: a relative «ما» whose antecedent is the preceding clause. */
    boolean isRelativeMa(int k) {
        return k >= 0 && tt.isArabic(k) && tt.norm(k).matches("مما|ما|بما");
    }

    Optional<SourcePhrase> subjectBefore(CueMatch c, int clauseStart, boolean resumptive) {
        int p = c.first() - 1;
        if (tt.isArabic(p) && lex.isAspectual(tt.bare(p))) {
            return Optional.empty(); // «ومضى يقول: …»: the speaker is the one already being reported
        }
        if (tt.isArabic(p) && tt.norm(p).matches("قد|وقد") && p > clauseStart) {
            Optional<SourcePhrase> aux = chunker.backward(tt, p, clauseStart, isCue);
            if (aux.isPresent()) {
                return aux;
            }
        }
        if (tt.isArabic(p) && tt.norm(p).equals("من") && (p == clauseStart || tt.isArabic(p - 1)
                && tt.norm(p - 1).matches("هناك|ثمه|وهناك"))) {
            return Optional.of(new SourcePhrase(p, p + 1, tt.span(p, p + 1)));
        }
        if (resumptive) {
            // «أصدرت اللجنة بيانا أكدت فيه …»: the speaker is the subject before the channel noun, if stated
            return chunker.backward(tt, c.first() - 1, clauseStart, isCue).filter(p2 -> typer.headClass(tt, p2) != null
                    || lex.titleAt(tt, p2.from()) || typer.type(tt, p2, entities).entity().isPresent());
        }
        Optional<SourcePhrase> b = chunker.backward(tt, c.first(), clauseStart, isCue);
        if (b.isEmpty() && clauseStart > 0 && tt.isComplementizer(clauseStart - 1) && c.first() - clauseStart <= 2
                && tt.isArabic(clauseStart) && tt.hasArticle(clauseStart) && order.allArabic(tt, clauseStart, c.first())) {
            // after «أنّ» the subject stands before its verb: «مؤكدا أن الملحقية أكدت تكفلها …»
            return Optional.of(new SourcePhrase(clauseStart, c.first(), tt.span(clauseStart, c.first())));
        }
        int kana = clauseStart;
        if (b.isEmpty() && tt.isArabic(kana) && tt.bare(kana).matches("كان|كانت|كانوا") && c.first() - kana >= 2
                && c.first() - kana <= 4 && tt.isArabic(kana + 1) && order.allArabic(tt, kana + 1, c.first())
                && order.subjectOfKana(tt, kana + 1, c)) {
            // «وكان مدنيون في الحديدة كشفوا …»: the subject of «كان» stands between it and the verb
            return Optional.of(new SourcePhrase(kana + 1, c.first(), tt.span(kana + 1, c.first())));
        }
        if (b.isEmpty()) {
            // «أخبار عديدة خلال الساعات الماضية تزعم …»: the subject stands before a time adverbial
            for (int k = c.first() - 1; k > clauseStart && k >= c.first() - 5; k--) {
                if (tt.isArabic(k) && lex.isBreak(tt.norm(k)) && !tt.isComplementizer(k)
                        && !ImplicitSources.isRelative(tt, k) && TIME_WORDS.contains(tt.norm(k))) {
                    b = chunker.backward(tt, k, clauseStart, isCue);
                    break;
                }
            }
        }
        return b;
    }

    /** «الخبر تم تكذيبه من السلطات»: a masdar with a pronoun after «تم»; the content is the subject before. */
    void passiveNoun(CueMatch c, int clauseStart, Optional<SourcePhrase> np) {
        int p = c.first() - 1;
        if (c.kind() != CueKind.NOUN || p <= clauseStart || !tt.isArabic(p) || !tt.norm(p).matches("تم|جري")
                || np.isEmpty() || !ContentScanner.endsWithObjectPronoun(tt.norm(c.first()))) {
            return;
        }
        Draft d = new Draft(c);
        run.setSource(d, np.get());
        Extent ex = scanner.trimmed(tt, clauseStart, p, false);
        if (ex.to() <= ex.from() || ex.to() - ex.from() > 8) {
            return;
        }
        run.setContent(d, ex);
        drafts.add(d);
    }
}
