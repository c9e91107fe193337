package org.lastmile.survey.adjust;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Sites like those of issue 13 and shared/survey.md: a star-shaped field of {@code n} corners
 * (30°–150° at every corner), GNSS σ 3 m on every corner, every side and diagonal taped (σ =
 * √(1.5 cm² + (s/2000)²), written to the mm), two grid bearings of σ 1° (sighting compass); the
 * observations are simulated from the true corners with noise of their stated σ. Tapes come first
 * (index i for the pair in lexicographic order), then the GNSS positions, then the bearings.
 */
final class SlipSites {

    final List<PlanePoint> truth = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final int tapes;

    /** The tape made to measure a given length by {@link #SlipSites(long, int, double, double, boolean)}, else −1. */
    final int fitted;

    /** A site of {@code n} corners with sides of roughly {@code scale} metres. */
    SlipSites(long seed, int n, double scale) {
        this(seed, n, scale, Double.NaN, false);
    }

    /**
     * A site of {@code n} corners scaled so that the tape (a side if {@code side}) closest to
     * {@code length} metres measures exactly that (noise-free; its index is {@link #fitted}), when
     * {@code length} is not NaN.
     */
    SlipSites(long seed, int n, double scale, double length, boolean side) {
        Random rnd = new Random(seed);
        double e0 = 600000 + rnd.nextDouble() * 50000;
        double n0 = 4050000 + rnd.nextDouble() * 50000;
        double radius = scale * (0.8 + 0.4 * rnd.nextDouble()) / (2 * Math.sin(Math.PI / n));
        do {
            truth.clear();
            double angle = rnd.nextDouble() * 2 * Math.PI;
            for (int i = 0; i < n; i++) {
                angle += 2 * Math.PI / n * (0.75 + 0.5 * rnd.nextDouble()) * (n - 0.5) / n;
                double r = radius * (0.75 + 0.5 * rnd.nextDouble());
                truth.add(new PlanePoint(e0 + r * Math.sin(angle), n0 + r * Math.cos(angle)));
            }
        } while (!RandomNetworks.wellShaped(truth));
        for (int i = 0; i < n; i++) {
            ids.add("P" + i);
        }
        int best = -1;
        if (!Double.isNaN(length)) {
            double bestD = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    boolean isSide = j == i + 1 || i == 0 && j == n - 1;
                    double d = truth.get(i).distanceTo(truth.get(j));
                    if ((isSide || !side) && (best < 0 || Math.abs(Math.log(d / length)) < Math.abs(Math.log(bestD / length)))) {
                        best = tape(n, i, j);
                        bestD = d;
                    }
                }
            }
            double k = length / bestD;
            double ce = truth.stream().mapToDouble(PlanePoint::e).average().orElseThrow();
            double cn = truth.stream().mapToDouble(PlanePoint::n).average().orElseThrow();
            truth.replaceAll(p -> new PlanePoint(ce + k * (p.e() - ce), cn + k * (p.n() - cn)));
        }
        fitted = best;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = truth.get(i).distanceTo(truth.get(j));
                double sigma = TapeDistance.defaultSigma(d, TapeDistance.DEFAULT_CONSTANT_SIGMA);
                double noise = sigma * rnd.nextGaussian();
                observations.add(new TapeDistance(ids.get(i), ids.get(j),
                        observations.size() == best ? length : mm(d + noise), sigma));
            }
        }
        tapes = observations.size();
        for (int k = 0; k < n; k++) {
            PlanePoint p = truth.get(k);
            observations.add(PointPosition.gnss(ids.get(k), p.e() + 3 * rnd.nextGaussian(), p.n() + 3 * rnd.nextGaussian(),
                    3));
        }
        for (int k = 0; k < 2; k++) {
            int i = rnd.nextInt(n);
            int j = (i + 1 + rnd.nextInt(n - 1)) % n;
            PlanePoint a = truth.get(i);
            PlanePoint b = truth.get(j);
            double alpha = Math.toDegrees(Math.atan2(b.e() - a.e(), b.n() - a.n()));
            observations.add(Bearing.grid(ids.get(i), ids.get(j), alpha + rnd.nextGaussian(), 1));
        }
    }

    /** The index of the tape between corners {@code i} and {@code j}. */
    int tape(int i, int j) {
        return tape(ids.size(), i, j);
    }

    private static int tape(int n, int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        int index = 0;
        for (int x = 0; x < a; x++) {
            index += n - 1 - x;
        }
        return index + (b - a - 1);
    }

    /** The observations with tape {@code index} written as {@code written}. */
    List<Observation> with(int index, double written) {
        List<Observation> copy = new ArrayList<>(observations);
        copy.set(index, ((TapeDistance) copy.get(index)).withDistance(written));
        return copy;
    }

    /** The observations without observation {@code index} (for the adjustment it should equal). */
    List<Observation> without(int... index) {
        List<Observation> copy = new ArrayList<>(observations);
        java.util.Arrays.sort(index);
        for (int k = index.length - 1; k >= 0; k--) {
            copy.remove(index[k]);
        }
        return copy;
    }

    static double mm(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
