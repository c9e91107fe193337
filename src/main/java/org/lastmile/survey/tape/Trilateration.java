package org.lastmile.survey.tape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lastmile.survey.crs.PlanePoint;

/**
 * Places points by a chain of taped triangles: each new point from two placed points and its
 * distances to them, on the side of the line between them that the sketch shows. The first two
 * points fix the frame (or any points may be fixed with known coordinates).
 *
 * <pre>{@code
 * Trilateration t = new Trilateration("A", "B", 85.368);   // A (0,0), B (85.368, 0)
 * t.intersect("C", "A", 60.20, "B", 70.10, Side.LEFT);
 * }</pre>
 *
 * A chain has no redundancy: a wrong tape bends the shape without a trace. Use it for starting
 * coordinates and let the adjustment (with spare tapes) check it.
 */
public final class Trilateration {

    private final Map<String, PlanePoint> points = new LinkedHashMap<>();
    private final List<TapeWarning> warnings = new ArrayList<>();

    /** An empty network: fix points with {@link #fix} first. */
    public Trilateration() {
    }

    /** A network whose first point is at (0, 0) and whose second lies {@code distance} m east of it. */
    public Trilateration(String first, String second, double distance) {
        fix(first, new PlanePoint(0, 0));
        fix(second, new PlanePoint(TapeException.positive(distance), 0));
    }

    /** Places a point at known coordinates (E, N in metres). */
    public Trilateration fix(String id, PlanePoint point) {
        points.put(id, point);
        return this;
    }

    /**
     * Places {@code id} at {@code fromDistance} m from {@code from} and {@code toDistance} m from
     * {@code to}, on {@code side} of the line from → to; warns when an angle of the triangle is
     * weak (under 30° or over 150°).
     *
     * @return the new point
     * @throws TapeException {@link TapeError#UNKNOWN_POINT}, {@link TapeError#NOT_POSITIVE} or
     *                       {@link TapeError#TRIANGLE_INEQUALITY}
     */
    public PlanePoint intersect(String id, String from, double fromDistance, String to, double toDistance,
            Side side) {
        PlanePoint p = placed(from);
        PlanePoint q = placed(to);
        double base = p.distanceTo(q);
        // the triangle (from, to, id): side opposite "to" is fromDistance, opposite "from" is toDistance
        Triangle t = Triangle.fromSides(toDistance, fromDistance, base, side);
        double ux = (q.e() - p.e()) / base;
        double uy = (q.n() - p.n()) / base;
        PlanePoint local = t.c();
        PlanePoint placed = new PlanePoint(p.e() + local.e() * ux - local.n() * uy,
                p.n() + local.e() * uy + local.n() * ux);
        String[] names = {from, to, id};
        double[] angles = t.anglesDeg();
        for (int i = 0; i < 3; i++) {
            if (Triangle.isWeak(angles[i])) {
                warnings.add(new TapeWarning(TapeWarning.Code.WEAK_ANGLE, names[i], angles[i]));
            }
        }
        points.put(id, placed);
        return placed;
    }

    /** The placed points in the order they were placed. */
    public Map<String, PlanePoint> points() {
        return Collections.unmodifiableMap(points);
    }

    /** The weak-angle warnings so far. */
    public List<TapeWarning> warnings() {
        return List.copyOf(warnings);
    }

    private PlanePoint placed(String id) {
        PlanePoint p = points.get(id);
        if (p == null) {
            throw new TapeException(TapeError.UNKNOWN_POINT, id);
        }
        return p;
    }

    /**
     * A polygon V0 … V(n−1) (counter-clockwise on the sketch) from its sides and the diagonals from
     * V0 (a fan of triangles): V0 at (0, 0), V1 east of it, V_k from V0 and V_(k−1). Fits convex
     * fields, and others whose diagonals from V0 all run inside.
     *
     * @param sides     n sides: sides[i] = |V_i V_(i+1)|, the last closing back to V0
     * @param diagonals n − 3 diagonals: diagonals[k − 2] = |V0 V_k| for k = 2 … n − 2
     * @return the corners in order, ids "0", "1", …
     * @throws TapeException {@link TapeError#WRONG_COUNT} when the counts do not match
     */
    public static Trilateration fan(double[] sides, double[] diagonals) {
        int n = sides.length;
        if (n < 3 || diagonals.length != n - 3) {
            throw new TapeException(TapeError.WRONG_COUNT, Math.max(n - 3, 0), diagonals.length);
        }
        Trilateration t = new Trilateration("0", "1", sides[0]);
        for (int k = 2; k < n; k++) {
            double fromV0 = k == n - 1 ? sides[n - 1] : diagonals[k - 2];
            t.intersect(String.valueOf(k), "0", fromV0, String.valueOf(k - 1), sides[k - 1], Side.LEFT);
        }
        return t;
    }
}
