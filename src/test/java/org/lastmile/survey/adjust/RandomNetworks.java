package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Random fields for property tests: a star-shaped polygon of n corners, every side, a fan of
 * diagonals (2n − 3 tapes, rigid) plus spare diagonals, perhaps GNSS on every corner (as an
 * officer walking the field does; a corner with two tapes and no GNSS could lie mirrored), perhaps
 * grid bearings; observations simulated from the true shape with noise of their stated σ.
 */
final class RandomNetworks {

    final List<PlanePoint> truth = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final boolean positioned;

    RandomNetworks(long seed, boolean positioned, boolean bearings) {
        this.positioned = positioned;
        Random rnd = new Random(seed);
        // A draw whose diagonals leave a corner on a straight line between the only corners that
        // hold it is undetermined across that line (no solver settles): draw again.
        do {
            truth.clear();
            ids.clear();
            observations.clear();
            draw(rnd, positioned, bearings);
        } while (!rigid());
    }

    private boolean rigid() {
        java.util.Map<String, PlanePoint> start = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            start.put(ids.get(i), truth.get(i));
        }
        try {
            AdjustmentResult r = new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0))
                    .run(new Network(observations, start));
            return r.points().stream().allMatch(p -> p.ellipse().a() < 1.0);
        } catch (AdjustmentException e) {
            return false;
        }
    }

    private void draw(Random rnd, boolean positioned, boolean bearings) {
        int n = 4 + rnd.nextInt(6);
        double radius = 40 + rnd.nextDouble() * 120;
        double e0 = 500000 + rnd.nextDouble() * 100000;
        double n0 = 4000000 + rnd.nextDouble() * 100000;
        // Corners of 30°–150° only, as survey.md asks of a field: a corner on a straight line between
        // the only two corners it is taped to is undetermined across that line.
        do {
            truth.clear();
            double angle = rnd.nextDouble() * 2 * Math.PI;
            for (int i = 0; i < n; i++) {
                angle += 2 * Math.PI / n * (0.7 + 0.6 * rnd.nextDouble()) * (n - 0.5) / n;
                double r = radius * (0.7 + 0.6 * rnd.nextDouble());
                truth.add(new PlanePoint(e0 + r * Math.sin(angle), n0 + r * Math.cos(angle)));
            }
        } while (!wellShaped(truth));
        for (int i = 0; i < n; i++) {
            ids.add("P" + i);
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            pairs.add(pair(i, (i + 1) % n));
        }
        for (int i = 2; i < n - 1; i++) {
            pairs.add(pair(0, i));
        }
        int spare = 2 + rnd.nextInt(3);
        for (int t = 0; t < 50 && pairs.size() < Math.min(2 * n - 3 + spare, n * (n - 1) / 2); t++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            if (i != j) {
                pairs.add(pair(i, j));
            }
        }
        for (List<Integer> p : pairs) {
            double d = truth.get(p.get(0)).distanceTo(truth.get(p.get(1)));
            double sigma = TapeDistance.defaultSigma(d, 0.01);
            observations.add(new TapeDistance(ids.get(p.get(0)), ids.get(p.get(1)), d + sigma * rnd.nextGaussian(),
                    sigma));
        }
        if (positioned) {
            for (int k = 0; k < n; k++) {
                PlanePoint p = truth.get(k);
                double sigma = 1 + 3 * rnd.nextDouble();
                observations.add(PointPosition.gnss(ids.get(k), p.e() + sigma * rnd.nextGaussian(),
                        p.n() + sigma * rnd.nextGaussian(), sigma));
            }
        }
        if (bearings) {
            for (int k = 0; k < 2; k++) {
                int i = rnd.nextInt(n);
                int j = (i + 1 + rnd.nextInt(n - 1)) % n;
                PlanePoint a = truth.get(i);
                PlanePoint b = truth.get(j);
                double alpha = Math.toDegrees(Math.atan2(b.e() - a.e(), b.n() - a.n()));
                observations.add(Bearing.grid(ids.get(i), ids.get(j), alpha + rnd.nextGaussian(), 1));
            }
        }
    }

    Network network() {
        return Network.of(observations);
    }

    /** Every corner between 30° and 150°: no sliver the tests would trip on. */
    static boolean wellShaped(List<PlanePoint> ring) {
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            PlanePoint a = ring.get((i + n - 1) % n);
            PlanePoint b = ring.get(i);
            PlanePoint c = ring.get((i + 1) % n);
            double cos = ((a.e() - b.e()) * (c.e() - b.e()) + (a.n() - b.n()) * (c.n() - b.n()))
                    / (a.distanceTo(b) * c.distanceTo(b));
            double degrees = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
            if (degrees < 30 || degrees > 150) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> pair(int i, int j) {
        return List.of(Math.min(i, j), Math.max(i, j));
    }
}
