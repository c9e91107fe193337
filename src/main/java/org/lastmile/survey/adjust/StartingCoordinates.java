package org.lastmile.survey.adjust;

import org.lastmile.survey.crs.PlanePoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.GnssPosition;
import org.lastmile.survey.observation.KnownCoordinate;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Starting coordinates for Gauss–Newton: the approximate coordinates given, else the mean of a
 * point's GNSS positions and known coordinates, else construction from already placed points:
 * an offset from a baseline, a grid bearing with a tape, or two tapes (the side of the baseline
 * is chosen by a third tape, else opposite a triangle already built on that baseline). A network
 * with nothing placed starts from its best-connected tape, laid northwards from (0, 0). Suspected
 * gross slips are used only for points that cannot be placed without them.
 */
final class StartingCoordinates {

    private StartingCoordinates() {
    }

    /**
     * @param ignored observations not to build from (suspected gross slips)
     * @return coordinates by point index (E at 2p, N at 2p + 1)
     */
    static double[] build(Network network, List<String> points, Set<Integer> ignored) {
        Map<String, PlanePoint> placed = new LinkedHashMap<>();
        for (String id : points) {
            PlanePoint p = network.approximate().get(id);
            if (p != null) {
                placed.put(id, p);
            }
        }
        List<Observation> trusted = new ArrayList<>();
        for (int i = 0; i < network.observations().size(); i++) {
            if (!ignored.contains(i)) {
                trusted.add(network.observations().get(i));
            }
        }
        meanPositions(network.observations(), placed);
        if (placed.isEmpty()) {
            seed(trusted.isEmpty() ? network.observations() : trusted, placed);
        }
        // First from the trusted observations only, then with the suspects for what is left.
        for (List<Observation> obs : List.of(trusted, network.observations())) {
            boolean progress = true;
            while (progress && placed.size() < points.size()) {
                progress = false;
                for (String id : points) {
                    if (!placed.containsKey(id)) {
                        PlanePoint p = construct(id, obs, placed);
                        if (p != null) {
                            placed.put(id, p);
                            progress = true;
                        }
                    }
                }
            }
        }
        double[] xy = new double[2 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            PlanePoint p = placed.get(points.get(i));
            if (p == null) {
                throw new AdjustmentException(AdjustmentError.CANNOT_PLACE, points.get(i));
            }
            xy[2 * i] = p.e();
            xy[2 * i + 1] = p.n();
        }
        return xy;
    }

    private static void meanPositions(List<Observation> obs, Map<String, PlanePoint> placed) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Observation o : obs) {
            String id = null;
            double e = 0;
            double n = 0;
            if (o instanceof GnssPosition g) {
                id = g.point();
                e = g.e();
                n = g.n();
            } else if (o instanceof KnownCoordinate c) {
                id = c.point();
                e = c.e();
                n = c.n();
            }
            if (id != null && !placed.containsKey(id)) {
                double[] s = sums.computeIfAbsent(id, k -> new double[3]);
                s[0] += e;
                s[1] += n;
                s[2]++;
            }
        }
        sums.forEach((id, s) -> placed.put(id, new PlanePoint(s[0] / s[2], s[1] / s[2])));
    }

    private static void seed(List<Observation> obs, Map<String, PlanePoint> placed) {
        Map<String, Integer> degree = new HashMap<>();
        for (Observation o : obs) {
            if (o instanceof TapeDistance t) {
                degree.merge(t.from(), 1, Integer::sum);
                degree.merge(t.to(), 1, Integer::sum);
            }
        }
        TapeDistance best = null;
        for (Observation o : obs) {
            if (o instanceof TapeDistance t && (best == null
                    || degree.get(t.from()) + degree.get(t.to()) > degree.get(best.from()) + degree.get(best.to()))) {
                best = t;
            }
        }
        if (best != null) {
            placed.put(best.from(), new PlanePoint(0, 0));
            placed.put(best.to(), new PlanePoint(0, best.distance()));
        }
    }

    private static PlanePoint construct(String id, List<Observation> obs, Map<String, PlanePoint> placed) {
        List<double[]> circles = new ArrayList<>(); // e, n, radius of tapes from placed points
        List<String> centres = new ArrayList<>();
        for (Observation o : obs) {
            if (o instanceof BaselineOffset b && b.point().equals(id) && placed.containsKey(b.a())
                    && placed.containsKey(b.b())) {
                PlanePoint a = placed.get(b.a());
                PlanePoint e = placed.get(b.b());
                double len = a.distanceTo(e);
                if (len > 0) {
                    double ue = (e.e() - a.e()) / len;
                    double un = (e.n() - a.n()) / len;
                    return new PlanePoint(a.e() + b.chainage() * ue + b.offset() * un,
                            a.n() + b.chainage() * un - b.offset() * ue);
                }
            }
            if (o instanceof TapeDistance t && (t.from().equals(id) || t.to().equals(id))) {
                String other = t.from().equals(id) ? t.to() : t.from();
                PlanePoint c = placed.get(other);
                if (c != null && !centres.contains(other)) {
                    circles.add(new double[] {c.e(), c.n(), t.distance()});
                    centres.add(other);
                    PlanePoint polar = polar(id, other, c, t.distance(), obs);
                    if (polar != null) {
                        return polar;
                    }
                }
            }
        }
        if (circles.size() < 2) {
            return null;
        }
        return intersect(circles, centres, obs, placed);
    }

    /** A grid bearing between {@code id} and a placed point together with their tape. */
    private static PlanePoint polar(String id, String other, PlanePoint c, double distance, List<Observation> obs) {
        for (Observation o : obs) {
            if (o instanceof Bearing b && !b.hasOrientationUnknown()) {
                double alpha;
                if (b.from().equals(other) && b.to().equals(id)) {
                    alpha = b.radians();
                } else if (b.from().equals(id) && b.to().equals(other)) {
                    alpha = b.radians() + Math.PI;
                } else {
                    continue;
                }
                return new PlanePoint(c.e() + distance * Math.sin(alpha), c.n() + distance * Math.cos(alpha));
            }
        }
        return null;
    }

    private static PlanePoint intersect(List<double[]> circles, List<String> centres, List<Observation> obs,
            Map<String, PlanePoint> placed) {
        double[] a = circles.get(0);
        double[] b = circles.get(1);
        double de = b[0] - a[0];
        double dn = b[1] - a[1];
        double d = Math.hypot(de, dn);
        if (d == 0) {
            return null;
        }
        double x = (a[2] * a[2] - b[2] * b[2] + d * d) / (2 * d);
        double h = Math.sqrt(Math.max(a[2] * a[2] - x * x, 0));
        double ue = de / d;
        double un = dn / d;
        // Left of A→B: (−un, ue); right: (un, −ue).
        PlanePoint left = new PlanePoint(a[0] + x * ue - h * un, a[1] + x * un + h * ue);
        PlanePoint right = new PlanePoint(a[0] + x * ue + h * un, a[1] + x * un - h * ue);
        if (circles.size() > 2) {
            double misfitLeft = 0;
            double misfitRight = 0;
            for (int i = 2; i < circles.size(); i++) {
                double[] c = circles.get(i);
                misfitLeft += Math.abs(Math.hypot(left.e() - c[0], left.n() - c[1]) - c[2]);
                misfitRight += Math.abs(Math.hypot(right.e() - c[0], right.n() - c[1]) - c[2]);
            }
            return misfitLeft <= misfitRight ? left : right;
        }
        // Opposite a point already tied to both ends of the baseline (a triangle built on it).
        for (Map.Entry<String, PlanePoint> e : placed.entrySet()) {
            String id = e.getKey();
            if (!centres.contains(id) && tied(id, centres.get(0), obs) && tied(id, centres.get(1), obs)) {
                PlanePoint p = e.getValue();
                double side = ue * (p.n() - a[1]) - un * (p.e() - a[0]);
                return side > 0 ? right : left;
            }
        }
        return left;
    }

    private static boolean tied(String p, String q, List<Observation> obs) {
        for (Observation o : obs) {
            if (o.points().contains(p) && o.points().contains(q)) {
                return true;
            }
        }
        return false;
    }
}
