package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * A 500-corner pasture boundary (a ring of radius 2 km, the corners 25 m apart and up to 60 m in
 * or out), every side and every tie to the next corner but one taped, a handheld GNSS position
 * (σ 3 m) on every corner. Started from the GNSS positions, plain Gauss–Newton stopped in a false
 * minimum with the global test failing and corners 12–20 m (14–25 σ) from the truth (seeds 1 and 4),
 * or did not settle (seed 2). The adjustment must find the true minimum: every corner within
 * 4.5 σ of the truth and the global test passed.
 */
class LongRingConvergenceTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 4})
    void aLongRingStartedFromMetreLevelGnssReachesTheTrueMinimum(long seed) {
        Random rnd = new Random(seed);
        int n = 500;
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i + 0.3 * rnd.nextDouble()) / n;
            double r = 2000 * (0.97 + 0.06 * rnd.nextDouble());
            p[i][0] = 611630 + r * Math.sin(a);
            p[i][1] = 4069495 + r * Math.cos(a);
        }
        List<Observation> obs = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            for (int i = 0; i < n; i++) {
                int j = (i + k) % n;
                double d = Math.hypot(p[j][0] - p[i][0], p[j][1] - p[i][1]);
                double sigma = TapeDistance.defaultSigma(d, 0.01);
                obs.add(new TapeDistance("P" + i, "P" + j, d + sigma * rnd.nextGaussian(), sigma));
            }
        }
        for (int i = 0; i < n; i++) {
            obs.add(PointPosition.gnss("P" + i, p[i][0] + 3 * rnd.nextGaussian(), p[i][1] + 3 * rnd.nextGaussian(), 3));
        }

        AdjustmentResult r = Adjustment.adjust(Network.of(obs));

        assertThat(r.globalTest().passed()).isTrue();
        for (int i = 0; i < n; i++) {
            AdjustedPoint q = r.point("P" + i).orElseThrow();
            assertThat(Math.abs(q.e() - p[i][0])).as("E of P%d", i).isLessThan(4.5 * q.sigmaE());
            assertThat(Math.abs(q.n() - p[i][1])).as("N of P%d", i).isLessThan(4.5 * q.sigmaN());
        }
    }
}
