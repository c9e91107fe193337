package org.lastmile.survey.adjust;

import java.util.Arrays;
import java.util.List;

/** N = AᵀPA and b = AᵀPl of linearized observations, N stored in its envelope. */
final class NormalEquations {

    final EnvelopeMatrix n;
    final double[] b;

    private NormalEquations(EnvelopeMatrix n, double[] b) {
        this.n = n;
        this.b = b;
    }

    static NormalEquations of(List<LinearizedObservation> rows, int size) {
        int[] first = new int[size];
        for (int c = 0; c < size; c++) {
            first[c] = c;
        }
        for (LinearizedObservation o : rows) {
            int min = Integer.MAX_VALUE;
            for (int c : o.cols) {
                min = Math.min(min, c);
            }
            for (int c : o.cols) {
                first[c] = Math.min(first[c], min);
            }
        }
        EnvelopeMatrix n = new EnvelopeMatrix(first);
        double[] b = new double[size];
        for (LinearizedObservation o : rows) {
            add(o, n, b);
        }
        return new NormalEquations(n, b);
    }

    private static void add(LinearizedObservation o, EnvelopeMatrix n, double[] b) {
        int k = o.k;
        int m = o.cols.length;
        // pa = P·A (k × m), pl = P·l
        double[][] pa = new double[k][m];
        double[] pl = new double[k];
        for (int r = 0; r < k; r++) {
            for (int s = 0; s < k; s++) {
                double p = o.weight[r * k + s];
                if (p == 0) {
                    continue;
                }
                for (int c = 0; c < m; c++) {
                    pa[r][c] += p * o.a[s][c];
                }
                pl[r] += p * o.misclosure[s];
            }
        }
        for (int c1 = 0; c1 < m; c1++) {
            int col1 = o.cols[c1];
            double sb = 0;
            for (int r = 0; r < k; r++) {
                sb += o.a[r][c1] * pl[r];
            }
            b[col1] += sb;
            for (int c2 = 0; c2 < m; c2++) {
                int col2 = o.cols[c2];
                if (col2 > col1) {
                    continue;
                }
                double sum = 0;
                for (int r = 0; r < k; r++) {
                    sum += o.a[r][c1] * pa[r][c2];
                }
                n.addLower(col1, col2, sum);
            }
        }
    }

    @Override
    public String toString() {
        return "NormalEquations" + Arrays.toString(b);
    }
}
