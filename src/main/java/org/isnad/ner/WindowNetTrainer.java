package org.isnad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Trains a {@link WindowNet} by minimising the sentence-level CRF negative log-likelihood ({@link Crf}) with
 * back-propagation and Adam (lazy for the sparse-feature embeddings: only rows a batch used are updated; the
 * learning rate decays linearly to a tenth over the epochs, so the last epoch does not jump around), inverted
 * dropout on the inputs and the hidden layer, sentences shuffled each epoch. Single-threaded with one seeded
 * {@link Random}, so a seed fixes the network.
 */
final class WindowNetTrainer {
    /**
     * Settings.
     *
     * @param hidden       hidden units
     * @param edim         sparse-feature embedding size
     * @param buckets      hashed sparse-feature ids (a power of two)
     * @param epochs       passes over the data
     * @param lr           Adam learning rate
     * @param dropout      dropout rate of the hidden layer
     * @param inputDropout dropout rate of each input value
     * @param batch        sentences per update
     * @param seed         random seed
     * @param window       words each side in the window
     * @param stacked      read the first pass's labels and the document context
     */
    record Options(int hidden, int edim, int buckets, int epochs, float lr, float dropout, float inputDropout,
                   int batch, long seed, int window, boolean stacked) {
        static Options defaults() {
            return new Options(150, 32, 1 << 18, 8, 2e-3f, 0.5f, 0.4f, 4, 1, 2, true);
        }
    }

    /** One training sentence: word inputs and, per token, gazetteer mask, first-pass label, context mask, gold. */
    record Example(NetFeatures.WordInput[] words, int[] gaz, int[] pass1, int[] ctx, int[] gold) {
    }

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;
    private final Options o;
    private final BioLabels labels;

    WindowNetTrainer(Options options, BioLabels labels) {
        this.o = options;
        this.labels = labels;
    }

    NetParams.Shape shape(NetFeatures f) {
        return new NetParams.Shape(f.vectors().dim(), o.edim(), o.hidden(), o.buckets(), labels.size(),
                2 * o.window() + 1, o.stacked());
    }

    /**
     * @param afterEpoch told the epoch number and a snapshot of the network after it (e.g. to score a dev set)
     */
    WindowNet train(List<Example> data, NetFeatures f, BiConsumer<Integer, WindowNet> afterEpoch) {
        NetParams.Shape shape = shape(f);
        Random rnd = new Random(o.seed());
        NetParams p = new NetParams(shape);
        p.init(rnd);
        NetParams g = new NetParams(shape);
        NetParams m = new NetParams(shape);
        NetParams v = new NetParams(shape);
        boolean[] touched = new boolean[shape.buckets()];
        int[] rows = new int[shape.buckets()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        int step = 0;
        int steps = o.epochs() * ((data.size() + o.batch() - 1) / o.batch());
        for (int epoch = 1; epoch <= o.epochs(); epoch++) {
            Collections.shuffle(order, rnd);
            double loss = 0;
            for (int b = 0; b < order.size(); b += o.batch()) {
                int nRows = 0;
                for (int k = b; k < Math.min(order.size(), b + o.batch()); k++) {
                    Example ex = data.get(order.get(k));
                    for (NetFeatures.WordInput w : ex.words()) {
                        for (int id : w.sparse()) {
                            if (!touched[id]) {
                                touched[id] = true;
                                rows[nRows++] = id;
                            }
                        }
                    }
                    loss += sentence(ex, f, p, g, rnd);
                }
                step++;
                float lr = o.lr() * (1 - 0.9f * (step - 1) / (float) Math.max(1, steps));
                adam(p, g, m, v, rows, nRows, step, lr);
                for (int r = 0; r < nRows; r++) {
                    touched[rows[r]] = false;
                }
            }
            NetParams snap = new NetParams(shape);
            snap.copyFrom(p);
            afterEpoch.accept(epoch, new WindowNet(snap, f));
        }
        p.quantizeEmbeddings();
        return new WindowNet(p, f);
    }

    /**
     * Forward and backward pass over one sentence: adds the gradient of its CRF negative log-likelihood to
     * {@code g} (embedding rows of its words only) and returns the loss. Without {@code rnd}, no dropout.
     */
    double sentence(Example ex, NetFeatures f, NetParams p, NetParams g, Random rnd) {
        NetParams.Shape s = p.shape;
        int n = ex.words().length;
        int h = s.hidden();
        int in = s.inputs();
        int l = s.labels();
        int slots = s.slots();
        int half = slots / 2;
        float keepIn = 1 - o.inputDropout();
        float keepH = 1 - o.dropout();
        float[][] x = new float[n][in];
        float[][] xMask = new float[n][];
        float[][] proj = new float[n][slots * h];
        for (int j = 0; j < n; j++) {
            f.input(ex.words()[j], p, x[j]);
            if (rnd != null && o.inputDropout() > 0) {
                xMask[j] = new float[in];
                for (int k = 0; k < in; k++) {
                    xMask[j][k] = rnd.nextFloat() < keepIn ? 1 / keepIn : 0f;
                    x[j][k] *= xMask[j][k];
                }
            }
            WindowNet.project(p, x[j], proj[j]);
        }
        float[][] a = new float[n][h];
        float[][] hid = new float[n][h];
        float[][] em = new float[n][l];
        for (int i = 0; i < n; i++) {
            System.arraycopy(p.b1, 0, a[i], 0, h);
            for (int sl = 0; sl < slots; sl++) {
                int j = i + sl - half;
                if (j < 0 || j >= n) {
                    WindowNet.add(p.pad, sl * h, a[i], h);
                } else {
                    WindowNet.add(proj[j], sl * h, a[i], h);
                    WindowNet.addContext(p, sl, ex.gaz()[j], label(ex, j), ctx(ex, j), a[i]);
                }
            }
            for (int k = 0; k < h; k++) {
                float act = Math.max(0f, a[i][k]);
                if (rnd != null && o.dropout() > 0) {
                    act = rnd.nextFloat() < keepH ? act / keepH : 0f;
                }
                hid[i][k] = act;
            }
            for (int y = 0; y < l; y++) {
                float sum = p.b2[y];
                for (int k = 0; k < h; k++) {
                    sum += p.u[y * h + k] * hid[i][k];
                }
                em[i][y] = sum;
            }
        }
        float[][] dEm = new float[n][l];
        double loss = Crf.nll(labels, em, p.trans, ex.gold(), dEm, g.trans);
        float[][] dProj = new float[n][slots * h];
        float[] da = new float[h];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(da, 0f);
            for (int y = 0; y < l; y++) {
                float d = dEm[i][y];
                if (d == 0) {
                    continue;
                }
                g.b2[y] += d;
                for (int k = 0; k < h; k++) {
                    g.u[y * h + k] += d * hid[i][k];
                    da[k] += d * p.u[y * h + k];
                }
            }
            for (int k = 0; k < h; k++) {
                // hid = relu(a) × dropout scale; its derivative is hid / relu(a) where relu(a) > 0
                da[k] = a[i][k] > 0 ? da[k] * hid[i][k] / a[i][k] : 0f;
            }
            WindowNet.add(da, 0, g.b1, h);
            for (int sl = 0; sl < slots; sl++) {
                int j = i + sl - half;
                if (j < 0 || j >= n) {
                    addAt(da, g.pad, sl * h, h);
                    continue;
                }
                addAt(da, dProj[j], sl * h, h);
                int gm = ex.gaz()[j];
                for (int bit = 0; gm != 0 && bit < NetParams.Shape.GAZ_BITS; bit++) {
                    if ((gm & (1 << bit)) != 0) {
                        addAt(da, g.gaz, (sl * NetParams.Shape.GAZ_BITS + bit) * h, h);
                    }
                }
                addAt(da, g.lab, (sl * s.pass1Labels() + label(ex, j)) * h, h);
                int cm = ctx(ex, j);
                for (int bit = 0; cm != 0 && bit < NetParams.Shape.CTX_BITS; bit++) {
                    if ((cm & (1 << bit)) != 0) {
                        addAt(da, g.ctx, (sl * NetParams.Shape.CTX_BITS + bit) * h, h);
                    }
                }
            }
        }
        float[] dx = new float[in];
        int v = s.vdim();
        int d = s.edim();
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(dx, 0f);
            float[] dp = dProj[j];
            for (int r = 0; r < slots * h; r++) {
                float gr = dp[r];
                if (gr == 0) {
                    continue;
                }
                int off = r * in;
                float[] xj = x[j];
                for (int k = 0; k < v; k++) { // pretrained vectors are fixed: no gradient for them
                    g.w[off + k] += gr * xj[k];
                }
                for (int k = v; k < in; k++) {
                    g.w[off + k] += gr * xj[k];
                    dx[k] += gr * p.w[off + k];
                }
            }
            for (int id : ex.words()[j].sparse()) {
                int off = id * d;
                for (int k = 0; k < d; k++) {
                    g.emb[off + k] += xMask[j] == null ? dx[v + k] : dx[v + k] * xMask[j][v + k];
                }
            }
        }
        return loss;
    }

    private int label(Example ex, int j) {
        return ex.pass1().length == 0 || !o.stacked() ? labels.size() : ex.pass1()[j];
    }

    private int ctx(Example ex, int j) {
        return ex.ctx().length == 0 || !o.stacked() ? 0 : ex.ctx()[j];
    }

    private static void addAt(float[] src, float[] dst, int off, int n) {
        for (int k = 0; k < n; k++) {
            dst[off + k] += src[k];
        }
    }

    /** One Adam step on every dense array and on the used embedding rows; clears the gradients it applied. */
    private static void adam(NetParams p, NetParams g, NetParams m, NetParams v, int[] rows, int nRows, int t,
                             float lr) {
        float c1 = 1 - (float) Math.pow(BETA1, t);
        float c2 = 1 - (float) Math.pow(BETA2, t);
        float[][] pa = p.all();
        float[][] ga = g.all();
        float[][] ma = m.all();
        float[][] va = v.all();
        for (int a = 1; a < pa.length; a++) {
            update(pa[a], ga[a], ma[a], va[a], 0, pa[a].length, c1, c2, lr);
        }
        int d = p.shape.edim();
        for (int r = 0; r < nRows; r++) {
            update(pa[0], ga[0], ma[0], va[0], rows[r] * d, rows[r] * d + d, c1, c2, lr);
        }
    }

    private static void update(float[] p, float[] g, float[] m, float[] v, int from, int to, float c1, float c2,
                               float lr) {
        for (int i = from; i < to; i++) {
            float gi = g[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * gi;
            v[i] = BETA2 * v[i] + (1 - BETA2) * gi * gi;
            p[i] -= lr * (m[i] / c1) / ((float) Math.sqrt(v[i] / c2) + EPS);
            g[i] = 0f;
        }
    }
}
