package org.isnad.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.attribution.GoldRecord.Gold;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Layers;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Scores predicted attributions against gold ones after the guide's scoring. Predictions and gold items are aligned
 * one to one by overlapping cues (preferring an exact cue, then the best content overlap). Then: cue exact match after
 * normalisation; source exact (same normalised text) and overlap; content exact and token-overlap F1 ≥ 0.5; an
 * attribution is correct when cue, source overlap and content overlap all hold; source type, certainty and chain
 * (parent and continues, compared through the alignment) are accuracies over correct attributions. A gold source
 * that is null (antecedent in another paragraph) matches a prediction that leaves the source implicit and empty, or
 * names the same antecedent text. Precision divides by predictions, recall by gold items. Not thread-safe.
 */
public final class AttributionScorer {
    private int documents;
    private int gold;
    private int predicted;
    private int aligned;
    private int cue;
    private int sourceExact;
    private int sourceOverlap;
    private int contentExact;
    private int contentOverlap;
    private int correct;
    private int typeOk;
    private int certaintyOk;
    private int chainOk;
    private final List<String> errors = new ArrayList<>();

    /** Adds one document's gold and predictions; the document must carry its token layer. */
    public void add(Document doc, List<Gold> golds, List<Attribution> preds) {
        documents++;
        gold += golds.size();
        predicted += preds.size();
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<int[]> pairs = align(doc, tokens, golds, preds);
        Map<String, Integer> predToGold = new HashMap<>();
        for (int[] p : pairs) {
            predToGold.put(preds.get(p[1]).id(), golds.get(p[0]).id());
        }
        Set<Integer> matchedGold = new HashSet<>();
        Set<Integer> matchedPred = new HashSet<>();
        for (int[] p : pairs) {
            Gold g = golds.get(p[0]);
            Attribution a = preds.get(p[1]);
            matchedGold.add(p[0]);
            matchedPred.add(p[1]);
            aligned++;
            boolean cueOk = norm(doc.text(g.cue())).equals(norm(doc.text(a.cue())));
            boolean srcEx = sourceMatch(doc, g, a, true);
            boolean srcOv = sourceMatch(doc, g, a, false);
            double f1 = overlapF1(tokens, contentSpans(g), contentSpans(a));
            boolean conEx = norm(doc.text(g.content())).equals(norm(doc.text(a.content())));
            boolean conOv = f1 >= 0.5;
            cue += cueOk ? 1 : 0;
            sourceExact += srcEx ? 1 : 0;
            sourceOverlap += srcOv ? 1 : 0;
            contentExact += conEx ? 1 : 0;
            contentOverlap += conOv ? 1 : 0;
            if (cueOk && srcOv && conOv) {
                correct++;
                boolean typ = a.source().type().name().equals(g.sourceType());
                boolean cer = a.certainty().name().equals(g.certainty());
                boolean chain = same(a.parent().map(predToGold::get), g.parent())
                        && same(a.continues().map(predToGold::get), g.continues());
                typeOk += typ ? 1 : 0;
                certaintyOk += cer ? 1 : 0;
                chainOk += chain ? 1 : 0;
                if (!typ || !cer || !chain) {
                    errors.add(doc.id() + " LABEL cue=" + doc.text(a.cue()) + " type " + a.source().type() + "/" + g.sourceType()
                            + " certainty " + a.certainty() + "/" + g.certainty() + " chain " + (chain ? "ok" : "wrong"));
                }
            } else {
                errors.add(doc.id() + " PARTIAL cue=" + doc.text(a.cue()) + "/" + doc.text(g.cue())
                        + " source=" + a.source().span().map(doc::text).orElse("∅") + " / " + g.source().map(doc::text).orElse("∅")
                        + " content=" + (conOv ? "ok" : doc.text(a.content()) + " ||| " + doc.text(g.content())));
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!matchedGold.contains(i)) {
                errors.add(doc.id() + " MISSED cue=" + doc.text(golds.get(i).cue()) + " source="
                        + golds.get(i).source().map(doc::text).orElse("∅"));
            }
        }
        for (int i = 0; i < preds.size(); i++) {
            if (!matchedPred.contains(i)) {
                Attribution a = preds.get(i);
                errors.add(doc.id() + " SPURIOUS cue=" + doc.text(a.cue()) + " source="
                        + a.source().span().map(doc::text).orElse("∅") + " content=" + doc.text(a.content()));
            }
        }
    }

    private static boolean same(Optional<Integer> pred, Optional<Integer> gold) {
        return pred.equals(gold);
    }

    private List<int[]> align(Document doc, List<Token> tokens, List<Gold> golds, List<Attribution> preds) {
        List<double[]> cands = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                Gold gd = golds.get(g);
                Attribution a = preds.get(p);
                if (!gd.cue().overlaps(a.cue())) {
                    continue;
                }
                double score = (norm(doc.text(gd.cue())).equals(norm(doc.text(a.cue()))) ? 2 : 0)
                        + overlapF1(tokens, contentSpans(gd), contentSpans(a));
                cands.add(new double[] {score, g, p});
            }
        }
        cands.sort((x, y) -> Double.compare(y[0], x[0]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (double[] c : cands) {
            int g = (int) c[1];
            int p = (int) c[2];
            if (usedG.add(g)) {
                if (usedP.add(p)) {
                    out.add(new int[] {g, p});
                } else {
                    usedG.remove(g);
                }
            }
        }
        return out;
    }

    private static boolean sourceMatch(Document doc, Gold g, Attribution a, boolean exact) {
        Optional<Span> ps = a.source().span();
        if (g.source().isEmpty()) {
            if (ps.isEmpty()) {
                return a.source().implicit();
            }
            return g.antecedentText().map(t -> norm(t).equals(norm(doc.text(ps.get())))).orElse(false);
        }
        if (ps.isEmpty()) {
            return false;
        }
        Span gs = g.source().get();
        return exact ? norm(doc.text(gs)).equals(norm(doc.text(ps.get()))) : gs.overlaps(ps.get());
    }

    private static List<Span> contentSpans(Gold g) {
        List<Span> s = new ArrayList<>(g.extra());
        s.add(g.content());
        return s;
    }

    private static List<Span> contentSpans(Attribution a) {
        List<Span> s = new ArrayList<>(a.contentExtra());
        s.add(a.content());
        return s;
    }

    /** Token-overlap F1 of two span sets, counting word tokens by position. */
    static double overlapF1(List<Token> tokens, List<Span> a, List<Span> b) {
        Set<Integer> ta = tokenSet(tokens, a);
        Set<Integer> tb = tokenSet(tokens, b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (Integer i : ta) {
            if (tb.contains(i)) {
                inter++;
            }
        }
        return 2.0 * inter / (ta.size() + tb.size());
    }

    private static Set<Integer> tokenSet(List<Token> tokens, List<Span> spans) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            for (Span s : spans) {
                if (s.overlaps(t.span())) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    static String norm(String s) {
        return ArabicNormalizer.MATCHING.normalize(s).replaceAll("[\\s\\p{Punct}«»“”‘’]+", "");
    }

    private static double f1(int tp, int pred, int gold) {
        if (tp == 0) {
            return 0;
        }
        double p = (double) tp / pred;
        double r = (double) tp / gold;
        return 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The scores, keyed as in the JSON output, with the counts. */
    public Map<String, Number> scores() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("cue_f1", f1(cue, predicted, gold));
        m.put("source_exact_f1", f1(sourceExact, predicted, gold));
        m.put("source_overlap_f1", f1(sourceOverlap, predicted, gold));
        m.put("content_exact_f1", f1(contentExact, predicted, gold));
        m.put("content_overlap_f1", f1(contentOverlap, predicted, gold));
        m.put("attribution_f1", f1(correct, predicted, gold));
        m.put("source_type_accuracy", ratio(typeOk, correct));
        m.put("certainty_accuracy", ratio(certaintyOk, correct));
        m.put("chain_accuracy", ratio(chainOk, correct));
        m.put("documents", documents);
        m.put("gold", gold);
        m.put("predicted", predicted);
        m.put("aligned", aligned);
        m.put("correct", correct);
        return m;
    }

    /** One line per missed, spurious, partial or mislabelled attribution (for error analysis). */
    public List<String> errors() {
        return List.copyOf(errors);
    }
}
