package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BiLstmTest {
    @Test
    void tableActivationsMatchTheExactFunctions() {
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            float x = (float) (r.nextGaussian() * 6);
            assertEquals(1 / (1 + Math.exp(-x)), BiLstm.sigmoid(x), 1e-6, "sigmoid " + x);
            assertEquals(Math.tanh(x), BiLstm.tanh(x), 2e-6, "tanh " + x);
        }
        assertEquals(1f, BiLstm.sigmoid(1e9f), 1e-6);
        assertTrue(BiLstm.sigmoid(-1e9f) < 1e-6);
        assertTrue(Float.isNaN(BiLstm.sigmoid(Float.NaN)));
    }

    /** A state depends on every earlier token (forward half) and every later one (backward half). */
    @Test
    void eachDirectionSeesItsSideOfTheSentence() {
        NetParams p = new NetParams(new NetParams.Shape(0, 1, 16, 2, 3, 1, false, 2));
        p.init(new Random(1));
        int n = 5;
        float[] a = new float[n * 16];
        Random r = new Random(2);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextGaussian();
        }
        float[] h1 = run(p, a, n);
        a[2 * 16 + 1] += 1f; // token 2, forward input gate
        a[2 * 16 + 8 + 1] += 1f; // token 2, backward input gate
        float[] h2 = run(p, a, n);
        for (int i = 0; i < n; i++) {
            boolean fwdChanged = h1[i * 4] != h2[i * 4] || h1[i * 4 + 1] != h2[i * 4 + 1];
            boolean bwdChanged = h1[i * 4 + 2] != h2[i * 4 + 2] || h1[i * 4 + 3] != h2[i * 4 + 3];
            assertEquals(i >= 2, fwdChanged, "forward state of token " + i);
            assertEquals(i <= 2, bwdChanged, "backward state of token " + i);
        }
    }

    private static float[] run(NetParams p, float[] a, int n) {
        float[] h = new float[n * 4];
        BiLstm.forward(p, a, n, new float[n * 16], new float[n * 4], h);
        return h;
    }
}
