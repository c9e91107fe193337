package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * The minimum-norm datum of a free network: its covariance is the Moore–Penrose inverse of the
 * normal matrix, characterized by N Q N = N, Q N Q = Q and Q G = 0 (G the datum columns).
 */
class FreeNetworkTest {

    @Test
    void theFreeCovarianceIsThePseudoInverse() {
        Network network = NetworkFiles.load("pentagon.json", false);
        AdjustmentResult r = Adjustment.adjust(network);
        List<String> ids = List.of("A", "B", "C", "D", "E");
        double[][] q = r.covariance(ids);
        // N = Σ aᵀa/σ² over the tapes kept, from the adjusted coordinates.
        double[][] n = new double[10][10];
        for (ObservationResult o : r.observations()) {
            if (o.rejected()) {
                continue;
            }
            TapeDistance t = (TapeDistance) network.observations().get(o.index());
            int i = ids.indexOf(t.from());
            int j = ids.indexOf(t.to());
            AdjustedPoint pi = r.points().get(indexOf(r, t.from()));
            AdjustedPoint pj = r.points().get(indexOf(r, t.to()));
            double s = Math.hypot(pj.e() - pi.e(), pj.n() - pi.n());
            double[] a = new double[10];
            a[2 * i] = -(pj.e() - pi.e()) / s;
            a[2 * i + 1] = -(pj.n() - pi.n()) / s;
            a[2 * j] = -a[2 * i];
            a[2 * j + 1] = -a[2 * i + 1];
            for (int x = 0; x < 10; x++) {
                for (int y = 0; y < 10; y++) {
                    n[x][y] += a[x] * a[y] / (t.sigma() * t.sigma());
                }
            }
        }
        double[][] nqn = mul(mul(n, q), n);
        double[][] qnq = mul(mul(q, n), q);
        for (int x = 0; x < 10; x++) {
            for (int y = 0; y < 10; y++) {
                assertThat(nqn[x][y]).isCloseTo(n[x][y], within(1e-6 * Math.max(1, Math.abs(n[x][y]))));
                assertThat(qnq[x][y]).isCloseTo(q[x][y], within(1e-9));
            }
        }
        double me = r.points().stream().mapToDouble(AdjustedPoint::e).average().orElseThrow();
        double mn = r.points().stream().mapToDouble(AdjustedPoint::n).average().orElseThrow();
        for (int x = 0; x < 10; x++) {
            double te = 0;
            double tn = 0;
            double rot = 0;
            for (int p = 0; p < 5; p++) {
                AdjustedPoint pt = r.points().get(indexOf(r, ids.get(p)));
                te += q[x][2 * p];
                tn += q[x][2 * p + 1];
                rot += -(pt.n() - mn) * q[x][2 * p] + (pt.e() - me) * q[x][2 * p + 1];
            }
            assertThat(te).isCloseTo(0, within(1e-9));
            assertThat(tn).isCloseTo(0, within(1e-9));
            assertThat(rot).isCloseTo(0, within(1e-7));
        }
    }

    @Test
    void aGridBearingFixesTheRotationOfAFreeNetwork() {
        List<Observation> obs = List.of(TapeDistance.of("A", "B", 50.003), TapeDistance.of("B", "C", 40.002),
                TapeDistance.of("C", "A", 29.998), TapeDistance.of("C", "D", 35.0), TapeDistance.of("D", "A", 46.1),
                TapeDistance.of("B", "D", 51.0), Bearing.grid("A", "B", 90, 0.5));
        AdjustmentResult r = Adjustment.adjust(Network.of(obs));
        assertThat(r.freeNetwork()).isTrue();
        assertThat(r.degreesOfFreedom()).isEqualTo(7 - 8 + 2);
        AdjustedPoint a = r.point("A").orElseThrow();
        AdjustedPoint b = r.point("B").orElseThrow();
        assertThat(Math.toDegrees(Math.atan2(b.e() - a.e(), b.n() - a.n()))).isCloseTo(90, within(1.0));
    }

    private static int indexOf(AdjustmentResult r, String id) {
        for (int i = 0; i < r.points().size(); i++) {
            if (r.points().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
