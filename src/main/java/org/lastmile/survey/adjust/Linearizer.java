package org.lastmile.survey.adjust;

import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Covariance2;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Linearizes observations at given coordinates (the model of survey.md, as GNU Gama's
 * gama-local): with ΔE = Ej − Ei, ΔN = Nj − Ni, s0 = √(ΔE² + ΔN²), α0 = atan2(ΔE, ΔN):
 * tape v = (ΔE/s0)(dEj − dEi) + (ΔN/s0)(dNj − dNi) − (s − s0);
 * bearing v = (ΔN/s0²)(dEj − dEi) − (ΔE/s0²)(dNj − dNi) + dω − wrap(α − α0 − ω0);
 * position v = dE − (E − E0), dN − (N − N0).
 */
final class Linearizer {

    private final Unknowns unknowns;
    /**
     * The point indices of each observation by its index, found once per linearizer: a solve
     * linearizes every observation twice per step, and the id lookups were a fifth of the robust
     * start's time on the 500-corner pasture. {@link #seen} guards against another observation
     * under the same index.
     */
    private Observation[] seen = new Observation[0];
    private int[][] ends = new int[0][];

    Linearizer(Unknowns unknowns) {
        this.unknowns = unknowns;
    }

    private int[] ends(int index, Observation o, String... ids) {
        if (index >= seen.length) {
            int size = Math.max(index + 1, 2 * seen.length);
            seen = java.util.Arrays.copyOf(seen, size);
            ends = java.util.Arrays.copyOf(ends, size);
        }
        if (seen[index] != o) {
            int[] e = new int[ids.length];
            for (int t = 0; t < e.length; t++) {
                e[t] = unknowns.point(ids[t]);
            }
            seen[index] = o;
            ends[index] = e;
        }
        return ends[index];
    }

    /**
     * @param xy coordinates by point index: E at 2p, N at 2p + 1
     * @param omega orientation of each compass, radians
     */
    LinearizedObservation linearize(int index, Observation o, double[] xy, double[] omega) {
        if (o instanceof TapeDistance t) {
            return tape(index, t, xy);
        } else if (o instanceof Bearing b) {
            return bearing(index, b, xy, omega);
        } else if (o instanceof PointPosition g) {
            return position(index, ends(index, g, g.point())[0], g.e(), g.n(), g.covariance(), xy);
        } else if (o instanceof BaselineOffset b) {
            return offset(index, b, xy);
        }
        throw new IllegalArgumentException("unknown observation " + o);
    }

    /** The value of observation {@code o} computed from the coordinates (same units as observed). */
    double[] computed(Observation o, double[] xy, double[] omega) {
        LinearizedObservation lin = linearize(0, o, xy, omega);
        double[] observed = observed(o);
        double[] c = new double[lin.k];
        for (int i = 0; i < lin.k; i++) {
            c[i] = observed[i] - lin.misclosure[i];
        }
        return c;
    }

    static double[] observed(Observation o) {
        if (o instanceof TapeDistance t) {
            return new double[] {t.distance()};
        } else if (o instanceof Bearing b) {
            return new double[] {b.radians()};
        } else if (o instanceof PointPosition g) {
            return new double[] {g.e(), g.n()};
        } else if (o instanceof BaselineOffset b) {
            return new double[] {b.chainage(), b.offset()};
        }
        throw new IllegalArgumentException("unknown observation " + o);
    }

    private LinearizedObservation tape(int index, TapeDistance t, double[] xy) {
        int[] e = ends(index, t, t.from(), t.to());
        int i = e[0];
        int j = e[1];
        double de = xy[2 * j] - xy[2 * i];
        double dn = xy[2 * j + 1] - xy[2 * i + 1];
        double s0 = length(de, dn, t.from());
        double ue = de / s0;
        double un = dn / s0;
        Row row = new Row(4);
        row.add(unknowns.colE[i], -ue);
        row.add(unknowns.colN[i], -un);
        row.add(unknowns.colE[j], ue);
        row.add(unknowns.colN[j], un);
        double s = t.sigma();
        return row.build(index, new double[] {t.distance() - s0}, new double[] {s * s});
    }

    private LinearizedObservation bearing(int index, Bearing b, double[] xy, double[] omega) {
        int[] e = ends(index, b, b.from(), b.to());
        int i = e[0];
        int j = e[1];
        double de = xy[2 * j] - xy[2 * i];
        double dn = xy[2 * j + 1] - xy[2 * i + 1];
        double s0 = length(de, dn, b.from());
        double s2 = s0 * s0;
        Row row = new Row(5);
        row.add(unknowns.colE[i], -dn / s2);
        row.add(unknowns.colN[i], de / s2);
        row.add(unknowns.colE[j], dn / s2);
        row.add(unknowns.colN[j], -de / s2);
        double w0 = 0;
        if (b.hasOrientationUnknown()) {
            int c = unknowns.compassIndex.get(b.compass());
            row.add(unknowns.colOmega[c], 1);
            w0 = omega[c];
        }
        double alpha0 = Math.atan2(de, dn);
        double l = Bearing.wrap(b.radians() - alpha0 - w0);
        double s = b.sigma();
        return row.build(index, new double[] {l}, new double[] {s * s});
    }

    private LinearizedObservation position(int index, int p, double e, double n, Covariance2 cov,
            double[] xy) {
        int ce = unknowns.colE[p];
        int cn = unknowns.colN[p];
        int[] cols;
        double[][] a;
        if (ce >= 0 && cn >= 0) {
            cols = new int[] {ce, cn};
            a = new double[][] {{1, 0}, {0, 1}};
        } else {
            // Only in a free network, which has no positions; kept for completeness.
            Row re = new Row(1);
            re.add(ce, 1);
            Row rn = new Row(1);
            rn.add(cn, 1);
            cols = merge(re, rn);
            a = new double[][] {re.dense(cols), rn.dense(cols)};
        }
        double[] l = {e - xy[2 * p], n - xy[2 * p + 1]};
        return new LinearizedObservation(index, cols, a, l, new double[] {cov.ee(), cov.en(), cov.en(), cov.nn()});
    }

    private LinearizedObservation offset(int index, BaselineOffset o, double[] xy) {
        int[] e = ends(index, o, o.a(), o.b(), o.point());
        int ia = e[0];
        int ib = e[1];
        int ip = e[2];
        double be = xy[2 * ib] - xy[2 * ia];
        double bn = xy[2 * ib + 1] - xy[2 * ia + 1];
        double len = length(be, bn, o.a());
        double ue = be / len;
        double un = bn / len;
        double ve = -un; // v: u turned 90° counter-clockwise (offsets positive to the left)
        double vn = ue;
        double de = xy[2 * ip] - xy[2 * ia];
        double dn = xy[2 * ip + 1] - xy[2 * ia + 1];
        double c = de * ue + dn * un;
        double off = de * ve + dn * vn;
        // ∂c/∂P = u, ∂c/∂B = o·v/L, ∂c/∂A = −u − o·v/L; ∂o/∂P = v, ∂o/∂B = −c·v/L, ∂o/∂A = −v + c·v/L.
        Row rc = new Row(6);
        rc.add(unknowns.colE[ip], ue);
        rc.add(unknowns.colN[ip], un);
        rc.add(unknowns.colE[ib], off * ve / len);
        rc.add(unknowns.colN[ib], off * vn / len);
        rc.add(unknowns.colE[ia], -ue - off * ve / len);
        rc.add(unknowns.colN[ia], -un - off * vn / len);
        Row ro = new Row(6);
        ro.add(unknowns.colE[ip], ve);
        ro.add(unknowns.colN[ip], vn);
        ro.add(unknowns.colE[ib], -c * ve / len);
        ro.add(unknowns.colN[ib], -c * vn / len);
        ro.add(unknowns.colE[ia], -ve + c * ve / len);
        ro.add(unknowns.colN[ia], -vn + c * vn / len);
        int[] cols = merge(rc, ro);
        double s2 = o.sigma() * o.sigma();
        return new LinearizedObservation(index, cols, new double[][] {rc.dense(cols), ro.dense(cols)},
                new double[] {o.chainage() - c, o.offset() - off}, new double[] {s2, 0, 0, s2});
    }

    private double length(double de, double dn, String point) {
        double s0 = Math.hypot(de, dn);
        if (!(s0 > 1e-9)) {
            throw new AdjustmentException(AdjustmentError.COINCIDENT_POINTS, point);
        }
        return s0;
    }

    private static int[] merge(Row a, Row b) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(a.cols, 0, a.n),
                java.util.Arrays.stream(b.cols, 0, b.n)).distinct().toArray();
    }

    /** A sparse row over active columns; held columns (−1) are dropped. */
    private static final class Row {
        final int[] cols;
        final double[] values;
        int n;

        Row(int capacity) {
            cols = new int[capacity];
            values = new double[capacity];
        }

        void add(int col, double value) {
            if (col >= 0) {
                cols[n] = col;
                values[n++] = value;
            }
        }

        double[] dense(int[] order) {
            double[] d = new double[order.length];
            for (int t = 0; t < n; t++) {
                for (int s = 0; s < order.length; s++) {
                    if (order[s] == cols[t]) {
                        d[s] += values[t];
                    }
                }
            }
            return d;
        }

        LinearizedObservation build(int index, double[] misclosure, double[] covariance) {
            int[] c = java.util.Arrays.copyOf(cols, n);
            return new LinearizedObservation(index, c, new double[][] {java.util.Arrays.copyOf(values, n)},
                    misclosure, covariance);
        }
    }
}
