package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Observation;

/**
 * Iterates dx = N⁻¹AᵀPl (N = AᵀPA) from starting coordinates until the largest coordinate step is
 * below the tolerance, then linearizes once more at the final coordinates so that residuals and
 * cofactors belong to them. A free network is carried to its minimum-norm datum at every step.
 */
final class GaussNewton {

    private final AdjustmentOptions options;

    GaussNewton(AdjustmentOptions options) {
        this.options = options;
    }

    /**
     * @param points every point id, defining point indices
     * @param observations all observations, by index
     * @param active which observations take part
     * @param start starting coordinates by point index (E at 2p, N at 2p + 1)
     */
    Solution solve(List<String> points, List<Observation> observations, boolean[] active, double[] start) {
        List<Observation> taking = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (active[i]) {
                taking.add(observations.get(i));
            }
        }
        if (taking.isEmpty()) {
            throw new AdjustmentException(AdjustmentError.NO_OBSERVATIONS);
        }
        double[] xy = start.clone();
        Datum datum = Datum.choose(points, taking, xy);
        Unknowns unknowns = Unknowns.of(points, taking, datum.held);
        Linearizer linearizer = new Linearizer(unknowns);
        double[] omega = startingOrientations(unknowns, observations, active, xy);
        int iterations = 0;
        boolean converged = false;
        while (!converged) {
            if (iterations == options.maxIterations()) {
                throw new AdjustmentException(AdjustmentError.NOT_CONVERGED, iterations);
            }
            iterations++;
            LinearizedObservation[] lin = linearizeAll(linearizer, observations, active, xy, omega);
            EnvelopeCholesky cholesky = factor(lin, unknowns);
            double[] dx = cholesky.solve(NormalEquations.of(present(lin), unknowns.size).b);
            double[] step = toFullOrder(dx, unknowns);
            if (datum.free()) {
                step = datum.basis(unknowns.pointCount(), unknowns.compasses.size(), xy).project(step);
            }
            double largest = 0;
            for (int f = 0; f < 2 * unknowns.pointCount(); f++) {
                xy[f] += step[f];
                largest = Math.max(largest, Math.abs(step[f]));
            }
            double largestAngle = 0;
            for (int c = 0; c < omega.length; c++) {
                omega[c] += step[2 * unknowns.pointCount() + c];
                largestAngle = Math.max(largestAngle, Math.abs(step[2 * unknowns.pointCount() + c]));
            }
            if (!Double.isFinite(largest) || !Double.isFinite(largestAngle)) {
                throw new AdjustmentException(AdjustmentError.NOT_CONVERGED, iterations);
            }
            converged = largest < options.convergenceMetres() && largestAngle < options.convergenceRadians();
        }
        LinearizedObservation[] lin = linearizeAll(linearizer, observations, active, xy, omega);
        return new Solution(unknowns, datum, xy, omega, lin, factor(lin, unknowns), iterations);
    }

    private static EnvelopeCholesky factor(LinearizedObservation[] lin, Unknowns unknowns) {
        NormalEquations normal = NormalEquations.of(present(lin), unknowns.size);
        try {
            return EnvelopeCholesky.factor(normal.n);
        } catch (EnvelopeCholesky.SingularMatrixException e) {
            throw new AdjustmentException(AdjustmentError.SINGULAR, unknowns.nameOfColumn(e.column()));
        }
    }

    private static List<LinearizedObservation> present(LinearizedObservation[] lin) {
        List<LinearizedObservation> list = new ArrayList<>(lin.length);
        for (LinearizedObservation o : lin) {
            if (o != null) {
                list.add(o);
            }
        }
        return list;
    }

    private static LinearizedObservation[] linearizeAll(Linearizer linearizer, List<Observation> observations,
            boolean[] active, double[] xy, double[] omega) {
        LinearizedObservation[] lin = new LinearizedObservation[observations.size()];
        for (int i = 0; i < lin.length; i++) {
            if (active[i]) {
                lin[i] = linearizer.linearize(i, observations.get(i), xy, omega);
            }
        }
        return lin;
    }

    private static double[] toFullOrder(double[] dx, Unknowns unknowns) {
        double[] full = new double[unknowns.totalUnknowns()];
        for (int p = 0; p < unknowns.pointCount(); p++) {
            full[2 * p] = unknowns.colE[p] < 0 ? 0 : dx[unknowns.colE[p]];
            full[2 * p + 1] = unknowns.colN[p] < 0 ? 0 : dx[unknowns.colN[p]];
        }
        for (int c = 0; c < unknowns.colOmega.length; c++) {
            full[2 * unknowns.pointCount() + c] = dx[unknowns.colOmega[c]];
        }
        return full;
    }

    /** Each compass starts from the circular mean of (observed − computed) of its bearings. */
    private static double[] startingOrientations(Unknowns unknowns, List<Observation> observations,
            boolean[] active, double[] xy) {
        double[] sin = new double[unknowns.compasses.size()];
        double[] cos = new double[sin.length];
        for (int i = 0; i < observations.size(); i++) {
            if (active[i] && observations.get(i) instanceof Bearing b && b.hasOrientationUnknown()) {
                int from = unknowns.point(b.from());
                int to = unknowns.point(b.to());
                double alpha = Math.atan2(xy[2 * to] - xy[2 * from], xy[2 * to + 1] - xy[2 * from + 1]);
                int c = unknowns.compassIndex.get(b.compass());
                sin[c] += Math.sin(b.radians() - alpha);
                cos[c] += Math.cos(b.radians() - alpha);
            }
        }
        double[] omega = new double[sin.length];
        for (int c = 0; c < omega.length; c++) {
            omega[c] = Math.atan2(sin[c], cos[c]);
        }
        return omega;
    }
}
