package org.isnad.attribution;

import java.util.Optional;
import org.isnad.attribution.ContentScanner.Extent;
import org.isnad.attribution.ContentScanner.Intro;
import org.isnad.attribution.ContentScanner.Mode;
import org.isnad.model.Channel;
import org.isnad.model.SourceType;

/**
 * Participle, pronoun and prepositional cues of one document's {@link ExtractionRun}: a circumstantial participle
 * or a pronoun phrase takes an implicit source, a prepositional cue («بحسب»، «وفقا لـ») takes the phrase after it
 * and attaches to the attribution whose content it follows or frames. Not thread-safe: one instance per run.
 */
final class OtherCues extends CueReader {
    private final VerbCues verbs;

    OtherCues(ExtractionRun run, VerbCues verbs) {
        super(run);
        this.verbs = verbs;
    }

    void participle(CueMatch c) {
        int limit = run.limitOf(c.first());
        Optional<Intro> intro = scanner.introducer(tt, c.end(), limit, c, false, cueAt);
        if (intro.isEmpty()) {
            return;
        }
        Draft d = new Draft(c);
        run.resolveImplicit(d);
        run.addWithContent(d, intro.get(), limit, intro.get().channel().orElse(null));
    }

    void pronoun(CueMatch c) {
        int limit = run.limitOf(c.first());
        Draft d = new Draft(c);
        run.resolveImplicit(d);
        if (c.end() < limit && tt.isComplementizer(c.end())) {
            int to = scanner.clauseEnd(tt, c.end(), limit, cueAt, false);
            run.setContent(d, scanner.trimmed(tt, c.end(), to, false));
            int cs = before.clauseStart(tt, c.first(), isCue);
            if (c.first() - cs >= 1 && c.first() - cs <= 3) {
                d.extra.add(tt.span(cs, c.first()));
            }
        } else {
            Extent ex = before.content(tt, c.first(), drafts, isCue, scanner);
            if (ex.to() <= ex.from()) {
                return;
            }
            run.setContent(d, ex);
        }
        drafts.add(d);
    }

    void prepositional(CueMatch c) {
        int limit = run.limitOf(c.first());
        int at = c.kind() == CueKind.FRONT ? run.addresseeEnd(c, c.end(), limit) : c.end();
        while (at > c.end() && at < limit && tt.isComma(at)) {
            at++; // «بحسب ما أكده للإذاعة، فلان»
        }
        Optional<SourcePhrase> np = chunker.forward(tt, at, limit, isCue, c.lamInNext() && at == c.end() ? 1 : 0,
                false, c.entry().frames());
        if (np.isEmpty() || c.kind() == CueKind.PREP && (!run.plausible(np.get()) || lex.normativeAt(tt, np.get().from()))) {
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
                verbs.verb(vm);
                return;
            }
        }
        Draft d = new Draft(c);
        if (c.kind() == CueKind.FRONT && np.get().to() - np.get().from() == 1 && order.possessedThing(tt, entities, np.get().from())) {
            run.resolveImplicit(d); // «وفق ما جاء في تدخله»: the one the pronoun refers to
        } else {
            run.setSource(d, np.get());
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
        run.setContent(d, ex);
        drafts.add(d);
    }
}
