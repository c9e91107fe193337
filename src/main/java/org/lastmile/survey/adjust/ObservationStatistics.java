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

    /**
     * The correlation of the w-tests of component {@code ca} of {@code a} and component {@code cb}
     * of {@code b} (two different observations, uncorrelated a priori): (PQ_vvP)_ab over the root
     * of the product of the diagonal entries, with Q_vv,ab = −A_a Q_xx A_bᵀ. Near ±1 the two tests
     * see a blunder in either alike: data snooping cannot tell which of them is wrong.
     */
    static double correlation(LinearizedObservation a, int ca, LinearizedObservation b, int cb, Solution solution) {
        double[][] qvv = new double[a.k][b.k];
        for (int r = 0; r < a.k; r++) {
            for (int t = 0; t < b.k; t++) {
                double sum = 0;
                for (int x = 0; x < a.cols.length; x++) {
                    if (a.a[r][x] == 0) {
                        continue;
                    }
                    for (int y = 0; y < b.cols.length; y++) {
                        if (b.a[t][y] != 0) {
                            sum += a.a[r][x] * solution.cofactor(a.cols[x], b.cols[y]) * b.a[t][y];
                        }
                    }
                }
                qvv[r][t] = -sum;
            }
        }
        double pqp = 0;
        for (int r = 0; r < a.k; r++) {
            for (int t = 0; t < b.k; t++) {
                pqp += a.weight[ca * a.k + r] * qvv[r][t] * b.weight[t * b.k + cb];
            }
        }
        double da = diagonalPqp(a, ca, solution);
        double db = diagonalPqp(b, cb, solution);
        return da > 0 && db > 0 ? pqp / Math.sqrt(da * db) : 0;
    }

    private static double diagonalPqp(LinearizedObservation o, int c, Solution solution) {
        double[][] qvv = new double[o.k][o.k];
        for (int r = 0; r < o.k; r++) {
            for (int t = 0; t < o.k; t++) {
                double sum = 0;
                for (int x = 0; x < o.cols.length; x++) {
                    for (int y = 0; y < o.cols.length; y++) {
                        sum += o.a[r][x] * solution.cofactor(o.cols[x], o.cols[y]) * o.a[t][y];
                    }
                }
                qvv[r][t] = o.covariance[r * o.k + t] - sum;
            }
        }
        double d = 0;
        for (int r = 0; r < o.k; r++) {
            for (int t = 0; t < o.k; t++) {
                d += o.weight[c * o.k + r] * qvv[r][t] * o.weight[t * o.k + c];
            }
        }
        return d;
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
