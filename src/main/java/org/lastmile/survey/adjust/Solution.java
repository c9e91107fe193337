package org.lastmile.survey.adjust;

/**
 * A converged least-squares solution: coordinates, orientations, the observations linearized at
 * the final coordinates, and the factored normal matrix from which the cofactor matrix Q_xx is
 * read. Unknowns are addressed in full order: E of point p at 2p, N at 2p + 1, then the compasses.
 */
final class Solution {

    final Unknowns unknowns;
    final Datum datum;
    final double[] xy;
    final double[] omega;
    /** By observation index; null for an observation left out of this solution. */
    final LinearizedObservation[] linearized;
    final EnvelopeCholesky cholesky;
    final int iterations;
    /** vᵀPv, with v recomputed from the final coordinates. */
    final double vpv;
    /** Scalar observed values taking part (n). */
    final int observedValues;

    private EnvelopeMatrix inverse;
    private double[][] datumColumns;
    private Datum.Basis basis;

    Solution(Unknowns unknowns, Datum datum, double[] xy, double[] omega, LinearizedObservation[] linearized,
            EnvelopeCholesky cholesky, int iterations) {
        this.unknowns = unknowns;
        this.datum = datum;
        this.xy = xy;
        this.omega = omega;
        this.linearized = linearized;
        this.cholesky = cholesky;
        this.iterations = iterations;
        double sum = 0;
        int n = 0;
        for (LinearizedObservation o : linearized) {
            if (o == null) {
                continue;
            }
            n += o.k;
            for (int r = 0; r < o.k; r++) {
                for (int s = 0; s < o.k; s++) {
                    sum += o.misclosure[r] * o.weight[r * o.k + s] * o.misclosure[s];
                }
            }
        }
        this.vpv = sum;
        this.observedValues = n;
    }

    /** Degrees of freedom r = n − u + d. */
    int degreesOfFreedom() {
        return observedValues - unknowns.size;
    }

    /** The entries of Q_xx (held datum) inside the envelope of the normal matrix. */
    EnvelopeMatrix inverseSubset() {
        if (inverse == null) {
            inverse = cholesky.inverseSubset();
        }
        return inverse;
    }

    private final java.util.Map<Integer, double[]> solvedColumns = new java.util.HashMap<>();

    /** Entry (a, b) of Q_xx in solve columns (held datum): from the inverse subset, else by a solve. */
    double cofactor(int a, int b) {
        EnvelopeMatrix z = inverseSubset();
        if (z.contains(a, b)) {
            return z.get(a, b);
        }
        return solvedColumns.computeIfAbsent(a, c -> {
            double[] e = new double[unknowns.size];
            e[c] = 1;
            return cholesky.solve(e);
        })[b];
    }

    int column(int full) {
        int points = unknowns.pointCount();
        if (full < 2 * points) {
            return full % 2 == 0 ? unknowns.colE[full / 2] : unknowns.colN[full / 2];
        }
        return unknowns.colOmega[full - 2 * points];
    }

    /**
     * The cofactor (= covariance, σ0 = 1) matrix of the unknowns {@code full} in the datum of the
     * result: as held for a constrained network, minimum-norm over the corners for a free one.
     */
    double[][] covariance(int[] full) {
        int m = full.length;
        int[] cols = new int[m];
        boolean inside = true;
        EnvelopeMatrix z = inverseSubset();
        for (int a = 0; a < m; a++) {
            cols[a] = column(full[a]);
        }
        for (int a = 0; a < m && inside; a++) {
            for (int b = 0; b < a && inside; b++) {
                inside = cols[a] < 0 || cols[b] < 0 || z.contains(cols[a], cols[b]);
            }
        }
        double[][] q = new double[m][m];
        if (inside) {
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    q[a][b] = cols[a] < 0 || cols[b] < 0 ? 0 : z.get(cols[a], cols[b]);
                }
            }
        } else {
            for (int a = 0; a < m; a++) {
                if (cols[a] < 0) {
                    continue;
                }
                double[] e = new double[unknowns.size];
                e[cols[a]] = 1;
                double[] y = cholesky.solve(e);
                for (int b = 0; b < m; b++) {
                    q[a][b] = cols[b] < 0 ? 0 : y[cols[b]];
                }
            }
        }
        return datum.free() ? toMinimumNorm(full, q) : q;
    }

    /** S·Q·Sᵀ restricted to {@code full}: Q − G K Yᵀ − Y K Gᵀ + G K M K Gᵀ with Y = Q W G, M = GᵀW Y. */
    private double[][] toMinimumNorm(int[] full, double[][] q) {
        if (basis == null) {
            basis = datum.basis(unknowns.pointCount(), unknowns.compasses.size(), xy);
        }
        double[][] y = datumColumns(basis);
        double[][] g = basis.g();
        double[][] k = basis.k();
        int d = k.length;
        double[][] mm = new double[d][d];
        for (int f = 0; f < basis.weighted(); f++) {
            for (int r = 0; r < d; r++) {
                for (int s = 0; s < d; s++) {
                    mm[r][s] += g[f][r] * y[f][s];
                }
            }
        }
        double[][] kmk = multiply(multiply(k, mm), k);
        int m = full.length;
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) {
            double[] ga = g[full[a]];
            double[] gak = SmallMatrix.times(transpose(k), ga);
            double[] yak = SmallMatrix.times(transpose(k), y[full[a]]);
            double[] gakmk = SmallMatrix.times(transpose(kmk), ga);
            for (int b = 0; b < m; b++) {
                double[] gb = g[full[b]];
                double[] yb = y[full[b]];
                out[a][b] = q[a][b] - dot(gak, yb) - dot(yak, gb) + dot(gakmk, gb);
            }
        }
        return out;
    }

    /** Y = Q_xx·W·G in full order (rows of held unknowns are zero). */
    private double[][] datumColumns(Datum.Basis basis) {
        if (datumColumns == null) {
            int d = basis.k().length;
            int total = unknowns.totalUnknowns();
            double[][] y = new double[total][d];
            for (int r = 0; r < d; r++) {
                double[] rhs = new double[unknowns.size];
                for (int f = 0; f < basis.weighted(); f++) {
                    int c = column(f);
                    if (c >= 0) {
                        rhs[c] = basis.g()[f][r];
                    }
                }
                double[] sol = cholesky.solve(rhs);
                for (int f = 0; f < total; f++) {
                    int c = column(f);
                    y[f][r] = c < 0 ? 0 : sol[c];
                }
            }
            datumColumns = y;
        }
        return datumColumns;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
