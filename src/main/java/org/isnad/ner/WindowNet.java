package org.isnad.ner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.text.Token;

/**
 * A window-based feed-forward tagger (after Collobert et al. 2011), optionally with a bidirectional LSTM over the
 * sentence ({@link BiLstm}): for each token, a first layer over a window of words (±2 by default) — each word's
 * pretrained vector and sparse-feature embeddings, its gazetteer hits, the first pass's label and the
 * document-context types ({@link StackContext}) — made ReLU units, or the LSTM gates' inputs when the network has
 * an LSTM — and a linear layer over the ReLU units or LSTM states giving one score
 * per BIO label; a learned label-transition matrix makes it a linear-chain CRF, decoded with BIO-constrained
 * Viterbi. The first layer is linear in each window slot, so a word type's contribution to each slot is computed
 * once and cached: a known word then costs one lookup, and a token a few vector additions. Thread-safe.
 */
final class WindowNet {
    private static final int CACHE_WORDS = 20_000;
    private final NetParams p;
    private final NetFeatures features;
    private final Map<WordScoreCache.Key, float[]> cache = new ConcurrentHashMap<>();

    WindowNet(NetParams params, NetFeatures features) {
        this.p = params;
        this.features = features;
    }

    NetParams params() {
        return p;
    }

    NetFeatures features() {
        return features;
    }

    float[] transitions() {
        return p.trans;
    }

    /** The word's first-layer contribution to each window slot ({@code slots × hidden}), cached per word type. */
    float[] projections(Token t) {
        WordScoreCache.Key k = WordScoreCache.Key.of(t);
        float[] v = cache.get(k);
        if (v != null) {
            return v;
        }
        float[] x = new float[p.shape.inputs()];
        features.input(features.word(t), p, x);
        v = new float[p.shape.slots() * p.shape.hidden()];
        project(p, x, v);
        if (cache.size() < CACHE_WORDS) {
            cache.putIfAbsent(k, v);
        }
        return v;
    }

    /** {@code out[slot × hidden + h] = Σ_k w[slot][h][k] · x[k]}. */
    static void project(NetParams p, float[] x, float[] out) {
        int h = p.shape.hidden();
        int in = p.shape.inputs();
        float[] w = p.w;
        for (int r = 0; r < p.shape.slots() * h; r++) {
            int off = r * in;
            float s = 0;
            for (int k = 0; k < in; k++) {
                s += w[off + k] * x[k];
            }
            out[r] = s;
        }
    }

    /** Adds the contextual inputs of the word in {@code slot} (gazetteer bits, first-pass label, context bits). */
    static void addContext(NetParams p, int slot, int gazMask, int label, int ctxMask, float[] a, int at) {
        int h = p.shape.hidden();
        for (int m = gazMask; m != 0; m &= m - 1) {
            add(p.gaz, (slot * NetParams.Shape.GAZ_BITS + Integer.numberOfTrailingZeros(m)) * h, a, at, h);
        }
        add(p.lab, (slot * p.shape.pass1Labels() + label) * h, a, at, h);
        for (int m = ctxMask & ((1 << NetParams.Shape.CTX_BITS) - 1); m != 0; m &= m - 1) {
            add(p.ctx, (slot * NetParams.Shape.CTX_BITS + Integer.numberOfTrailingZeros(m)) * h, a, at, h);
        }
    }

    /** {@code dst[at + k] += src[off + k]} for k < n. */
    static void add(float[] src, int off, float[] dst, int at, int n) {
        for (int k = 0; k < n; k++) {
            dst[at + k] += src[off + k];
        }
    }

    /**
     * Label scores for each token of a sentence.
     *
     * @param pass1 first-pass labels, or an empty array for none
     * @param ctx   document-context type masks, or an empty array for none
     */
    float[][] emissions(List<Token> sent, int[] gaz, int[] pass1, int[] ctx) {
        int n = sent.size();
        float[][] proj = new float[n][];
        for (int i = 0; i < n; i++) {
            proj[i] = projections(sent.get(i));
        }
        if (!p.shape.stacked()) {
            pass1 = new int[0];
            ctx = new int[0];
        }
        int h = p.shape.hidden();
        float[] a = new float[n * h];
        firstLayer(p, proj, gaz, pass1, ctx, a);
        float[] hid = a;
        if (p.shape.lstm() > 0) {
            int u = p.shape.lstm();
            hid = new float[n * 2 * u];
            BiLstm.forward(p, a, n, new float[n * 8 * u], new float[n * 2 * u], hid);
        } else {
            for (int k = 0; k < a.length; k++) {
                a[k] = a[k] > 0 ? a[k] : 0f;
            }
        }
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new float[p.shape.labels()];
            output(p, hid, i, out[i]);
        }
        return out;
    }

    /**
     * The first layer's values before any non-linearity, {@code n × hidden}: bias, each window slot's cached
     * projection of its word (or the edge vector), and the slot's contextual inputs.
     *
     * @param pass1 first-pass labels, or an empty array for "no first pass"
     * @param ctx   document-context masks, or an empty array for none
     */
    static void firstLayer(NetParams p, float[][] proj, int[] gaz, int[] pass1, int[] ctx, float[] a) {
        int n = proj.length;
        int h = p.shape.hidden();
        int l = p.shape.labels();
        int slots = p.shape.slots();
        int half = slots / 2;
        for (int i = 0; i < n; i++) {
            System.arraycopy(p.b1, 0, a, i * h, h);
            for (int s = 0; s < slots; s++) {
                int j = i + s - half;
                if (j < 0 || j >= n) {
                    add(p.pad, s * h, a, i * h, h);
                } else {
                    add(proj[j], s * h, a, i * h, h);
                    addContext(p, s, gaz[j], pass1.length == 0 ? l : pass1[j], ctx.length == 0 ? 0 : ctx[j], a,
                            i * h);
                }
            }
        }
    }

    /** {@code out[y] = b2[y] + Σ_k u[y][k] · hid[i × outputs + k]}. */
    static void output(NetParams p, float[] hid, int i, float[] out) {
        int m = p.shape.outputs();
        int off = i * m;
        float[] u = p.u;
        for (int y = 0; y < out.length; y++) {
            float sum = 0;
            int row = y * m;
            for (int k = 0; k < m; k++) {
                sum += u[row + k] * hid[off + k];
            }
            out[y] = sum + p.b2[y];
        }
    }
}
