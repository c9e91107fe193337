package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * The second-order term of the tapes for a Newton step: vᵀPv = Σ p·l², l = s_obs − s(x), has the
 * Hessian 2(AᵀPA − Σ p·l·∇²s), and ∇²s of a distance is (I − uuᵀ)/s on the difference of its two
 * ends (u the unit vector between them). Gauss–Newton drops this term; where the residuals are
 * large against the curvature of the figure (a gross slip holding a corner against two tapes at a
 * flat angle, network seed 1492 of AdjustmentPropertiesTest) it then converges only linearly: each
 * step 0.81 of the last, 48 steps to 0.1 mm. With the term the step is Newton's and converges
 * quadratically. Bearings and offsets keep their Gauss–Newton term (their second derivatives are
 * not needed for the slips of issue 13).
 */
final class TapeCurvature {

    private TapeCurvature() {
    }

    /**
     * AᵀPA − Σ p·l·∇²s over the active tapes, as a new matrix ({@code normal} is left as it is).
     */
    static EnvelopeMatrix newtonMatrix(EnvelopeMatrix normal, LinearizedObservation[] lin,
            List<Observation> observations, Unknowns unknowns, double[] xy) {
        EnvelopeMatrix m = normal.copy();
        for (LinearizedObservation o : lin) {
            if (o == null || !(observations.get(o.index) instanceof TapeDistance t)) {
                continue;
            }
            int i = unknowns.point(t.from());
            int j = unknowns.point(t.to());
            double de = xy[2 * j] - xy[2 * i];
            double dn = xy[2 * j + 1] - xy[2 * i + 1];
            double s = Math.hypot(de, dn);
            double ue = de / s;
            double un = dn / s;
            double c = -o.weight[0] * o.misclosure[0] / s;
            // c·(I − uuᵀ) on d = x_j − x_i: + on the blocks (i,i) and (j,j), − on (i,j) and (j,i)
            double[][] h = {{c * (1 - ue * ue), -c * ue * un}, {-c * ue * un, c * (1 - un * un)}};
            int[] cols = {unknowns.colE[i], unknowns.colN[i], unknowns.colE[j], unknowns.colN[j]};
            for (int p = 0; p < 4; p++) {
                for (int q = 0; q < 4; q++) {
                    // each unordered pair once, in the lower triangle (as NormalEquations adds AᵀPA)
                    if (cols[p] < 0 || cols[q] < 0 || cols[q] > cols[p]) {
                        continue;
                    }
                    double sign = (p < 2) == (q < 2) ? 1 : -1;
                    m.addLower(cols[p], cols[q], sign * h[p % 2][q % 2]);
                }
            }
        }
        return m;
    }
}
