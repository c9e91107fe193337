package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Starting coordinates for Gauss–Newton: the approximate coordinates given, else the mean of a
 * point's GNSS positions and known coordinates, else construction from placed points, the point
 * with the most tapes to placed points first: an offset from a baseline, a grid bearing with a
 * tape, or the intersection of tapes. With three or more tapes the side of the baseline is the
 * one the third tape fits; with two it is ambiguous: every combination of sides (up to 2¹⁰) is
 * built and the one whose tapes fit best (robustly) is kept, as a folded start leads Gauss–Newton
 * to a false minimum. A network with nothing placed starts from its best-connected tape, laid
 * northwards from (0, 0), and is turned (or mirrored) to fit its grid bearings before bearings
 * place anything. Suspected gross slips are used only for points that cannot be placed without.
 */
final class StartingCoordinates {

    /** At most this many ambiguous sides are tried both ways. */
    static final int MAX_BRANCHES = 10;

    private final List<String> points;
    private final Map<String, List<Observation>> trusted;
    private final Map<String, List<Observation>> all;
    private final List<TapeDistance> tapes;
    private final List<Bearing> bearings;
    private final List<PointPosition> positions;
    private long mask;
    private int decisions;

    private StartingCoordinates(List<String> points, List<Observation> trustedObs, List<Observation> allObs) {
        this.points = points;
        this.trusted = byPoint(trustedObs);
        this.all = byPoint(allObs);
        this.tapes = new ArrayList<>();
        this.bearings = new ArrayList<>();
        this.positions = new ArrayList<>();
        for (Observation o : allObs) {
            if (o instanceof TapeDistance t) {
                tapes.add(t);
            } else if (o instanceof Bearing b) {
                bearings.add(b);
            } else if (o instanceof PointPosition g) {
                positions.add(g);
            }
        }
    }

    /**
     * @param ignored observations not to build from unless needed (suspected gross slips)
     * @return coordinates by point index (E at 2p, N at 2p + 1)
     */
    static double[] build(Network network, List<String> points, Set<Integer> ignored) {
        List<Observation> trusted = new ArrayList<>();
        for (int i = 0; i < network.observations().size(); i++) {
            if (!ignored.contains(i)) {
                trusted.add(network.observations().get(i));
            }
        }
        StartingCoordinates builder = new StartingCoordinates(points, trusted, network.observations());
        Map<String, PlanePoint> best = builder.construct(network, 0);
        int branches = Math.min(builder.decisions, MAX_BRANCHES);
        if (branches > 0 && best.size() == points.size()) {
            double bestMisfit = builder.misfit(best);
            for (long m = 1; m < (1L << branches); m++) {
                Map<String, PlanePoint> candidate = builder.construct(network, m);
                double misfit = builder.misfit(candidate);
                if (candidate.size() == points.size() && misfit < bestMisfit) {
                    best = candidate;
                    bestMisfit = misfit;
                }
            }
        }
        double[] xy = new double[2 * points.size()];
        for (int i = 0; i < points.size(); i++) {
            PlanePoint p = best.get(points.get(i));
            if (p == null) {
                throw new AdjustmentException(AdjustmentError.CANNOT_PLACE, points.get(i));
            }
            xy[2 * i] = p.e();
            xy[2 * i + 1] = p.n();
        }
        return xy;
    }

    private Map<String, PlanePoint> construct(Network network, long sides) {
        this.mask = sides;
        this.decisions = 0;
        Map<String, PlanePoint> placed = new LinkedHashMap<>();
        for (String id : points) {
            PlanePoint p = network.approximate().get(id);
            if (p != null) {
                placed.put(id, p);
            }
        }
        meanPositions(network.observations(), placed);
        boolean seeded = placed.isEmpty();
        if (seeded) {
            seed(network.observations(), placed);
        }
        // A seeded shape has no direction yet: build it from tapes and offsets, orient it by the
        // grid bearings, and only then use bearings to place what is left.
        place(placed, !seeded);
        if (seeded) {
            orientToGridBearings(placed, network.observations());
            place(placed, true);
        }
        return placed;
    }

    /**
     * Σ ln(1 + (misfit / σ)²) over every tape, bearing and position between placed points (a Cauchy
     * loss): a gross slip costs as much as one wrong measurement, a folded side several, so the
     * suspects help to choose a side without pulling it. Bearings count because a corner held by two
     * tapes fits them equally on either side: only a bearing (or a position) to it tells its mirror
     * image from the corner (network seed 531 of AdjustmentPropertiesTest: a free network whose two
     * two-tape corners the tapes alone left mirrored). A compass whose orientation is estimated is
     * turned by the circular mean of its misfits first.
     */
    private double misfit(Map<String, PlanePoint> placed) {
        double sum = 0;
        for (TapeDistance t : tapes) {
            PlanePoint a = placed.get(t.from());
            PlanePoint b = placed.get(t.to());
            if (a != null && b != null) {
                sum += cauchy((a.distanceTo(b) - t.distance()) / t.sigma());
            }
        }
        Map<String, double[]> turns = new HashMap<>(); // per compass: Σ sin, Σ cos of the misfits
        for (Bearing b : bearings) {
            double d = bearingMisfit(b, placed);
            if (b.hasOrientationUnknown() && Double.isFinite(d)) {
                double[] sc = turns.computeIfAbsent(b.compass(), k -> new double[2]);
                sc[0] += Math.sin(d);
                sc[1] += Math.cos(d);
            }
        }
        for (Bearing b : bearings) {
            double d = bearingMisfit(b, placed);
            if (Double.isFinite(d)) {
                double[] sc = turns.get(b.compass());
                double turn = b.hasOrientationUnknown() ? Math.atan2(sc[0], sc[1]) : 0;
                sum += cauchy(Bearing.wrap(d - turn) / b.sigma());
            }
        }
        for (PointPosition g : positions) {
            PlanePoint p = placed.get(g.point());
            if (p != null) {
                sum += cauchy((p.e() - g.e()) / g.sigma(0))
                        + cauchy((p.n() - g.n()) / g.sigma(1));
            }
        }
        return sum;
    }

    private static double cauchy(double z) {
        return Math.log1p(z * z);
    }

    /** Observed minus computed bearing, wrapped; NaN when an end is not placed. */
    private static double bearingMisfit(Bearing b, Map<String, PlanePoint> placed) {
        PlanePoint i = placed.get(b.from());
        PlanePoint j = placed.get(b.to());
        if (i == null || j == null || i.distanceTo(j) == 0) {
            return Double.NaN;
        }
        return Bearing.wrap(b.radians() - Math.atan2(j.e() - i.e(), j.n() - i.n()));
    }

    private static Map<String, List<Observation>> byPoint(List<Observation> observations) {
        Map<String, List<Observation>> map = new HashMap<>();
        for (Observation o : observations) {
            for (String id : o.points()) {
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
            }
        }
        return map;
    }

    private static void meanPositions(List<Observation> obs, Map<String, PlanePoint> placed) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Observation o : obs) {
            String id = null;
            double e = 0;
            double n = 0;
            if (o instanceof PointPosition g) {
                id = g.point();
                e = g.e();
                n = g.n();
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

    private void seed(List<Observation> obs, Map<String, PlanePoint> placed) {
        TapeDistance best = null;
        int bestDegree = -1;
        for (Observation o : obs) {
            if (o instanceof TapeDistance t) {
                int degree = all.get(t.from()).size() + all.get(t.to()).size();
                if (degree > bestDegree) {
                    best = t;
                    bestDegree = degree;
                }
            }
        }
        if (best != null) {
            placed.put(best.from(), new PlanePoint(0, 0));
            placed.put(best.to(), new PlanePoint(0, best.distance()));
        }
    }

    /**
     * A shape built from tapes alone has an arbitrary direction and may be the mirror image of the
     * field; grid bearings fix both. Turns (and if that fits better, mirrors) the shape so that the
     * grid bearings fit, as Gauss–Newton cannot undo a mirror image.
     */
    private static void orientToGridBearings(Map<String, PlanePoint> placed, List<Observation> obs) {
        double[] best = null;
        double bestFit = -1;
        for (boolean mirror : new boolean[] {false, true}) {
            double sin = 0;
            double cos = 0;
            int count = 0;
            for (Observation o : obs) {
                if (o instanceof Bearing b && !b.hasOrientationUnknown() && placed.containsKey(b.from())
                        && placed.containsKey(b.to())) {
                    PlanePoint i = placed.get(b.from());
                    PlanePoint j = placed.get(b.to());
                    double de = (j.e() - i.e()) * (mirror ? -1 : 1);
                    double alpha = Math.atan2(de, j.n() - i.n());
                    sin += Math.sin(b.radians() - alpha);
                    cos += Math.cos(b.radians() - alpha);
                    count++;
                }
            }
            if (count == 0) {
                return;
            }
            double fit = Math.hypot(sin, cos) / count;
            if (fit > bestFit) {
                bestFit = fit;
                best = new double[] {mirror ? -1 : 1, Math.atan2(sin, cos)};
            }
        }
        double c = Math.cos(best[1]);
        double s = Math.sin(best[1]);
        for (Map.Entry<String, PlanePoint> p : placed.entrySet()) {
            double e = p.getValue().e() * best[0];
            double n = p.getValue().n();
            // clockwise by the mean misfit: every bearing grows by it
            p.setValue(new PlanePoint(e * c + n * s, -e * s + n * c));
        }
    }

    /** Places points until none can be: at each step the one with the most tapes to placed points. */
    private void place(Map<String, PlanePoint> placed, boolean polar) {
        for (Map<String, List<Observation>> obs : List.of(trusted, all)) {
            while (placed.size() < points.size()) {
                String best = null;
                int most = 0;
                for (String id : points) {
                    if (!placed.containsKey(id)) {
                        int ties = tiesToPlaced(id, obs, placed);
                        if (ties > most) {
                            most = ties;
                            best = id;
                        }
                    }
                }
                PlanePoint p = best == null ? null : construct(best, obs, placed, polar);
                if (p == null) {
                    // The best-tied point cannot be built (e.g. a single tape): try the others in order.
                    for (String id : points) {
                        if (p == null && !placed.containsKey(id)) {
                            p = construct(id, obs, placed, polar);
                            best = id;
                        }
                    }
                }
                if (p == null) {
                    break;
                }
                placed.put(best, p);
            }
        }
    }

    private static int tiesToPlaced(String id, Map<String, List<Observation>> obs, Map<String, PlanePoint> placed) {
        int ties = 0;
        for (Observation o : obs.getOrDefault(id, List.of())) {
            if (o instanceof TapeDistance t && (t.from().equals(id) && placed.containsKey(t.to())
                    || t.to().equals(id) && placed.containsKey(t.from()))) {
                ties++;
            } else if (o instanceof BaselineOffset b && b.point().equals(id) && placed.containsKey(b.a())
                    && placed.containsKey(b.b())) {
                ties += 3;
            }
        }
        return ties;
    }

    private PlanePoint construct(String id, Map<String, List<Observation>> byPoint, Map<String, PlanePoint> placed,
            boolean usePolar) {
        List<Observation> obs = byPoint.getOrDefault(id, List.of());
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
                    return new PlanePoint(a.e() + b.chainage() * ue - b.offset() * un,
                            a.n() + b.chainage() * un + b.offset() * ue);
                }
            }
            if (o instanceof TapeDistance t) {
                String other = t.from().equals(id) ? t.to() : t.from();
                PlanePoint c = placed.get(other);
                if (c != null && !centres.contains(other)) {
                    circles.add(new double[] {c.e(), c.n(), t.distance()});
                    centres.add(other);
                    PlanePoint polar = usePolar ? polar(id, other, c, t.distance(), obs) : null;
                    if (polar != null) {
                        return polar;
                    }
                }
            }
        }
        if (circles.size() < 2) {
            return null;
        }
        return intersect(circles, centres, placed);
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

    private PlanePoint intersect(List<double[]> circles, List<String> centres, Map<String, PlanePoint> placed) {
        double[] a = circles.get(0);
        double[] b = circles.get(1);
        double de = b[0] - a[0];
        double dn = b[1] - a[1];
        double d = Math.hypot(de, dn);
        if (d == 0) {
            return null;
        }
        // The triangle's shape from the tapes (a tape between the two centres, if any, rather than
        // their GNSS-implied distance), its direction from the placed points.
        double base = tapeBetween(centres.get(0), centres.get(1)).orElse(d);
        double x = (a[2] * a[2] - b[2] * b[2] + base * base) / (2 * base);
        // Never exactly on the line: two collinear tapes would leave the point undetermined.
        double h = Math.max(Math.sqrt(Math.max(a[2] * a[2] - x * x, 0)), 0.05 * Math.min(a[2], b[2]));
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
        // Two tapes only: by default opposite a point tied to both ends of the baseline (a triangle
        // built on it), else to the left; the other side when this decision's bit of the mask is set.
        boolean chooseLeft = true;
        for (Map.Entry<String, PlanePoint> e : placed.entrySet()) {
            String id = e.getKey();
            if (!centres.contains(id) && tied(id, centres.get(0)) && tied(id, centres.get(1))) {
                PlanePoint p = e.getValue();
                chooseLeft = ue * (p.n() - a[1]) - un * (p.e() - a[0]) <= 0;
                break;
            }
        }
        if (decisions < 63 && (mask >> decisions & 1) == 1) {
            chooseLeft = !chooseLeft;
        }
        decisions++;
        return chooseLeft ? left : right;
    }

    private Optional<Double> tapeBetween(String p, String q) {
        for (Observation o : all.getOrDefault(p, List.of())) {
            if (o instanceof TapeDistance t && (t.from().equals(q) || t.to().equals(q))) {
                return Optional.of(t.distance());
            }
        }
        return Optional.empty();
    }

    private boolean tied(String p, String q) {
        for (Observation o : all.getOrDefault(p, List.of())) {
            if (o.points().contains(q)) {
                return true;
            }
        }
        return false;
    }
}
