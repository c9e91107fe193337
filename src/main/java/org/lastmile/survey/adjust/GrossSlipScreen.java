package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Covariance2;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Finds tapes that are grossly wrong before the adjustment, so that data snooping is not misled
 * by masking and swamping: a tape that differs from the distance between two positioned corners
 * by more than k standard deviations of the difference, and the tapes of a triangle whose sides
 * break the triangle inequality by more than k standard deviations. The result is the number of
 * such findings per observation index; data snooping tests suspects first.
 */
final class GrossSlipScreen {

    private GrossSlipScreen() {
    }

    /**
     * Every tape and grid bearing compared with its ends' GNSS positions (or known coordinates):
     * those that differ by more than {@code k} standard deviations of the difference, with the
     * writing slips of a tape that would agree (within {@link #SUGGESTION_Z} σ).
     *
     * @param groundToPlane the factor that turned written tape values into plane distances
     */
    static List<ScreenFinding> findings(List<Observation> observations, double k, List<Double> tapeLengths,
            double groundToPlane) {
        List<ScreenFinding> out = new ArrayList<>();
        Map<String, double[]> positions = positions(observations);
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String from;
            String to;
            if (o instanceof TapeDistance t) {
                from = t.from();
                to = t.to();
            } else if (o instanceof Bearing b && !b.hasOrientationUnknown()) {
                from = b.from();
                to = b.to();
            } else {
                continue;
            }
            double[] a = positions.get(from);
            double[] b = positions.get(to);
            if (a == null || b == null) {
                continue;
            }
            double de = b[0] - a[0];
            double dn = b[1] - a[1];
            double d = Math.hypot(de, dn);
            if (!(d > 0)) {
                continue;
            }
            double ue = de / d;
            double un = dn / d;
            if (o instanceof TapeDistance t) {
                double sigma = Math.sqrt(t.sigma() * t.sigma() + along(a, ue, un) + along(b, ue, un));
                double z = (t.distance() - d) / sigma;
                if (Math.abs(z) > k) {
                    double f = groundToPlane;
                    double written = java.math.BigDecimal.valueOf(t.distance() / f)
                            .setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
                    List<SlipSuggestion> slips = new ArrayList<>();
                    for (Map.Entry<Double, SlipKind> c : SlipSearch.candidates(written, tapeLengths).entrySet()) {
                        double zc = (c.getKey() * f - d) / sigma;
                        if (Math.abs(zc) <= SUGGESTION_Z) {
                            slips.add(new SlipSuggestion(c.getValue(), c.getKey(), zc));
                        }
                    }
                    slips.sort(java.util.Comparator.comparingDouble(s -> Math.abs(s.w())));
                    out.add(new ScreenFinding(i, o.type(), t.distance() / f, d / f, sigma / f, z, slips));
                }
            } else {
                Bearing br = (Bearing) o;
                // across the line: the unit vector turned by 90°
                double across = (along(a, un, -ue) + along(b, un, -ue)) / (d * d);
                double sigma = Math.sqrt(br.sigma() * br.sigma() + across);
                double expected = Math.atan2(de, dn);
                double z = Bearing.wrap(br.radians() - expected) / sigma;
                if (Math.abs(z) > k) {
                    out.add(new ScreenFinding(i, o.type(), br.radians(), Bearing.normalize(expected), sigma, z,
                            List.of()));
                }
            }
        }
        return out;
    }

    /** A writing slip is suggested by the screen when its value lies within this many σ of the positions'. */
    static final double SUGGESTION_Z = 3;

    static Map<Integer, Integer> suspects(List<Observation> observations, double k) {
        Map<Integer, Integer> found = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> tapes = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            if (observations.get(i) instanceof TapeDistance t) {
                tapes.computeIfAbsent(t.from(), x -> new HashMap<>()).put(t.to(), i);
                tapes.computeIfAbsent(t.to(), x -> new HashMap<>()).put(t.from(), i);
            }
        }
        for (ScreenFinding f : findings(observations, k, List.of(), 1)) {
            if (f.type() == org.lastmile.survey.observation.ObservationType.TAPE) {
                found.merge(f.index(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : tapes.entrySet()) {
            String p = e.getKey();
            List<String> next = new ArrayList<>(new TreeSet<>(e.getValue().keySet()));
            for (int x = 0; x < next.size(); x++) {
                for (int y = x + 1; y < next.size(); y++) {
                    String q = next.get(x);
                    String r = next.get(y);
                    Integer qr = tapes.getOrDefault(q, Map.of()).get(r);
                    if (qr == null || p.compareTo(q) > 0 || p.compareTo(r) > 0) {
                        continue; // each triangle once, from its smallest id
                    }
                    triangle(observations, new int[] {e.getValue().get(q), e.getValue().get(r), qr}, k, found);
                }
            }
        }
        return found;
    }

    private static void triangle(List<Observation> observations, int[] sides, double k, Map<Integer, Integer> found) {
        TapeDistance[] t = new TapeDistance[3];
        double var = 0;
        for (int i = 0; i < 3; i++) {
            t[i] = (TapeDistance) observations.get(sides[i]);
            var += t[i].sigma() * t[i].sigma();
        }
        double tolerance = k * Math.sqrt(var);
        for (int i = 0; i < 3; i++) {
            double others = t[(i + 1) % 3].distance() + t[(i + 2) % 3].distance();
            if (t[i].distance() > others + tolerance) {
                for (int s : sides) {
                    found.merge(s, 1, Integer::sum);
                }
                return;
            }
        }
    }

    private static double along(double[] p, double ue, double un) {
        return ue * ue * p[2] + 2 * ue * un * p[4] + un * un * p[3];
    }

    /** Mean position of every positioned point: e, n, var e, var n, cov (of the mean). */
    private static Map<String, double[]> positions(List<Observation> observations) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Observation o : observations) {
            String id;
            double e;
            double n;
            Covariance2 c;
            if (o instanceof PointPosition g) {
                id = g.point();
                e = g.e();
                n = g.n();
                c = g.covariance();
            } else {
                continue;
            }
            double[] s = sums.computeIfAbsent(id, x -> new double[6]);
            s[0] += e;
            s[1] += n;
            s[2] += c.ee();
            s[3] += c.nn();
            s[4] += c.en();
            s[5]++;
        }
        Map<String, double[]> mean = new HashMap<>();
        sums.forEach((id, s) -> {
            double m = s[5];
            mean.put(id, new double[] {s[0] / m, s[1] / m, s[2] / (m * m), s[3] / (m * m), s[4] / (m * m)});
        });
        return mean;
    }

    /** The indices in {@code suspects}, as a set. */
    static Set<Integer> indices(Map<Integer, Integer> suspects) {
        return new TreeSet<>(suspects.keySet());
    }
}
