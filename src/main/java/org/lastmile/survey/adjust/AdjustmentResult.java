package org.lastmile.survey.adjust;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an adjustment found: adjusted points with ellipses, each observation's residual and tests
 * (in input order), the degrees of freedom, the a posteriori σ0, the global test, the blunders
 * rejected with their slip suggestions, relative ellipses, and warnings about the geometry.
 * Standard deviations use σ0 = 1 a priori (the observations' σ as given). The covariance of any
 * set of points can be asked for (for the σ of an area).
 */
public final class AdjustmentResult {

    private final Solution solution;
    private final List<AdjustedPoint> points;
    private final List<ObservationResult> observations;
    private final GlobalTest globalTest;
    private final List<Blunder> blunders;
    private final List<RelativeEllipse> relativeEllipses;
    private final List<AdjustmentWarning> warnings;
    private final Map<String, Double> orientations;
    private final List<ScreenFinding> screen;
    private final Verdict verdict;

    AdjustmentResult(Solution solution, List<AdjustedPoint> points, List<ObservationResult> observations,
            GlobalTest globalTest, List<Blunder> blunders, List<RelativeEllipse> relativeEllipses,
            List<AdjustmentWarning> warnings, Map<String, Double> orientations, List<ScreenFinding> screen,
            Verdict verdict) {
        this.screen = List.copyOf(screen);
        this.verdict = verdict;
        this.solution = solution;
        this.points = List.copyOf(points);
        this.observations = List.copyOf(observations);
        this.globalTest = globalTest;
        this.blunders = List.copyOf(blunders);
        this.relativeEllipses = List.copyOf(relativeEllipses);
        this.warnings = List.copyOf(warnings);
        this.orientations = Map.copyOf(orientations);
    }

    /**
     * The correlation of the w-tests of observations {@code i} and {@code j} (input indices; for a
     * position its worse component) in this solution: near ±1 a blunder in either shows alike and
     * the two cannot be told apart. NaN when either is rejected or has no w.
     */
    double wCorrelation(int i, int j) {
        ObservationResult a = observations.get(i);
        ObservationResult b = observations.get(j);
        LinearizedObservation la = solution.linearized[i];
        LinearizedObservation lb = solution.linearized[j];
        if (la == null || lb == null || Double.isNaN(a.w()[a.worstComponent()])
                || Double.isNaN(b.w()[b.worstComponent()])) {
            return Double.NaN;
        }
        return ObservationStatistics.correlation(la, a.worstComponent(), lb, b.worstComponent(), solution);
    }

    /** Tapes and grid bearings that disagreed with their ends' GNSS positions before adjusting, in input order. */
    public List<ScreenFinding> screen() {
        return screen;
    }

    /**
     * Whether the coordinates and the area may be relied on; when not, why, and which observations
     * to measure again. An area with its σ is settled only when this is trustworthy.
     */
    public Verdict verdict() {
        return verdict;
    }

    /** The adjusted points, in order of first appearance in the observations. */
    public List<AdjustedPoint> points() {
        return points;
    }

    /** The point with this id. */
    public Optional<AdjustedPoint> point(String id) {
        return points.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Each observation's result, in input order. */
    public List<ObservationResult> observations() {
        return observations;
    }

    /** Degrees of freedom r = n − u + d of the final adjustment. */
    public int degreesOfFreedom() {
        return globalTest.dof();
    }

    /** vᵀPv of the final adjustment. */
    public double vpv() {
        return globalTest.vpv();
    }

    /** The a posteriori σ0 = √(vᵀPv / r) (NaN without redundancy); near 1 when the σ given fit. */
    public double sigma0() {
        return globalTest.dof() > 0 ? Math.sqrt(globalTest.vpv() / globalTest.dof()) : Double.NaN;
    }

    /** The χ² global test of the final adjustment. */
    public GlobalTest globalTest() {
        return globalTest;
    }

    /** Rejected observations in the order of rejection. */
    public List<Blunder> blunders() {
        return blunders;
    }

    /** Relative ellipses between the ends of every tape, bearing and baseline kept. */
    public List<RelativeEllipse> relativeEllipses() {
        return relativeEllipses;
    }

    /** Warnings about the geometry. */
    public List<AdjustmentWarning> warnings() {
        return warnings;
    }

    /** Whether the network had no position: coordinates are in a minimum-norm datum, ellipses relative to it. */
    public boolean freeNetwork() {
        return solution.datum.free();
    }

    /** The estimated orientation of each compass, radians (observed = grid + ω). */
    public Map<String, Double> orientations() {
        return orientations;
    }

    /** Gauss–Newton iterations of the final adjustment. */
    public int iterations() {
        return solution.iterations;
    }

    /**
     * The covariance (m², σ0 = 1) of the coordinates of the points {@code ids}, in the order
     * E₁, N₁, E₂, N₂, … (a 2m × 2m matrix), in the datum of the result.
     *
     * @throws AdjustmentException {@link AdjustmentError#UNKNOWN_POINT} for an id not in the network
     */
    public double[][] covariance(List<String> ids) {
        int[] full = new int[2 * ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Integer p = solution.unknowns.pointIndex.get(ids.get(i));
            if (p == null) {
                throw new AdjustmentException(AdjustmentError.UNKNOWN_POINT, ids.get(i));
            }
            full[2 * i] = 2 * p;
            full[2 * i + 1] = 2 * p + 1;
        }
        return solution.covariance(full);
    }

    /** The relative ellipse of {@code to} with respect to {@code from}. */
    public RelativeEllipse relativeEllipse(String from, String to) {
        double[][] q = covariance(List.of(from, to));
        double ee = q[0][0] + q[2][2] - 2 * q[0][2];
        double nn = q[1][1] + q[3][3] - 2 * q[1][3];
        double en = q[0][1] + q[2][3] - q[0][3] - q[1][2];
        return new RelativeEllipse(from, to, ErrorEllipse.of(ee, nn, en));
    }
}
