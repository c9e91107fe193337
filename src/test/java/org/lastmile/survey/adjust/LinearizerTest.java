package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/** Every analytic derivative of the linearization against central differences of the computed values. */
class LinearizerTest {

    private static final List<String> POINTS = List.of("A", "B", "P");
    private static final double[] XY = {1000.0, 2000.0, 1060.0, 2035.0, 1030.5, 1990.2};

    @Test
    void derivativesMatchCentralDifferences() {
        List<Observation> obs = List.of(new TapeDistance("A", "P", 40, 0.01), Bearing.grid("P", "B", 30, 1),
                Bearing.withOrientation("B", "A", 250, 1, "K"), PointPosition.gnss("B", 1061, 2034, 2),
                new BaselineOffset("A", "B", "P", 10, 5, 0.02));
        Unknowns u = Unknowns.of(POINTS, obs, Set.of());
        Linearizer lin = new Linearizer(u);
        double[] omega = {0.01};
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            LinearizedObservation l = lin.linearize(i, o, XY, omega);
            for (int f = 0; f < 2 * POINTS.size() + 1; f++) {
                double[] plus = XY.clone();
                double[] minus = XY.clone();
                double[] op = omega.clone();
                double[] om = omega.clone();
                int col;
                if (f < 6) {
                    plus[f] += 1e-5;
                    minus[f] -= 1e-5;
                    col = f % 2 == 0 ? u.colE[f / 2] : u.colN[f / 2];
                } else {
                    op[0] += 1e-5;
                    om[0] -= 1e-5;
                    col = u.colOmega[0];
                }
                double[] cp = lin.computed(o, plus, op);
                double[] cm = lin.computed(o, minus, om);
                for (int r = 0; r < l.k; r++) {
                    double numeric = Bearing.wrap(cp[r] - cm[r]) / 2e-5;
                    double analytic = 0;
                    for (int c = 0; c < l.cols.length; c++) {
                        if (l.cols[c] == col) {
                            analytic += l.a[r][c];
                        }
                    }
                    assertThat(analytic).as("obs %d value %d unknown %d", i, r, f).isCloseTo(numeric, within(1e-7));
                }
            }
        }
    }
}
