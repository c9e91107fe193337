package org.lastmile.survey.area;

import java.util.List;
import org.lastmile.survey.crs.PlanePoint;

/**
 * The shoelace area of a ring of plane corners: A = ½ Σ (E_i·N_{i+1} − E_{i+1}·N_i). Coordinates
 * are taken relative to the first corner, so Gauss-Krüger values of millions of metres lose no
 * precision. A ring may or may not repeat its first corner at the end.
 */
public final class PlaneArea {

    private PlaneArea() {
    }

    /** The signed area in m²: positive when the corners run counter-clockwise (E right, N up). */
    public static double signed(List<PlanePoint> ring) {
        int n = ringSize(ring);
        if (n < 3) {
            return 0;
        }
        double e0 = ring.get(0).e();
        double n0 = ring.get(0).n();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            PlanePoint p = ring.get(i);
            PlanePoint q = ring.get((i + 1) % n);
            sum += (p.e() - e0) * (q.n() - n0) - (q.e() - e0) * (p.n() - n0);
        }
        return sum / 2;
    }

    /** The area of the ring in m² on the plane. */
    public static Area of(List<PlanePoint> ring) {
        return new Area(Math.abs(signed(ring)), Surface.PLANE);
    }

    /** The number of distinct corners: the size, less one when the last repeats the first. */
    static int ringSize(List<PlanePoint> ring) {
        int n = ring.size();
        if (n > 1 && ring.get(0).equals(ring.get(n - 1))) {
            n--;
        }
        return n;
    }
}
