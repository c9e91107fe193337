package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Optional;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.geom.GeometryException;
import org.lastmile.survey.geom.ParcelCheck;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Validates a ring of corners with JTS (survey's {@link ParcelCheck}) and, when it is invalid,
 * finds the two sides that cross or touch nearest the place JTS reports, so that the officer reads
 * "J2–J3 crosses J4–J5" rather than a pair of coordinates.
 */
final class RingCheck {

    private RingCheck() {
    }

    /** The problem of a ring drawn at {@code points} (in ring order), if it is not a valid polygon. */
    static Optional<RingProblem> check(SiteSketch s, List<String> ring, List<PlanePoint> points, Polygon polygon,
            RingProblem.Role role) {
        try {
            ParcelCheck.polygon(polygon);
            return Optional.empty();
        } catch (GeometryException e) {
            Coordinate where = e.location().orElse(polygon.getCoordinate());
            Optional<int[]> sides = crossingSides(points, where);
            Optional<Coordinate> exact = sides.map(p -> intersection(points, p[0], p[1]));
            Coordinate at = exact.orElse(where);
            List<String> names = sides.map(p -> List.of(name(s, ring, p[0]), name(s, ring, p[0] + 1),
                    name(s, ring, p[1]), name(s, ring, p[1] + 1))).orElse(List.of());
            return Optional.of(new RingProblem(role, e.error(), new PlanePoint(at.x, at.y), names));
        }
    }

    private static String name(SiteSketch s, List<String> ring, int i) {
        return s.requireCorner(ring.get(i % ring.size())).name();
    }

    /** The two non-adjacent sides that meet nearest {@code where}. */
    private static Optional<int[]> crossingSides(List<PlanePoint> p, Coordinate where) {
        int n = p.size();
        int[] best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == n - 1);
                Coordinate c = adjacent ? null : intersection(p, i, j);
                if (c != null && c.distance(where) < bestD) {
                    bestD = c.distance(where);
                    best = new int[] {i, j};
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Coordinate intersection(List<PlanePoint> p, int i, int j) {
        int n = p.size();
        RobustLineIntersector li = new RobustLineIntersector();
        li.computeIntersection(c(p.get(i)), c(p.get((i + 1) % n)), c(p.get(j)), c(p.get((j + 1) % n)));
        return li.hasIntersection() ? li.getIntersection(0) : null;
    }

    private static Coordinate c(PlanePoint p) {
        return new Coordinate(p.e(), p.n());
    }
}
