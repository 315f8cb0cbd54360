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
     * @param lstm         units per direction of a bidirectional LSTM after the first layer (0 = none; with one,
     *                     {@code hidden} is ignored and the dropout applies to the LSTM states)
     */
    record Options(int hidden, int edim, int buckets, int epochs, float lr, float dropout, float inputDropout,
                   int batch, long seed, int window, boolean stacked, int lstm) {
        static Options defaults() {
            return new Options(150, 32, 1 << 18, 8, 2e-3f, 0.5f, 0.4f, 4, 1, 2, true, 0);
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
        return new NetParams.Shape(f.vectors().dim(), o.edim(), o.lstm() > 0 ? 8 * o.lstm() : o.hidden(),
                o.buckets(), labels.size(), 2 * o.window() + 1, o.stacked(), o.lstm());
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
        float keepIn = 1 - o.inputDropout();
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
        int[] pass1 = new int[n];
        int[] ctx = new int[n];
        for (int j = 0; j < n; j++) {
            pass1[j] = label(ex, j);
            ctx[j] = ctx(ex, j);
        }
        float[] a = new float[n * h];
        WindowNet.firstLayer(p, proj, ex.gaz(), pass1, ctx, a);
        Head head = new Head(p, n, a, rnd);
        float[][] em = new float[n][l];
        for (int i = 0; i < n; i++) {
            WindowNet.output(p, head.hid, i, em[i]);
        }
        float[][] dEm = new float[n][l];
        double loss = Crf.nll(labels, em, p.trans, ex.gold(), dEm, g.trans);
        float[] da = head.backward(dEm, g);
        float[][] dProj = new float[n][slots * h];
        firstLayerBackward(p, g, ex.gaz(), pass1, ctx, da, dProj);
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

    /**
     * What lies between the first layer and the output layer, with its dropout: ReLU units, or a bidirectional
     * LSTM whose states feed the output layer.
     */
    private final class Head {
        private final NetParams p;
        private final int n;
        private final float[] a;
        private final float[] hid;
        private final float[] mask; // d hid / d activation: 0, or the dropout scale (0 for a ReLU at or below 0)
        private float[] gates;
        private float[] cells;
        private float[] states;

        Head(NetParams p, int n, float[] a, Random rnd) {
            this.p = p;
            this.n = n;
            this.a = a;
            int u = p.shape.lstm();
            if (u > 0) {
                gates = new float[n * 8 * u];
                cells = new float[n * 2 * u];
                states = new float[n * 2 * u];
                BiLstm.forward(p, a, n, gates, cells, states);
                hid = states.clone();
                mask = new float[hid.length];
                java.util.Arrays.fill(mask, 1f);
            } else {
                hid = new float[a.length];
                mask = new float[a.length];
                for (int k = 0; k < a.length; k++) {
                    hid[k] = Math.max(0f, a[k]);
                    mask[k] = a[k] > 0 ? 1f : 0f;
                }
            }
            float keep = 1 - o.dropout();
            if (rnd != null && o.dropout() > 0) {
                for (int k = 0; k < hid.length; k++) {
                    float scale = rnd.nextFloat() < keep ? 1 / keep : 0f;
                    hid[k] *= scale;
                    mask[k] *= scale;
                }
            }
        }

        /** Adds the output layer's gradient to {@code g} and returns the first layer's ({@code n × hidden}). */
        float[] backward(float[][] dEm, NetParams g) {
            int m = p.shape.outputs();
            int l = p.shape.labels();
            float[] dHid = new float[n * m];
            for (int i = 0; i < n; i++) {
                for (int y = 0; y < l; y++) {
                    float d = dEm[i][y];
                    if (d == 0) {
                        continue;
                    }
                    g.b2[y] += d;
                    for (int k = 0; k < m; k++) {
                        g.u[y * m + k] += d * hid[i * m + k];
                        dHid[i * m + k] += d * p.u[y * m + k];
                    }
                }
            }
            for (int k = 0; k < dHid.length; k++) {
                dHid[k] *= mask[k];
            }
            if (p.shape.lstm() == 0) {
                return dHid;
            }
            float[] da = new float[a.length];
            BiLstm.backward(p, n, gates, cells, states, dHid, g.rec, da, new float[2 * p.shape.lstm()]);
            return da;
        }
    }

    /** Back-propagates the first layer's gradient {@code da} to its biases, contextual vectors and projections. */
    private static void firstLayerBackward(NetParams p, NetParams g, int[] gaz, int[] pass1, int[] ctx, float[] da,
                                           float[][] dProj) {
        NetParams.Shape s = p.shape;
        int n = dProj.length;
        int h = s.hidden();
        int slots = s.slots();
        int half = slots / 2;
        for (int i = 0; i < n; i++) {
            int at = i * h;
            WindowNet.add(da, at, g.b1, 0, h);
            for (int sl = 0; sl < slots; sl++) {
                int j = i + sl - half;
                if (j < 0 || j >= n) {
                    WindowNet.add(da, at, g.pad, sl * h, h);
                    continue;
                }
                WindowNet.add(da, at, dProj[j], sl * h, h);
                for (int gm = gaz[j]; gm != 0; gm &= gm - 1) {
                    int bit = Integer.numberOfTrailingZeros(gm);
                    WindowNet.add(da, at, g.gaz, (sl * NetParams.Shape.GAZ_BITS + bit) * h, h);
                }
                WindowNet.add(da, at, g.lab, (sl * s.pass1Labels() + pass1[j]) * h, h);
                for (int cm = ctx[j] & ((1 << NetParams.Shape.CTX_BITS) - 1); cm != 0; cm &= cm - 1) {
                    int bit = Integer.numberOfTrailingZeros(cm);
                    WindowNet.add(da, at, g.ctx, (sl * NetParams.Shape.CTX_BITS + bit) * h, h);
                }
            }
        }
    }

    private int label(Example ex, int j) {
        return ex.pass1().length == 0 || !o.stacked() ? labels.size() : ex.pass1()[j];
    }

    private int ctx(Example ex, int j) {
        return ex.ctx().length == 0 || !o.stacked() ? 0 : ex.ctx()[j];
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
