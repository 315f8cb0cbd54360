package org.isnad.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.ContentScanner.Extent;
import org.isnad.attribution.ContentScanner.Intro;
import org.isnad.attribution.ContentScanner.Mode;
import org.isnad.attribution.ContentScanner.Relay;
import org.isnad.model.Channel;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.SourceType;

/**
 * Builds attribution drafts from cues: for each cue it finds the source (verb-first, subject-first, after a
 * preposition, or implicit), the content and the channel, and records relaying sources met on the way. Chains,
 * continuations and certainty are settled afterwards by {@link ChainLinker} and {@link CertaintyRules}.
 * Thread-safe: all per-document state lives in the {@link Run}.
 */
final class AttributionExtractor {
    private static final Set<String> TIME_WORDS = Set.of("خلال", "منذ", "امس", "اليوم", "مساء", "صباح", "مؤخرا", "قبل",
            "بعد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد");
    /** How far the content may start from a cue with no source after it («قال أيضا إن»، «وقال في بيان:»). */
    static final int NEAR_GAP = 8;
    private static final Set<String> FOLLOW_ADVERBS = Set.of("ايضا", "كذلك", "بدوره", "بدورها", "بدورهم");
    private final CueFinder finder;
    private final SourceLexicon lex;
    private final SourceChunker chunker;
    private final SourceTyper typer;
    private final ContentScanner scanner;
    private final ImplicitSources implicit;
    private final Before before;
    private final WordOrder order;

    AttributionExtractor(CueLexicon cues, SourceLexicon lex) {
        this.finder = new CueFinder(cues);
        this.lex = lex;
        this.chunker = new SourceChunker(lex);
        this.typer = new SourceTyper(lex, chunker);
        this.order = new WordOrder(lex, typer);
        this.scanner = new ContentScanner(lex, chunker);
        this.implicit = new ImplicitSources(cues, lex, chunker);
        this.before = new Before(lex);
    }

    /** The drafts of one document, in cue order. */
    List<Draft> extract(TokenText tt, List<Entity> entities) {
        return new Run(tt, entities).go();
    }

    /** One document's extraction. */
    private final class Run {
        final TokenText tt;
        final List<Entity> entities;
        final CueMatch[] cueAt;
        final boolean[] isCue;
        final List<Draft> drafts = new ArrayList<>();
        final Set<CueMatch> consumed = new java.util.HashSet<>();

        Run(TokenText tt, List<Entity> entities) {
            this.tt = tt;
            this.entities = entities;
            this.cueAt = new CueMatch[tt.size()];
            List<CueMatch> cues = finder.find(tt);
            for (CueMatch c : cues) {
                for (int i = c.first(); i < c.end() && i < tt.size(); i++) {
                    cueAt[i] = c;
                }
            }
            this.isCue = ContentScanner.flags(cueAt);
        }

        List<Draft> go() {
            CueMatch last = null;
            for (int i = 0; i < tt.size(); i++) {
                CueMatch c = cueAt[i];
                if (c == null || c == last || consumed.contains(c)) {
                    continue;
                }
                last = c;
                if (before.isTitleLine(tt, c.first())) {
                    continue; // titles and headlines are not attributions
                }
                switch (c.kind()) {
                    case VERB, NOUN -> verb(c);
                    case PARTICIPLE -> participle(c);
                    case PREP, FRONT -> prepositional(c);
                    case PRONOUN -> pronoun(c);
                    default -> { }
                }
            }
            drafts.sort(Comparator.comparingInt((Draft d) -> d.cueSpan.start()).thenComparingInt(d -> d.content.start()));
            return drafts;
        }

        int limitOf(int i) {
            return tt.sentenceOf(i).endToken();
        }

        void verb(CueMatch c) {
            int limit = limitOf(c.first());
            int j = c.end();
            while (j < limit && tt.isArabic(j) && (FOLLOW_ADVERBS.contains(tt.norm(j)) || TIME_WORDS.contains(tt.norm(j))
                    && j + 1 < limit && chunker.canStart(tt, j + 1, isCue) && !TIME_WORDS.contains(tt.norm(j + 1))
                    && chunker.isSourceWord(tt, j + 1))) {
                j++; // «أعلن الجمعة قدامى المحاربين …»، «قال أيضا …»
            }
            int afterTime = chunker.afterTimeAdverbial(tt, j, limit);
            if (afterTime > j && chunker.forward(tt, afterTime, limit, isCue, 0).filter(this::plausible).isPresent()) {
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
            j = addresseeEnd(c, j, limit); // «وقال لأسوشيتد برس في مقابلة: …»: the speaker is not named here
            Optional<SourcePhrase> back = Optional.empty();
            int probe = c.first() > 0 && tt.isOpenQuote(c.first() - 1) ? c.first() - 1 : c.first();
            int clauseStart = Math.max(before.clauseStart(tt, probe, isCue), enclosingContentStart(c.first()));
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
                    ContentScanner.governed(c.entry())).filter(this::plausible).isEmpty()) {
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
            if (after.isPresent() && governedProclitic(c, after.get().from())) {
                after = Optional.empty(); // «عمن وصفتهم بنشطاء المجتمع المدني»: the predicate, not the speaker
            }
            // a verb before its subject is singular: «مسؤولين أبلغوا وزير الدفاع، …» keeps the subject before it
            if (back.isPresent() && after.isEmpty() && !c.entry().allowsObject()
                    && implicit.agreement(tt, c) != Agreement.PLURAL) {
                Optional<SourcePhrase> vso = chunker.forward(tt, j, limit, isCue, 0, false,
                        ContentScanner.governed(c.entry())).filter(this::plausible);
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
            if (Phrases.noSourceAfter(tt, c) || j > addressee && after.filter(this::plausible).isEmpty()) {
                after = Optional.empty(); // «تصريحاته المسيئة»، «ما اعتبره تبعات …»: what follows is not the speaker
            }
            if (back.isPresent() && after.filter(this::plausible).isPresent()) {
                back = Optional.empty(); // «وبخصوص مجريات التحقيق قال السليطي …»: the subject follows the verb
            }
            Optional<SourcePhrase> np = back.isPresent() ? Optional.empty() : after;
            int rel = ImplicitSources.relativeBefore(tt, c.first());
            boolean relative = rel >= 0;
            if (np.isPresent() && relative && !plausible(np.get())) {
                np = Optional.empty();
                if (!Phrases.relativeAntecedentSpeaks(tt, lex, rel) && !actorEndsAt(rel - 1)) {
                    return; // «اللقاء الذي كشف خلافات …»: a meeting reveals nothing that is reported
                }
            }
            if (np.isEmpty() && back.isEmpty() && c.kind() == CueKind.NOUN && tt.is(j, "من")) {
                np = chunker.forward(tt, j + 1, limit, isCue, 0);
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
            if ((mode == Mode.OBJECT || mode == Mode.DIRECT) && src.isPresent() && !plausible(src.get())) {
                return;
            }
            Draft d = new Draft(c);
            if (src.isPresent()) {
                setSource(d, src.get());
            } else {
                implicit.resolve(tt, d, drafts, isCue);
                retype(d);
            }
            Extent ex = scanner.extent(tt, intro.get(), limit, cueAt);
            if (ex.to() <= ex.from()) {
                return;
            }
            setContent(d, ex);
            d.channel = intro.get().channel().or(() -> resumptive).orElse(null);
            drafts.add(d);
            relays(d, intro.get().relays());
        }

        /**
         * The token after an addressee that directly follows a verb or fronted cue («قال لرويترز»، «قالت لـ"سكاي نيوز"»، «بحسب ما أكده للإذاعة»), or
         * {@code j} when there is none. A cue that governs the preposition («أشار لـ») has no addressee.
         */
        int addresseeEnd(CueMatch c, int j, int limit) {
            if (c.kind() != CueKind.VERB && c.kind() != CueKind.FRONT || j >= limit || !tt.isArabic(j)
                    || c.entry().frames().contains("الي")) {
                return j;
            }
            if (isPronounAddressee(j)) {
                return j + 1;
            }
            boolean bareLam = tt.norm(j).equals("ل");
            String pro = tt.tok(j).proclitics();
            if (!bareLam && !pro.startsWith("ل")) {
                return j;
            }
            int from = bareLam ? j + 1 : j;
            Optional<SourcePhrase> np = chunker.forward(tt, from, limit, isCue, bareLam ? 0 : 1);
            if (np.isEmpty()) {
                return j;
            }
            // a joined «ل» is a preposition before the article or an outlet («للصحفيين»، «لرويترز»، «لوكالة …»);
            // before other words it may begin a name («وقالت لوبان …»)
            SourceLexicon.HeadClass h = typer.headClass(tt, np.get());
            boolean outlet = h == SourceLexicon.HeadClass.MEDIA || h == SourceLexicon.HeadClass.PLATFORM
                    || h == SourceLexicon.HeadClass.SOCIAL;
            if (!bareLam && !pro.contains("ال") && !outlet) {
                return j;
            }
            int end = np.get().to();
            for (int k = end; k < Math.min(limit, end + 3); k++) {
                if (tt.isComma(k)) {
                    return k; // the rest of an outlet's name before a comma: «للجوهرة أف أم، فلان»
                }
                if (!tt.isWord(k) || isCue[k] || tt.isComplementizer(k)) {
                    break;
                }
            }
            return end;
        }

        /**
         * The first token of the content of an earlier attribution that holds token i («قالت العالمة "أعتقد أن …"»:
         * the speaker of «أعتقد» is not looked for before the quote), or -1.
         */
        int enclosingContentStart(int i) {
            int from = -1;
            for (Draft d : drafts) {
                if (d.content != null && d.contentFrom <= i && i < d.contentTo) {
                    from = Math.max(from, d.contentFrom);
                }
            }
            return from;
        }

        /** True when token k (or the one before a comma at k) ends a mention of a person, organisation or state. */
        boolean actorEndsAt(int k) {
            if (k >= 0 && tt.isComma(k)) {
                k--;
            }
            if (k < 0) {
                return false;
            }
            int end = tt.tok(k).end();
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG || e.type() == EntityType.GPE) {
                    for (org.isnad.doc.Span m : e.mentions()) {
                        if (m.end() == end) {
                            return true;
                        }
                    }
                }
            }
            return false;
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

        /** «قال لها»، «قالوا لنا»: a pronoun addressee. */
        boolean isPronounAddressee(int j) {
            return tt.isArabic(j) && tt.norm(j).matches("ل(ه|ها|هم|هما|نا|ي|كم)");
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
            setSource(d, np.get());
            Extent ex = scanner.trimmed(tt, clauseStart, p, false);
            if (ex.to() <= ex.from() || ex.to() - ex.from() > 8) {
                return;
            }
            setContent(d, ex);
            drafts.add(d);
        }

        void participle(CueMatch c) {
            int limit = limitOf(c.first());
            Optional<Intro> intro = scanner.introducer(tt, c.end(), limit, c, false, cueAt);
            if (intro.isEmpty()) {
                return;
            }
            Draft d = new Draft(c);
            implicit.resolve(tt, d, drafts, isCue);
            retype(d);
            Extent ex = scanner.extent(tt, intro.get(), limit, cueAt);
            if (ex.to() <= ex.from()) {
                return;
            }
            setContent(d, ex);
            d.channel = intro.get().channel().orElse(null);
            drafts.add(d);
        }

        void pronoun(CueMatch c) {
            int limit = limitOf(c.first());
            Draft d = new Draft(c);
            implicit.resolve(tt, d, drafts, isCue);
            retype(d);
            if (c.end() < limit && tt.isComplementizer(c.end())) {
                int to = scanner.clauseEnd(tt, c.end(), limit, cueAt, false);
                setContent(d, scanner.trimmed(tt, c.end(), to, false));
                int cs = before.clauseStart(tt, c.first(), isCue);
                if (c.first() - cs >= 1 && c.first() - cs <= 3) {
                    d.extra.add(tt.span(cs, c.first()));
                }
            } else {
                Extent ex = before.content(tt, c.first(), drafts, isCue, scanner);
                if (ex.to() <= ex.from()) {
                    return;
                }
                setContent(d, ex);
            }
            drafts.add(d);
        }

        void prepositional(CueMatch c) {
            int limit = limitOf(c.first());
            int at = c.kind() == CueKind.FRONT ? addresseeEnd(c, c.end(), limit) : c.end();
            while (at > c.end() && at < limit && tt.isComma(at)) {
                at++; // «بحسب ما أكده للإذاعة، فلان»
            }
            Optional<SourcePhrase> np = chunker.forward(tt, at, limit, isCue, c.lamInNext() && at == c.end() ? 1 : 0,
                    false, c.entry().frames());
            if (np.isEmpty() || c.kind() == CueKind.PREP && (!plausible(np.get()) || lex.normativeAt(tt, np.get().from()))) {
                return;
            }
            if (c.kind() == CueKind.PREP && np.get().to() - np.get().from() == 1
                    && order.possessedThing(tt, entities, np.get().from())) {
                return; // «بحسب قربها من وسط المدينة»: "according to its distance", no source
            }
            if (c.kind() == CueKind.FRONT) {
                Optional<Intro> after = scanner.introducer(tt, np.get().to(), limit, c, true, cueAt);
                boolean additive = c.verb() > c.first() && tt.isArabic(c.first()) && tt.bare(c.first()).matches("كما|مثلما");
                if (additive && after.isPresent() && after.get().mode() != Mode.OBJECT && after.get().mode() != Mode.DIRECT
                        && c.verb() == c.end() - 1) {
                    int v = c.verb();
                    CueMatch vm = new CueMatch(c.entry(), CueKind.VERB, v, v + 1,
                            new org.isnad.doc.Span(tt.startWithoutConjunction(v), tt.tok(v).end()), -1, false);
                    verb(vm);
                    return;
                }
            }
            Draft d = new Draft(c);
            if (c.kind() == CueKind.FRONT && np.get().to() - np.get().from() == 1 && order.possessedThing(tt, entities, np.get().from())) {
                implicit.resolve(tt, d, drafts, isCue); // «وفق ما جاء في تدخله»: the one the pronoun refers to
                retype(d);
            } else {
                setSource(d, np.get());
            }
            int k = np.get().to();
            Optional<SourceLexicon.MultiWord<Channel>> ch = k < limit ? scanner.channelAt(tt, k) : Optional.empty();
            d.channel = ch.map(SourceLexicon.MultiWord::value).orElse(null);
            Draft host = before.host(tt, c, drafts);
            if (host != null) {
                d.content = host.content;
                d.contentFrom = host.contentFrom;
                d.contentTo = host.contentTo;
                if (d.type == SourceType.MEDIA && host.parent == null) {
                    host.parent = d;
                } else {
                    d.parent = host;
                }
                drafts.add(d);
                return;
            }
            boolean atStart = before.onlyAdverbialBefore(tt, c.first());
            Extent ex;
            if (atStart) {
                int s = k;
                if (s < limit && ImplicitSources.isRelative(tt, s)) {
                    while (s < limit && !tt.isComma(s) && !tt.isComplementizer(s)) {
                        s++; // «بحسب الوثائق التي نشرها المركز، فإن …»
                    }
                }
                while (s < limit && (tt.isComma(s) || tt.isPunct(s) && !tt.isOpenQuote(s))) {
                    s++;
                }
                ex = scanner.trimmed(tt, s, scanner.clauseEnd(tt, s, limit, cueAt, false), false);
            } else {
                ex = before.content(tt, c.first(), drafts, isCue, scanner);
            }
            if (ex.to() <= ex.from()) {
                return;
            }
            setContent(d, ex);
            drafts.add(d);
        }

        void relays(Draft d, List<Relay> relays) {
            for (Relay r : relays) {
                if (r.cue().kind() == CueKind.RELAYED && tt.hasArticle(r.source().from()) && !plausible(r.source())) {
                    continue; // «تناقلته المواقع عن العثور على …»: «عن» introduces a topic, not a speaker
                }
                consumed.add(r.cue());
                if (r.cue().kind() == CueKind.PREP) {
                    for (int k = r.source().to(); k < d.contentFrom && k < cueAt.length; k++) {
                        if (cueAt[k] != null && cueAt[k].kind() == CueKind.NOUN) {
                            consumed.add(cueAt[k]); // «على لسان فلان قوله: …»: one saying, already relayed
                        }
                    }
                }
                Draft x = new Draft(r.cue());
                setSource(x, r.source());
                x.content = d.content;
                x.contentFrom = d.contentFrom;
                x.contentTo = d.contentTo;
                if (r.isChild()) {
                    x.parent = d;
                } else if (d.parent == null) {
                    d.parent = x;
                }
                drafts.add(x);
            }
        }

        boolean plausible(SourcePhrase p) {
            int i = p.from();
            if (SourceTyper.startsWithDemonstrative(tt, p)) {
                return plausible(SourceTyper.afterDemonstrative(tt, p)); // «وبحسب هؤلاء الباحثين …»
            }
            if (!tt.isArabic(i)) {
                return tt.isWord(i) && typer.type(tt, p, entities).entity().isPresent();
            }
            SourcePhrase head = new SourcePhrase(p.from(), p.from() + 1, new org.isnad.doc.Span(p.span().start(),
                    tt.tok(p.from()).end()));
            return typer.headClass(tt, p) != null || lex.titleAt(tt, i) || lex.nameAt(tt, i)
                    || typer.type(tt, head, entities).entity().isPresent() || order.namedFrom(p, entities)
                    || typer.bareName(tt, p) && !prepositionAttached(i);
        }

        /** «باعتقال»، «لتحقيق»: a word with a preposition joined to it, unless it is a whole word («باريس»). */
        boolean prepositionAttached(int i) {
            String pro = tt.tok(i).proclitics();
            return (pro.startsWith("ب") || pro.startsWith("ل") || pro.startsWith("ك") || pro.matches("[وف]\\+[بلك].*"))
                    && !org.isnad.text.CliticAnalyzer.get().isWholeWord(tt.norm(i));
        }

        void setSource(Draft d, SourcePhrase p) {
            d.sourcePhrase = p;
            d.source = Optional.of(p.span());
            d.implicit = false;
            retype(d);
        }

        void retype(Draft d) {
            if (d.sourcePhrase == null) {
                return;
            }
            SourceTyper.Typed t = typer.type(tt, d.sourcePhrase, entities);
            d.type = t.type();
            d.entity = t.entity();
            int from = d.sourcePhrase.from();
            if (d.type == SourceType.UNNAMED_OFFICIAL && tt.hasArticle(from) && lex.titleAt(tt, from)
                    && d.sourcePhrase.to() - from <= 2
                    && !(from + 1 < tt.size() && tt.isArabic(from + 1) && tt.norm(from + 1).startsWith("باسم"))
                    && drafts.stream().anyMatch(e -> e.type == SourceType.NAMED_PERSON && e.hasExplicitSource())) {
                d.type = SourceType.NAMED_PERSON; // a definite description of a person named earlier
            }
            if (d.type != SourceType.NAMED_PERSON && d.sourcePhrase.to() - from == 1 && surnameOfNamedPerson(from)) {
                d.type = SourceType.NAMED_PERSON; // «وقالت ساندرز» after «المتحدثة …، سارا ساندرز»
            }
        }

        /** True when the word at {@code i} ends the source of an earlier attribution to a named person. */
        boolean surnameOfNamedPerson(int i) {
            String w = tt.norm(i);
            return tt.isArabic(i) && !tt.hasArticle(i) && drafts.stream().anyMatch(e -> e.hasExplicitSource()
                    && e.type == SourceType.NAMED_PERSON && e.sourcePhrase != null && e.sourcePhrase.to() - 1 != i
                    && e.sourcePhrase.to() - e.sourcePhrase.from() > 1 && tt.norm(e.sourcePhrase.to() - 1).equals(w));
        }

        void setContent(Draft d, Extent ex) {
            d.contentFrom = ex.from();
            d.contentTo = ex.to();
            d.content = ex.span();
        }
    }
}
