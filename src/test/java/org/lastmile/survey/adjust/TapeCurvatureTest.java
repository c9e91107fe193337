package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.TapeDistance;

/**
 * The Newton matrix (AᵀPA with the tapes' second-order term) is the Hessian of ½vᵀPv: checked
 * against central differences of the gradient −AᵀPl, on a figure whose tapes are far from fitting
 * (a 3 m slip, where the second-order term is large and Gauss–Newton slow).
 */
class TapeCurvatureTest {

    private static final List<String> POINTS = List.of("A", "B", "C", "D");
    private static final double[] XY = {0, 0, 100, 2, 55, 48, 140, 60};

    @Test
    void theNewtonMatrixIsTheHessianOfHalfTheWeightedSquareSum() {
        List<Observation> obs = List.of(new TapeDistance("A", "B", 100.5, 0.02), new TapeDistance("B", "C", 66.0, 0.02),
                new TapeDistance("A", "C", 70.0, 0.02), new TapeDistance("C", "D", 88.0, 0.02),
                new TapeDistance("B", "D", 55.0, 0.02), PointPosition.gnss("A", 0.5, -0.3, 3),
                PointPosition.gnss("B", 99.0, 2.5, 3), PointPosition.gnss("D", 141, 59, 3));
        Unknowns u = Unknowns.of(POINTS, obs, Set.of());
        LinearizedObservation[] lin = linearize(u, obs, XY);
        EnvelopeMatrix newton = TapeCurvature.newtonMatrix(NormalEquations.of(List.of(lin), u.size).n, lin, obs, u, XY);
        double h = 1e-4;
        for (int p = 0; p < POINTS.size(); p++) {
            for (int c = 0; c < 2; c++) {
                double[] plus = XY.clone();
                double[] minus = XY.clone();
                plus[2 * p + c] += h;
                minus[2 * p + c] -= h;
                // the gradient of ½vᵀPv is −AᵀPl = −b
                double[] gPlus = NormalEquations.of(List.of(linearize(u, obs, plus)), u.size).b;
                double[] gMinus = NormalEquations.of(List.of(linearize(u, obs, minus)), u.size).b;
                int col = c == 0 ? u.colE[p] : u.colN[p];
                for (int row = 0; row < u.size; row++) {
                    double numeric = -(gPlus[row] - gMinus[row]) / (2 * h);
                    assertThat(newton.get(row, col)).as("entry (%d, %d)", row, col)
                            .isCloseTo(numeric, within(1e-4 * Math.max(1, Math.abs(numeric))));
                }
            }
        }
        // and it differs from the Gauss–Newton matrix where the tapes misfit (else this test proves nothing)
        EnvelopeMatrix gaussNewton = NormalEquations.of(List.of(lin), u.size).n;
        double entry = gaussNewton.get(u.colE[0], u.colE[0]);
        assertThat(Math.abs(newton.get(u.colE[0], u.colE[0]) - entry)).isGreaterThan(0.01 * entry);
    }

    private static LinearizedObservation[] linearize(Unknowns u, List<Observation> obs, double[] xy) {
        Linearizer linearizer = new Linearizer(u);
        LinearizedObservation[] lin = new LinearizedObservation[obs.size()];
        for (int i = 0; i < lin.length; i++) {
            lin[i] = linearizer.linearize(i, obs.get(i), xy, new double[0]);
        }
        return lin;
    }
}
