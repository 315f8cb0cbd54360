package org.isnad.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.model.Argument;
import org.isnad.model.Relation;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Scores system relations against gold. A system relation matches a gold relation of the same type when every
 * core role of the type that the gold relation fills ({@link RelationTypes#coreRoles}) is matched by a system
 * argument of that role; MEETING and AGREEMENT need min(2, gold count) of their participants/parties matched.
 * Two surfaces match when their word sets (folded, proclitics and article removed, punctuation dropped) overlap
 * with F1 ≥ 0.5; «@outlet» matches a labeller without span. Matching is one-to-one, greedy in gold order.
 * Non-core roles (org, country, place, time, content, labeller …) are counted separately on matched pairs.
 */
public final class RelationScorer {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** Counts per type (and "ALL"). */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;
        public int argTotal;
        public int argCorrect;

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Counts> counts = new TreeMap<>();

    public Map<String, Counts> counts() {
        return counts;
    }

    public Counts total() {
        Counts all = new Counts();
        counts.values().forEach(c -> {
            all.tp += c.tp;
            all.fp += c.fp;
            all.fn += c.fn;
            all.argTotal += c.argTotal;
            all.argCorrect += c.argCorrect;
        });
        return all;
    }

    /** Adds one paragraph's gold and system relations. */
    public void add(List<RelationGold.Rel> gold, List<Relation> system) {
        boolean[] used = new boolean[system.size()];
        for (RelationGold.Rel g : gold) {
            Counts c = counts.computeIfAbsent(g.type(), k -> new Counts());
            int hit = -1;
            for (int i = 0; i < system.size() && hit < 0; i++) {
                if (!used[i] && matches(g, system.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                c.fn++;
                continue;
            }
            used[hit] = true;
            c.tp++;
            for (RelationGold.Arg a : g.arguments()) {
                if (!RelationTypes.coreRoles(g.type()).contains(a.role())) {
                    c.argTotal++;
                    if (system.get(hit).arguments().stream().anyMatch(s -> argMatches(a, s))) {
                        c.argCorrect++;
                    }
                }
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                counts.computeIfAbsent(system.get(i).type(), k -> new Counts()).fp++;
            }
        }
    }

    static boolean matches(RelationGold.Rel g, Relation s) {
        if (!g.type().equals(s.type())) {
            return false;
        }
        boolean any = false;
        for (String role : RelationTypes.coreRoles(g.type())) {
            List<RelationGold.Arg> ga = g.arguments().stream().filter(a -> a.role().equals(role)).toList();
            if (ga.isEmpty()) {
                continue;
            }
            any = true;
            long matched = ga.stream().filter(a -> s.arguments().stream().anyMatch(x -> argMatches(a, x))).count();
            long need = role.equals("participant") || role.equals("party") ? Math.min(2, ga.size()) : ga.size();
            if (matched < need) {
                return false;
            }
        }
        return any;
    }

    static boolean argMatches(RelationGold.Arg g, Argument s) {
        if (!g.role().equals(s.role())) {
            return false;
        }
        if (g.text().equals("@outlet")) {
            return s.span().isEmpty();
        }
        return overlapF1(g.text(), s.text()) >= 0.5;
    }

    /** Word-set F1 of two surfaces after folding, clitic and article removal. */
    public static double overlapF1(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        if (common.isEmpty()) {
            return 0;
        }
        double p = common.size() / (double) y.size();
        double r = common.size() / (double) x.size();
        return 2 * p * r / (p + r);
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        List<Token> toks = new ArrayList<>(TOKENIZER.tokenize(s));
        for (Token t : toks) {
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            String k = Keys.stripArticle(t.base());
            if (k.length() > 3 && (k.endsWith("ا") || k.endsWith("ه"))) {
                k = k.substring(0, k.length() - 1);
            }
            out.add(k);
        }
        return out;
    }
}
