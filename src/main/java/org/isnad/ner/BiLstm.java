package org.isnad.ner;

/**
 * A bidirectional LSTM layer over a sentence, forward and backward passes on flat float arrays, for
 * {@link WindowNet} and its trainer. The gates' inputs (first layer of the network, bias included) come in per token
 * as {@code 8 × units} values: the forward direction's input, forget, cell and output gates, then the backward
 * direction's. The states come out as {@code 2 × units} values per token, forward then backward. No allocation
 * inside the loops: the caller passes every work array.
 */
final class BiLstm {
    private BiLstm() {
    }

    /**
     * Runs both directions.
     *
     * @param p     weights (uses {@code shape.lstm()} and {@code rec})
     * @param a     gate inputs, {@code n × 8·units}; left unchanged
     * @param n     tokens
     * @param gates out: gate activations, {@code n × 8·units}
     * @param c     out: cell states, {@code n × 2·units}
     * @param h     out: hidden states, {@code n × 2·units}
     */
    static void forward(NetParams p, float[] a, int n, float[] gates, float[] c, float[] h) {
        int u = p.shape.lstm();
        int g4 = 4 * u;
        float[] rec = p.rec;
        for (int dir = 0; dir < 2; dir++) {
            int rOff = dir * g4 * u;
            for (int t = 0; t < n; t++) {
                int i = dir == 0 ? t : n - 1 - t;
                int prev = dir == 0 ? i - 1 : i + 1;
                boolean hasPrev = t > 0;
                int gOff = i * 8 * u + dir * g4;
                System.arraycopy(a, gOff, gates, gOff, g4);
                if (hasPrev) { // gates += R · h(prev), column by column (a loop the JIT vectorises)
                    int hp = prev * 2 * u + dir * u;
                    for (int k = 0; k < u; k++) {
                        float hk = h[hp + k];
                        int off = rOff + k * g4;
                        for (int r = 0; r < g4; r++) {
                            gates[gOff + r] += rec[off + r] * hk;
                        }
                    }
                }
                int sOff = i * 2 * u + dir * u;
                int cp = prev * 2 * u + dir * u;
                for (int k = 0; k < u; k++) {
                    float ig = sigmoid(gates[gOff + k]);
                    float fg = sigmoid(gates[gOff + u + k]);
                    float cg = tanh(gates[gOff + 2 * u + k]);
                    float og = sigmoid(gates[gOff + 3 * u + k]);
                    gates[gOff + k] = ig;
                    gates[gOff + u + k] = fg;
                    gates[gOff + 2 * u + k] = cg;
                    gates[gOff + 3 * u + k] = og;
                    float cell = ig * cg + (hasPrev ? fg * c[cp + k] : 0f);
                    c[sOff + k] = cell;
                    h[sOff + k] = og * tanh(cell);
                }
            }
        }
    }

    /**
     * Back-propagates through both directions: adds the recurrent weights' gradient to {@code gRec} and writes
     * the gradient of the gate inputs to {@code dA}.
     *
     * @param dH   gradient of the loss with respect to the hidden states, {@code n × 2·units}
     * @param dA   out: gradient with respect to the gate inputs, {@code n × 8·units}
     * @param work scratch of at least {@code 2·units} values
     */
    static void backward(NetParams p, int n, float[] gates, float[] c, float[] h, float[] dH, float[] gRec,
                         float[] dA, float[] work) {
        int u = p.shape.lstm();
        int g4 = 4 * u;
        float[] rec = p.rec;
        for (int dir = 0; dir < 2; dir++) {
            int rOff = dir * g4 * u;
            java.util.Arrays.fill(work, 0, 2 * u, 0f); // [0, u): dh from the next step, [u, 2u): dc
            for (int t = n - 1; t >= 0; t--) {
                int i = dir == 0 ? t : n - 1 - t;
                int prev = dir == 0 ? i - 1 : i + 1;
                boolean hasPrev = t > 0;
                int gOff = i * 8 * u + dir * g4;
                int sOff = i * 2 * u + dir * u;
                int cp = prev * 2 * u + dir * u;
                for (int k = 0; k < u; k++) {
                    float ig = gates[gOff + k];
                    float fg = gates[gOff + u + k];
                    float cg = gates[gOff + 2 * u + k];
                    float og = gates[gOff + 3 * u + k];
                    float tc = tanh(c[sOff + k]);
                    float dh = dH[sOff + k] + work[k];
                    float dc = work[u + k] + dh * og * (1 - tc * tc);
                    float cPrev = hasPrev ? c[cp + k] : 0f;
                    dA[gOff + k] = dc * cg * ig * (1 - ig);
                    dA[gOff + u + k] = dc * cPrev * fg * (1 - fg);
                    dA[gOff + 2 * u + k] = dc * ig * (1 - cg * cg);
                    dA[gOff + 3 * u + k] = dh * tc * og * (1 - og);
                    work[u + k] = dc * fg;
                }
                java.util.Arrays.fill(work, 0, u, 0f);
                if (!hasPrev) {
                    continue;
                }
                int hp = prev * 2 * u + dir * u;
                for (int k = 0; k < u; k++) {
                    float hk = h[hp + k];
                    int off = rOff + k * g4;
                    float s = 0;
                    for (int r = 0; r < g4; r++) {
                        float dz = dA[gOff + r];
                        gRec[off + r] += dz * hk;
                        s += dz * rec[off + r];
                    }
                    work[k] = s;
                }
            }
        }
    }

    private static final float RANGE = 16f;
    private static final float STEPS = 256f; // table entries per unit
    private static final float[] SIGMOID = new float[(int) (2 * RANGE * STEPS) + 1];

    static {
        for (int i = 0; i < SIGMOID.length; i++) {
            SIGMOID[i] = (float) (1 / (1 + Math.exp(-(i / STEPS - RANGE))));
        }
    }

    /**
     * The logistic function, interpolated linearly in a table of 1/256 steps over ±16 (error below 1e-6; the
     * JDK's transcendental functions cost ~10× more and dominate an LSTM step). Training and tagging use the
     * same function, so a trained network scores the same everywhere.
     */
    static float sigmoid(float x) {
        float t = (x + RANGE) * STEPS;
        if (!(t > 0)) {
            return t <= 0 ? SIGMOID[0] : Float.NaN;
        }
        if (t >= SIGMOID.length - 1) {
            return SIGMOID[SIGMOID.length - 1];
        }
        int i = (int) t;
        float f = t - i;
        return SIGMOID[i] + f * (SIGMOID[i + 1] - SIGMOID[i]);
    }

    /** {@code tanh(x) = 2σ(2x) − 1}, with the same table. */
    static float tanh(float x) {
        return 2 * sigmoid(2 * x) - 1;
    }
}
