package org.isnad.ner;

/**
 * Linear-chain CRF over BIO labels: the negative log-likelihood of a gold label sequence under emission and
 * transition scores, and its gradient, by the forward–backward algorithm in log space. Invalid BIO moves
 * ({@link BioLabels#allowed}) have probability zero, as in the Viterbi decoder.
 */
final class Crf {
    private Crf() {
    }

    /**
     * @param em     emission scores, n × L
     * @param trans  transition scores, (L + 1) × L, last row = sentence start
     * @param gold   gold labels (a valid sequence)
     * @param dEm    receives ∂NLL/∂em (n × L, overwritten)
     * @param dTrans receives ∂NLL/∂trans (added to)
     * @return the negative log-likelihood of {@code gold}
     */
    static double nll(BioLabels labels, float[][] em, float[] trans, int[] gold, float[][] dEm, float[] dTrans) {
        int n = em.length;
        int l = labels.size();
        if (n == 0) {
            return 0;
        }
        double[][] alpha = new double[n][l];
        double[][] beta = new double[n][l];
        double[] tmp = new double[l];
        for (int y = 0; y < l; y++) {
            alpha[0][y] = labels.allowed(-1, y) ? trans[l * l + y] + em[0][y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                for (int q = 0; q < l; q++) {
                    tmp[q] = labels.allowed(q, y) ? alpha[i - 1][q] + trans[q * l + y] : Double.NEGATIVE_INFINITY;
                }
                alpha[i][y] = logSumExp(tmp) + em[i][y];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int q = 0; q < l; q++) {
                for (int y = 0; y < l; y++) {
                    tmp[y] = labels.allowed(q, y) ? trans[q * l + y] + em[i + 1][y] + beta[i + 1][y]
                            : Double.NEGATIVE_INFINITY;
                }
                beta[i][q] = logSumExp(tmp);
            }
        }
        double logZ = logSumExp(alpha[n - 1]);
        double goldScore = trans[l * l + gold[0]] + em[0][gold[0]];
        for (int i = 1; i < n; i++) {
            goldScore += trans[gold[i - 1] * l + gold[i]] + em[i][gold[i]];
        }
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < l; y++) {
                double m = Math.exp(alpha[i][y] + beta[i][y] - logZ);
                dEm[i][y] = (float) m - (gold[i] == y ? 1f : 0f);
            }
        }
        for (int y = 0; y < l; y++) {
            dTrans[l * l + y] += (float) Math.exp(alpha[0][y] + beta[0][y] - logZ) - (gold[0] == y ? 1f : 0f);
        }
        for (int i = 1; i < n; i++) {
            for (int q = 0; q < l; q++) {
                if (alpha[i - 1][q] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int y = 0; y < l; y++) {
                    if (!labels.allowed(q, y)) {
                        continue;
                    }
                    double m = Math.exp(alpha[i - 1][q] + trans[q * l + y] + em[i][y] + beta[i][y] - logZ);
                    dTrans[q * l + y] += (float) m;
                }
            }
            dTrans[gold[i - 1] * l + gold[i]] -= 1f;
        }
        return logZ - goldScore;
    }

    static double logSumExp(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double x : v) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s);
    }
}
