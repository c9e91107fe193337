package org.lastmile.survey.adjust;

/**
 * The statistics of one observation in a solution, per observed value: residual v (adjusted −
 * observed), redundancy number r_i = (Q_vv P)_ii, standardized residual w_i = (Pv)_i / √(P Q_vv P)_ii
 * (= v_i / √q_vv,ii for an uncorrelated value), estimated blunder ∇_i = −(Pv)_i / (P Q_vv P)_ii
 * (= −v_i / r_i), and the minimal detectable blunder δ0 / √(P Q_vv P)_ii (= δ0 σ_i / √r_i).
 * Q_vv = Σ − A Q_xx Aᵀ needs only the Q_xx block of the unknowns the observation touches, which
 * the sparse inverse subset holds. A value without redundancy has w and ∇ NaN and MDB infinite.
 */
final class ObservationStatistics {

    /** Below this redundancy number a value is taken as uncontrolled. */
    static final double NO_REDUNDANCY = 1e-9;

    final int index;
    final double[] residual;
    final double[] redundancy;
    final double[] w;
    final double[] blunder;
    final double[] mdb;

    private ObservationStatistics(int index, int k) {
        this.index = index;
        residual = new double[k];
        redundancy = new double[k];
        w = new double[k];
        blunder = new double[k];
        mdb = new double[k];
    }

    static ObservationStatistics of(LinearizedObservation o, Solution solution, double delta0) {
        EnvelopeMatrix z = solution.inverseSubset();
        int k = o.k;
        int m = o.cols.length;
        double[][] aq = new double[k][m];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < m; c++) {
                double sum = 0;
                for (int d = 0; d < m; d++) {
                    sum += o.a[r][d] * z.get(o.cols[d], o.cols[c]);
                }
                aq[r][c] = sum;
            }
        }
        double[] qvv = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int s = 0; s < k; s++) {
                double sum = 0;
                for (int c = 0; c < m; c++) {
                    sum += aq[r][c] * o.a[s][c];
                }
                qvv[r * k + s] = o.covariance[r * k + s] - sum;
            }
        }
        double[] p = o.weight;
        double[] pq = multiply(p, qvv, k);
        double[] pqp = multiply(pq, p, k);
        ObservationStatistics st = new ObservationStatistics(o.index, k);
        for (int r = 0; r < k; r++) {
            st.residual[r] = -o.misclosure[r];
        }
        double[] pv = new double[k];
        for (int r = 0; r < k; r++) {
            for (int s = 0; s < k; s++) {
                pv[r] += p[r * k + s] * st.residual[s];
            }
        }
        double[] qp = multiply(qvv, p, k);
        for (int r = 0; r < k; r++) {
            double ri = Math.min(Math.max(qp[r * k + r], 0), 1);
            st.redundancy[r] = ri;
            double d = pqp[r * k + r];
            if (ri < NO_REDUNDANCY || !(d > 0)) {
                st.w[r] = Double.NaN;
                st.blunder[r] = Double.NaN;
                st.mdb[r] = Double.POSITIVE_INFINITY;
            } else {
                st.w[r] = pv[r] / Math.sqrt(d);
                st.blunder[r] = -pv[r] / d;
                st.mdb[r] = delta0 / Math.sqrt(d);
            }
        }
        return st;
    }

    /** The component with the largest |w| (0 when none is defined). */
    int worst() {
        int best = 0;
        for (int r = 1; r < w.length; r++) {
            if (!(Math.abs(w[r]) <= Math.abs(w[best])) && !Double.isNaN(w[r])) {
                best = r;
            }
        }
        return best;
    }

    /** The largest |w| of the observation (NaN when it has no redundancy). */
    double maxAbsW() {
        return Math.abs(w[worst()]);
    }

    private static double[] multiply(double[] a, double[] b, int k) {
        double[] c = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += a[i * k + t] * b[t * k + j];
                }
                c[i * k + j] = s;
            }
        }
        return c;
    }
}
