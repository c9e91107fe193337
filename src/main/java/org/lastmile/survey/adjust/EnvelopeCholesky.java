package org.lastmile.survey.adjust;

/**
 * The Cholesky factorization N = L·Lᵀ of a symmetric positive definite {@link EnvelopeMatrix}
 * (the factor keeps the envelope), with solves and the sparse inverse subset: the entries of
 * N⁻¹ inside the envelope, by Takahashi's recurrence, without forming the dense inverse.
 */
public final class EnvelopeCholesky {

    /** A pivot below this fraction of its original diagonal means the matrix is singular. */
    static final double RELATIVE_PIVOT_TOLERANCE = 1e-11;

    private final EnvelopeMatrix factor;

    private EnvelopeCholesky(EnvelopeMatrix factor) {
        this.factor = factor;
    }

    /**
     * Factors a copy of {@code n}.
     *
     * @throws SingularMatrixException naming the first column whose pivot vanishes
     */
    public static EnvelopeCholesky factor(EnvelopeMatrix n) {
        EnvelopeMatrix l = n.copy();
        double[][] rows = l.rows();
        int[] first = l.firsts();
        int size = l.size();
        for (int i = 0; i < size; i++) {
            double[] ri = rows[i];
            int fi = first[i];
            for (int j = fi; j < i; j++) {
                double[] rj = rows[j];
                int fj = first[j];
                int k0 = Math.max(fi, fj);
                double sum = ri[j - fi];
                int oi = k0 - fi;
                int oj = k0 - fj;
                for (int k = k0; k < j; k++) {
                    sum -= ri[oi++] * rj[oj++];
                }
                ri[j - fi] = sum / rj[j - fj];
            }
            double diagonal = ri[i - fi];
            double sum = diagonal;
            for (int k = 0; k < i - fi; k++) {
                sum -= ri[k] * ri[k];
            }
            if (!(sum > RELATIVE_PIVOT_TOLERANCE * diagonal) || !(diagonal > 0)) {
                throw new SingularMatrixException(i);
            }
            ri[i - fi] = Math.sqrt(sum);
        }
        return new EnvelopeCholesky(l);
    }

    /** The order of the factored matrix. */
    public int size() {
        return factor.size();
    }

    /** Solves N·x = b; returns x (b is not changed). */
    public double[] solve(double[] b) {
        double[][] rows = factor.rows();
        int[] first = factor.firsts();
        int n = b.length;
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            double[] ri = rows[i];
            int fi = first[i];
            double sum = y[i];
            for (int k = fi; k < i; k++) {
                sum -= ri[k - fi] * y[k];
            }
            y[i] = sum / ri[i - fi];
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] ri = rows[i];
            int fi = first[i];
            double xi = y[i] / ri[i - fi];
            y[i] = xi;
            for (int k = fi; k < i; k++) {
                y[k] -= ri[k - fi] * xi;
            }
        }
        return y;
    }

    /**
     * The entries of N⁻¹ inside the envelope of the factor (which holds every entry (i, j) where
     * N has a non-zero), by Takahashi's recurrence Z = L⁻ᵀL⁻¹ from the last row up. The work is
     * of the order of the factorization itself.
     */
    public EnvelopeMatrix inverseSubset() {
        int n = factor.size();
        int[] first = factor.firsts();
        double[][] l = factor.rows();
        // Rows k > i whose envelope reaches column i: the non-zero pattern of column i of L.
        int[] count = new int[n];
        for (int k = 0; k < n; k++) {
            for (int i = first[k]; i < k; i++) {
                count[i]++;
            }
        }
        int[][] below = new int[n][];
        for (int i = 0; i < n; i++) {
            below[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int k = 0; k < n; k++) {
            for (int i = first[k]; i < k; i++) {
                below[i][count[i]++] = k;
            }
        }
        EnvelopeMatrix z = new EnvelopeMatrix(first);
        double[][] zr = z.rows();
        for (int i = n - 1; i >= 0; i--) {
            int[] ks = below[i];
            int m = ks.length;
            double[] lk = new double[m];
            for (int t = 0; t < m; t++) {
                lk[t] = l[ks[t]][i - first[ks[t]]];
            }
            double lii = l[i][i - first[i]];
            // Off-diagonal entries Z(j, i), j > i in the pattern, from the last.
            for (int s = m - 1; s >= 0; s--) {
                int j = ks[s];
                double sum = 0;
                for (int t = 0; t < m; t++) {
                    int k = ks[t];
                    double zkj = k >= j ? zr[k][j - first[k]] : zr[j][k - first[j]];
                    sum += lk[t] * zkj;
                }
                zr[j][i - first[j]] = -sum / lii;
            }
            double sum = 0;
            for (int t = 0; t < m; t++) {
                int k = ks[t];
                sum += lk[t] * zr[k][i - first[k]];
            }
            zr[i][i - first[i]] = (1 / lii - sum) / lii;
        }
        return z;
    }

    /** Thrown when a pivot vanishes: the matrix is singular (or nearly) at {@link #column()}. */
    public static final class SingularMatrixException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int column;

        SingularMatrixException(int column) {
            super("singular at column " + column);
            this.column = column;
        }

        /** The column (in the factored order) whose pivot vanished. */
        public int column() {
            return column;
        }
    }
}
