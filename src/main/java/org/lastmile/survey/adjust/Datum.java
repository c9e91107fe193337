package org.lastmile.survey.adjust;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;

/**
 * The datum of an adjustment. With a GNSS position or a known coordinate the network is
 * constrained (defect 0). Without, it is a free network: tapes leave two shifts and a rotation
 * free (defect 3), grid bearings fix the rotation (defect 2). A free network is solved with a
 * minimal set of held coordinates and then carried to the minimum-norm solution over all corners
 * by the S-transformation x ← x − G(GᵀWG)⁻¹GᵀWx, whose G has per point the columns (1, 0),
 * (0, 1) and (−(N − N̄), E − Ē), and 1 on each compass orientation in the rotation column (W
 * selects the corners' coordinates).
 */
final class Datum {

    final int defect;
    final boolean rotation;
    /** Coordinates held during the solve, as 2p (E) or 2p + 1 (N). */
    final Set<Integer> held;

    private Datum(int defect, boolean rotation, Set<Integer> held) {
        this.defect = defect;
        this.rotation = rotation;
        this.held = held;
    }

    boolean free() {
        return defect > 0;
    }

    /**
     * Refuses a network with a single positioned point and no grid bearing: the tapes cannot turn
     * it (checked before starting coordinates are built, which would fail less clearly).
     */
    static void checkOrientation(List<String> points, List<Observation> observations) {
        Set<String> positioned = new LinkedHashSet<>();
        boolean gridBearing = false;
        for (Observation o : observations) {
            if (o instanceof PointPosition g) {
                positioned.add(g.point());
            } else if (o instanceof Bearing b && !b.hasOrientationUnknown()) {
                gridBearing = true;
            }
        }
        if (positioned.size() == 1 && !gridBearing && points.size() > 1) {
            throw new AdjustmentException(AdjustmentError.NO_ORIENTATION, positioned.iterator().next());
        }
    }

    static Datum choose(List<String> points, List<Observation> active, double[] xy) {
        Set<String> positioned = new LinkedHashSet<>();
        boolean gridBearing = false;
        Map<String, Integer> count = new HashMap<>();
        for (Observation o : active) {
            if (o instanceof PointPosition g) {
                positioned.add(g.point());
            } else if (o instanceof Bearing b && !b.hasOrientationUnknown()) {
                gridBearing = true;
            }
        }
        if (!positioned.isEmpty()) {
            if (positioned.size() == 1 && !gridBearing && points.size() > 1) {
                throw new AdjustmentException(AdjustmentError.NO_ORIENTATION, positioned.iterator().next());
            }
            return new Datum(0, false, Set.of());
        }
        // A free network: hold the corner with the most measurements (counted only here, where needed).
        for (Observation o : active) {
            for (String id : o.points()) {
                count.merge(id, 1, Integer::sum);
            }
        }
        int a = 0;
        for (int p = 1; p < points.size(); p++) {
            if (count.getOrDefault(points.get(p), 0) > count.getOrDefault(points.get(a), 0)) {
                a = p;
            }
        }
        Set<Integer> held = new LinkedHashSet<>(List.of(2 * a, 2 * a + 1));
        if (gridBearing) {
            return new Datum(2, false, held);
        }
        int b = -1;
        double far = -1;
        for (int p = 0; p < points.size(); p++) {
            double d = Math.hypot(xy[2 * p] - xy[2 * a], xy[2 * p + 1] - xy[2 * a + 1]);
            if (p != a && count.getOrDefault(points.get(p), 0) > 1 && d > far) {
                far = d;
                b = p;
            }
        }
        if (b >= 0) {
            boolean eastWest = Math.abs(xy[2 * b] - xy[2 * a]) >= Math.abs(xy[2 * b + 1] - xy[2 * a + 1]);
            held.add(eastWest ? 2 * b + 1 : 2 * b);
        }
        return new Datum(3, true, held);
    }

    /**
     * The rows of G (one per unknown in full order: 2p, 2p + 1, then the compasses) at the
     * coordinates xy, and the matrix K = (GᵀWG)⁻¹.
     */
    Basis basis(int pointCount, int compassCount, double[] xy) {
        int m = defect;
        double me = 0;
        double mn = 0;
        for (int p = 0; p < pointCount; p++) {
            me += xy[2 * p];
            mn += xy[2 * p + 1];
        }
        me /= pointCount;
        mn /= pointCount;
        double[][] g = new double[2 * pointCount + compassCount][m];
        for (int p = 0; p < pointCount; p++) {
            g[2 * p][0] = 1;
            g[2 * p + 1][1] = 1;
            if (rotation) {
                g[2 * p][2] = -(xy[2 * p + 1] - mn);
                g[2 * p + 1][2] = xy[2 * p] - me;
            }
        }
        if (rotation) {
            for (int c = 0; c < compassCount; c++) {
                g[2 * pointCount + c][2] = 1;
            }
        }
        double[][] gwg = new double[m][m];
        for (int f = 0; f < 2 * pointCount; f++) {
            for (int r = 0; r < m; r++) {
                for (int s = 0; s < m; s++) {
                    gwg[r][s] += g[f][r] * g[f][s];
                }
            }
        }
        return new Basis(g, SmallMatrix.inverse(gwg), 2 * pointCount);
    }

    /** G and K = (GᵀWG)⁻¹ of a free network; W selects the first {@code weighted} unknowns. */
    record Basis(double[][] g, double[][] k, int weighted) {

        /** x − G·K·GᵀW·x: the minimum-norm representative of x (in full order). */
        double[] project(double[] x) {
            int m = k.length;
            double[] gwx = new double[m];
            for (int f = 0; f < weighted; f++) {
                for (int r = 0; r < m; r++) {
                    gwx[r] += g[f][r] * x[f];
                }
            }
            double[] kgwx = SmallMatrix.times(k, gwx);
            double[] y = x.clone();
            for (int f = 0; f < x.length; f++) {
                for (int r = 0; r < m; r++) {
                    y[f] -= g[f][r] * kgwx[r];
                }
            }
            return y;
        }
    }
}
