package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * The trivial baseline the extractor is compared with: every trigger word (and every title head for ROLE/LEADS)
 * makes a relation of its type whose arguments are the nearest mentions to its left and right (mentions read by
 * a greedy left-to-right scan of {@link MentionReader}); the claim rule is the same as the extractor's.
 */
public final class TriggerBaseline {
    private final RelationLexicon lex = RelationLexicon.get();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public List<Relation> extract(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS).isEmpty() ? tokenizer.tokenize(doc.text()) : doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES).isEmpty() ? splitter.split(doc.text(), tokens)
                : doc.get(Layers.SENTENCES);
        List<Relation> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Sent s = new Sent(doc, tokens, sentence.firstToken(), sentence.endToken(), doc.get(Layers.ENTITIES), lex);
            MentionReader r = new MentionReader(s);
            List<Mention> mentions = scan(s, r);
            for (int i = s.first; i < s.end; i++) {
                String type;
                String[] roles;
                int te;
                Optional<PhraseTable.Match<Trigger>> m = s.triggerAt(i);
                Optional<PhraseTable.Match<String>> title = lex.titles.match(tokens, i, s.end);
                if (m.isPresent()) {
                    type = m.get().value().type();
                    te = i + m.get().length();
                    roles = roles(type);
                } else if (title.isPresent()) {
                    te = i + title.get().length();
                    type = title.get().value().equals("LEADER") ? "LEADS" : "ROLE";
                    roles = type.equals("LEADS") ? new String[] {"", "group", "leader"} : new String[] {"", "person"};
                } else {
                    continue;
                }
                Span trig = s.span(i, te);
                List<Argument> args = new ArrayList<>();
                Span ev = trig;
                if (type.equals("ROLE")) {
                    args.add(new Argument("title", Optional.empty(), doc.text(trig), Optional.of(trig)));
                }
                Optional<Mention> left = nearest(mentions, i, te, true, 0);
                if (!roles[0].isEmpty() && left.isPresent()) {
                    args.add(arg(doc, roles[0], left.get()));
                    ev = ev.cover(left.get().span());
                }
                for (int k = 1; k < roles.length; k++) {
                    Optional<Mention> right = nearest(mentions, i, te, false, k - 1);
                    if (right.isPresent()) {
                        args.add(arg(doc, roles[k], right.get()));
                        ev = ev.cover(right.get().span());
                    }
                }
                if (args.size() < 2) {
                    continue;
                }
                Optional<Claim> claim = ClaimLinker.claimFor(doc.get(Layers.CLAIMS), ev);
                if (claim.isPresent()) {
                    out.add(new Relation("r" + (out.size() + 1), type, args, Map.of("pattern", "baseline"), ev,
                            claim.get().id(), 0.5));
                }
                i = te - 1;
            }
        }
        return out;
    }

    private static String[] roles(String type) {
        return switch (type) {
            case "MEETING" -> new String[] {"participant", "participant"};
            case "AGREEMENT" -> new String[] {"party", "party"};
            case "ADVICE" -> new String[] {"party", "target"};
            case "FUNDING", "SUPPORT" -> new String[] {"funder", "recipient"};
            case "DESIGNATION" -> new String[] {"target", "label"};
            case "PART_OF" -> new String[] {"child", "parent"};
            case "LEADS" -> new String[] {"leader", "group"};
            default -> new String[] {"", ""};
        };
    }

    private static Argument arg(Document doc, String role, Mention m) {
        return new Argument(role, m.entity(), doc.text(m.span()), Optional.of(m.span()));
    }

    private static List<Mention> scan(Sent s, MentionReader r) {
        List<Mention> out = new ArrayList<>();
        for (int i = s.first; i < s.end; ) {
            Optional<Mention> m = s.triggerAt(i).isPresent() ? Optional.empty() : r.any(i, true);
            if (m.isPresent() && m.get().to() > i) {
                out.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The k-th nearest mention to the left (ending before i) or to the right (starting at or after te). */
    private static Optional<Mention> nearest(List<Mention> ms, int i, int te, boolean left, int k) {
        List<Mention> side = new ArrayList<>();
        for (Mention m : ms) {
            if (left ? m.to() <= i : m.from() >= te) {
                side.add(m);
            }
        }
        if (left) {
            java.util.Collections.reverse(side);
        }
        return k < side.size() ? Optional.of(side.get(k)) : Optional.empty();
    }
}
