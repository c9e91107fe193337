package org.lastmile.survey.division;

import java.util.Arrays;

/**
 * A(t): the area of the parcel on the near side of a line at distance t, the line moving in a
 * fixed direction (the inward normal of an edge). A(t) is continuous and non-decreasing, and
 * exactly quadratic between consecutive vertex levels (its derivative, the length of the line
 * inside the parcel, is linear there). So a target area is found exactly: a binary search over
 * the vertex levels finds the bracketing interval, the quadratic through three values of that
 * interval is solved, and a Newton step removes the rounding. Each value of A costs one O(n) pass
 * ({@link HalfPlaneArea}), so a target costs O(n log n).
 *
 * <p>Distances t are metres along the normal from the line of the edge, positive into the parcel.
 */
public final class AreaProfile {

    private final HalfPlaneArea area;
    private final double nx;
    private final double ny;
    /** The distinct vertex levels, ascending. */
    private final double[] levels;
    private final double total;

    AreaProfile(HalfPlaneArea area, double nx, double ny) {
        this.area = area;
        this.nx = nx;
        this.ny = ny;
        this.levels = Arrays.stream(area.levels(nx, ny)).sorted().distinct().toArray();
        this.total = area.below(nx, ny, levels[levels.length - 1]);
    }

    /** The whole area of the parcel, m². */
    public double totalArea() {
        return total;
    }

    /** The level of the nearest vertex (metres; negative when the parcel reaches behind the edge). */
    public double minLevel() {
        return levels[0];
    }

    /** The level of the farthest vertex, metres. */
    public double maxLevel() {
        return levels[levels.length - 1];
    }

    /** A(t): the area (m²) on the near side of the line at distance t (m). */
    public double areaBelow(double t) {
        return area.below(nx, ny, t);
    }

    /**
     * The distance t (m) at which A(t) equals a target area.
     *
     * @param targetM2 strictly between 0 and {@link #totalArea()}
     */
    public double levelFor(double targetM2) {
        if (!(targetM2 > 0 && targetM2 < total)) {
            throw new IllegalArgumentException("target " + targetM2 + " outside (0, " + total + ")");
        }
        int lo = 0;
        int hi = levels.length - 1;
        double aLo = 0;
        double aHi = total;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            double a = areaBelow(levels[mid]);
            if (a < targetM2) {
                lo = mid;
                aLo = a;
            } else {
                hi = mid;
                aHi = a;
            }
        }
        double t0 = levels[lo];
        double h = levels[hi] - t0;
        double aMid = areaBelow(t0 + h / 2);
        // A(t0 + u·h) = aLo + α·u + β·u² through u = 0, ½, 1
        double d1 = aHi - aLo;
        double dm = aMid - aLo;
        double beta = 2 * d1 - 4 * dm;
        double alpha = 4 * dm - d1;
        double c = targetM2 - aLo;
        double disc = Math.max(alpha * alpha + 4 * beta * c, 0);
        double denominator = alpha + Math.sqrt(disc);
        double u = denominator > 0 ? 2 * c / denominator : 0.5;
        double t = t0 + Math.min(Math.max(u, 0), 1) * h;
        return polish(t, targetM2, t0, levels[hi], (alpha + 2 * beta * u) / h);
    }

    /** Newton steps on A(t) = target with the chord length as derivative, kept in [t0, t1]. */
    private double polish(double t, double target, double t0, double t1, double slope) {
        double best = t;
        if (!(slope > 0)) {
            return best;
        }
        for (int i = 0; i < 2; i++) {
            double next = t + (target - areaBelow(t)) / slope;
            if (!(next >= t0 && next <= t1)) {
                break;
            }
            t = next;
            best = t;
        }
        return best;
    }
}
