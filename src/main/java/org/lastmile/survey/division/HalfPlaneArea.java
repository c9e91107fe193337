package org.lastmile.survey.division;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The area of the part of a polygon that lies in a half-plane {x : n·(x − O) ≤ τ}, in O(n) without
 * building any geometry: each ring is clipped by Sutherland–Hodgman and its clipped shoelace
 * summed on the fly. For a non-convex ring the clipped ring may run back and forth along the cut
 * line, but those runs cancel in the signed area, so the area is exact for any simple polygon;
 * holes (run clockwise) subtract.
 *
 * <p>Coordinates are stored relative to the origin O, so Gauss-Krüger coordinates of millions of
 * metres keep their precision. Immutable and thread-safe.
 */
final class HalfPlaneArea {

    /** Per ring: x and y relative to the origin; the exterior runs counter-clockwise, holes clockwise. */
    private final double[][] xs;
    private final double[][] ys;

    HalfPlaneArea(Polygon polygon, Coordinate origin) {
        int rings = 1 + polygon.getNumInteriorRing();
        xs = new double[rings][];
        ys = new double[rings][];
        for (int r = 0; r < rings; r++) {
            Coordinate[] c = (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates();
            boolean ccw = Orientation.isCCW(c);
            boolean reverse = (r == 0) != ccw;
            int m = c.length - 1;
            xs[r] = new double[m];
            ys[r] = new double[m];
            for (int i = 0; i < m; i++) {
                Coordinate p = c[reverse ? m - i : i];
                xs[r][i] = p.x - origin.x;
                ys[r][i] = p.y - origin.y;
            }
        }
    }

    /** The rings' x relative to the origin (exterior counter-clockwise, holes clockwise); not to be changed. */
    double[][] xs() {
        return xs;
    }

    /** The rings' y relative to the origin; not to be changed. */
    double[][] ys() {
        return ys;
    }

    /** The levels n·(x − O) of every vertex, all rings. */
    double[] levels(double nx, double ny) {
        int count = 0;
        for (double[] x : xs) {
            count += x.length;
        }
        double[] levels = new double[count];
        int k = 0;
        for (int r = 0; r < xs.length; r++) {
            for (int i = 0; i < xs[r].length; i++) {
                levels[k++] = nx * xs[r][i] + ny * ys[r][i];
            }
        }
        return levels;
    }

    /** The area (m²) of the polygon where n·(x − O) ≤ τ; n need not be a unit vector. */
    double below(double nx, double ny, double tau) {
        double sum = 0;
        for (int r = 0; r < xs.length; r++) {
            sum += clippedTwiceArea(xs[r], ys[r], nx, ny, tau);
        }
        return sum / 2;
    }

    private static double clippedTwiceArea(double[] x, double[] y, double nx, double ny, double tau) {
        int m = x.length;
        double sum = 0;
        boolean started = false;
        double firstX = 0;
        double firstY = 0;
        double lastX = 0;
        double lastY = 0;
        double px = x[m - 1];
        double py = y[m - 1];
        double hp = nx * px + ny * py - tau;
        for (int i = 0; i < m; i++) {
            double qx = x[i];
            double qy = y[i];
            double hq = nx * qx + ny * qy - tau;
            if ((hp <= 0) != (hq <= 0)) {
                double f = hp / (hp - hq);
                double ix = px + (qx - px) * f;
                double iy = py + (qy - py) * f;
                if (started) {
                    sum += lastX * iy - ix * lastY;
                } else {
                    firstX = ix;
                    firstY = iy;
                    started = true;
                }
                lastX = ix;
                lastY = iy;
            }
            if (hq <= 0) {
                if (started) {
                    sum += lastX * qy - qx * lastY;
                } else {
                    firstX = qx;
                    firstY = qy;
                    started = true;
                }
                lastX = qx;
                lastY = qy;
            }
            px = qx;
            py = qy;
            hp = hq;
        }
        if (started) {
            sum += lastX * firstY - firstX * lastY;
        }
        return sum;
    }
}
