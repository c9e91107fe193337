package org.lastmile.survey.division;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * For the benchmarks: only the angle search of a cut through a point (no validity check, no
 * parts), by the former method (F clipped from all edges at 180 directions and at every bisection
 * step) and by the fan ({@link FanArea}). Both return the direction θ (radians) of the first
 * bracket where F rises through the target.
 */
public final class SolveThroughAPoint {

    private SolveThroughAPoint() {
    }

    /** The former search: 360 directions (180 clipped, the rest by symmetry), bisection by clipping. */
    public static double byClipping(Polygon parcel, Coordinate p, double target) {
        HalfPlaneArea area = new HalfPlaneArea(parcel, p);
        double total = parcel.getArea();
        int samples = 360;
        double step = 2 * Math.PI / samples;
        double[] g = new double[samples + 1];
        for (int i = 0; i < samples / 2; i++) {
            double f = area.below(Math.cos(i * step), Math.sin(i * step), 0);
            g[i] = f - target;
            g[i + samples / 2] = total - f - target;
        }
        g[samples] = g[0];
        int i = first(g);
        double lo = i * step;
        double hi = lo + step;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (area.below(Math.cos(mid), Math.sin(mid), 0) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The fan search of {@link PointCutOp}. */
    public static double byFan(Polygon parcel, Coordinate p, double target) {
        FanArea fan = new FanArea(new HalfPlaneArea(parcel, p));
        int samples = 360;
        double step = 2 * Math.PI / samples;
        double[] f = fan.scan(samples);
        double[] g = new double[samples + 1];
        for (int s = 0; s < samples; s++) {
            g[s] = f[s] - target;
        }
        g[samples] = g[0];
        int i = first(g);
        double lo = i * step;
        double hi = lo + step;
        FanArea.Bracket b = fan.bracket(lo, hi);
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (b.area(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static int first(double[] g) {
        for (int i = 0; i < g.length - 1; i++) {
            if (g[i] <= 0 && g[i + 1] >= 0) {
                return i;
            }
        }
        throw new IllegalStateException("no bracket");
    }
}
