package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;

/**
 * Least-squares adjustment of a survey network with every statistic of survey.md: screens tapes
 * and bearings against the GNSS positions, builds starting coordinates, finds a robust first
 * solution ({@link RobustStart}), runs Gauss–Newton from there with data snooping that stops in
 * time, says whether the result can be trusted ({@link Verdict}), searches
 * writing slips for rejected tapes, and computes error ellipses and geometry warnings.
 *
 * <pre>{@code
 * AdjustmentResult r = Adjustment.adjust(Network.of(List.of(
 *         PointPosition.gnss("A", 500000, 4100000, 3), TapeDistance.of("A", "B", 85.368), ...)));
 * }</pre>
 */
public final class Adjustment {

    /** Redundancy numbers below this mark an observation no other one checks. */
    static final double UNCONTROLLED = 0.01;

    private final AdjustmentOptions options;

    public Adjustment(AdjustmentOptions options) {
        this.options = options;
    }

    /** Adjusts with the default options. */
    public static AdjustmentResult adjust(Network network) {
        return new Adjustment(AdjustmentOptions.defaults()).run(network);
    }

    /**
     * Adjusts the network.
     *
     * @throws AdjustmentException when the network cannot be adjusted (singular, not converging, ...)
     */
    public AdjustmentResult run(Network network) {
        List<Observation> observations = network.observations();
        if (observations.isEmpty()) {
            throw new AdjustmentException(AdjustmentError.NO_OBSERVATIONS);
        }
        List<String> points = network.pointIds();
        Datum.checkOrientation(points, observations);
        Map<Integer, Integer> suspects = GrossSlipScreen.suspects(observations, options.grossFactor());
        List<ScreenFinding> screen = GrossSlipScreen.findings(observations, options.grossFactor(),
                options.tapeLengths(), options.groundToPlane());
        double[] start = StartingCoordinates.build(network, points, suspects.keySet());
        GaussNewton gaussNewton = new GaussNewton(options);
        RobustStart.Fit robust = null;
        if (options.robustStart() && (!screen.isEmpty() || misfit(gaussNewton, points, observations, start))) {
            double[] screenZ = new double[observations.size()];
            for (ScreenFinding f : screen) {
                screenZ[f.index()] = f.z();
            }
            boolean[] all = new boolean[observations.size()];
            java.util.Arrays.fill(all, true);
            robust = new RobustStart(gaussNewton, options).fit(points, observations, all, start, screenZ);
        }
        DataSnooping.Outcome outcome = new DataSnooping(gaussNewton, options).run(network, points, start, suspects,
                robust);
        Solution s = outcome.solution();
        Linearizer linearizer = new Linearizer(s.unknowns);

        List<ObservationResult> results = new ArrayList<>();
        Map<Integer, DataSnooping.Rejection> rejected = new LinkedHashMap<>();
        for (DataSnooping.Rejection r : outcome.rejections()) {
            rejected.put(r.index(), r);
        }
        for (int i = 0; i < observations.size(); i++) {
            ObservationStatistics st = outcome.statistics()[i];
            if (st != null) {
                results.add(new ObservationResult(i, observations.get(i).type(), st.residual, st.w, st.redundancy,
                        st.mdb, false));
            } else {
                results.add(rejectedResult(i, observations.get(i), rejected.get(i).statistics(), linearizer, s));
            }
        }
        double kept = 0;
        for (ObservationStatistics st : outcome.statistics()) {
            if (st != null && Double.isFinite(st.maxAbsW())) {
                kept = Math.max(kept, st.maxAbsW());
            }
        }
        List<Blunder> blunders = new ArrayList<>();
        SlipSearch slips = new SlipSearch(gaussNewton, options);
        for (DataSnooping.Rejection r : outcome.rejections()) {
            if (outcome.unsettled().contains(r.index())) {
                continue; // set aside so that the figure has a solution, not named as a slip
            }
            ObservationResult res = results.get(r.index());
            int c = res.worstComponent();
            double estimate = r.linear() ? r.statistics().blunder[c] : -res.residual()[c];
            blunders.add(new Blunder(r.index(), res.type(), c, res.w()[c], estimate, res.mdb()[c],
                    slips.suggest(network, points, outcome.active(), r.index(), s,
                            Double.isFinite(res.mdb()[c]) ? res.mdb()[c] : 0, kept)));
        }
        List<AdjustedPoint> adjusted = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            double[][] q = s.covariance(new int[] {2 * p, 2 * p + 1});
            adjusted.add(new AdjustedPoint(points.get(p), s.xy[2 * p], s.xy[2 * p + 1], q[0][0], q[1][1], q[0][1],
                    ErrorEllipse.of(q[0][0], q[1][1], q[0][1])));
        }
        int dof = s.degreesOfFreedom();
        GlobalTest global = GlobalTest.of(s.vpv, dof, options.globalAlpha());
        List<AdjustmentWarning> warnings = new ArrayList<>(outcome.warnings());
        warnings.addAll(geometryWarnings(dof, results));
        Map<String, Double> orientations = new LinkedHashMap<>();
        for (int c = 0; c < s.omega.length; c++) {
            orientations.put(s.unknowns.compasses.get(c), s.omega[c]);
        }
        // A part of the figure held by one weak check, and another figure that fits it as well.
        // To re-tape: the parts where another figure was found (each weak member with its twins: a
        // slip in any of them shows alike), not every weak part of the network.
        List<List<Integer>> weakParts = UncheckedMeasurements.parts(observations, outcome.statistics(), s);
        List<Integer> weakPart = UncheckedMeasurements.union(weakParts);
        List<Integer> absorbed = new AlternativeFigure(gaussNewton, options).find(network, points, outcome.active(),
                weakPart, s, outcome.statistics());
        Verdict verdict = Verdict.of(global, warnings, results, outcome.first(), options.criticalW(),
                UncheckedMeasurements.holding(weakParts, absorbed), outcome.unsettled());
        AdjustmentResult partial = new AdjustmentResult(s, adjusted, results, global, blunders, List.of(), warnings,
                orientations, screen, verdict);
        List<RelativeEllipse> relative = new ArrayList<>();
        for (List<String> pair : relativePairs(observations, outcome.active())) {
            relative.add(partial.relativeEllipse(pair.get(0), pair.get(1)));
        }
        return new AdjustmentResult(s, adjusted, results, global, blunders, relative, warnings, orientations, screen,
                verdict);
    }

    /**
     * Whether the classical solution from the starting coordinates shows a misfit that a slip could
     * cause (it does not settle, fails the global test on the high side, or some |w| exceeds the
     * critical value): only then is the robust start worth its cost. A clean network is adjusted as
     * before.
     */
    private boolean misfit(GaussNewton gaussNewton, List<String> points, List<Observation> observations,
            double[] start) {
        boolean[] all = new boolean[observations.size()];
        java.util.Arrays.fill(all, true);
        Solution s;
        try {
            s = gaussNewton.solve(points, observations, all, start);
        } catch (AdjustmentException e) {
            return e.error() == AdjustmentError.NOT_CONVERGED;
        }
        GlobalTest g = GlobalTest.of(s.vpv, s.degreesOfFreedom(), options.globalAlpha());
        if (g.applicable() && s.vpv > g.upper()) {
            return true;
        }
        for (LinearizedObservation lin : s.linearized) {
            if (lin != null && ObservationStatistics.of(lin, s, options.delta0()).maxAbsW() > options.criticalW()) {
                return true;
            }
        }
        return false;
    }

    private ObservationResult rejectedResult(int i, Observation o, ObservationStatistics atRejection,
            Linearizer linearizer, Solution s) {
        double[] computed = linearizer.computed(o, s.xy, s.omega);
        double[] observed = Linearizer.observed(o);
        double[] residual = new double[computed.length];
        for (int r = 0; r < residual.length; r++) {
            residual[r] = computed[r] - observed[r];
            if (o instanceof org.lastmile.survey.observation.Bearing) {
                residual[r] = org.lastmile.survey.observation.Bearing.wrap(residual[r]);
            }
        }
        if (atRejection != null) {
            return new ObservationResult(i, o.type(), residual, atRejection.w, atRejection.redundancy,
                    atRejection.mdb, true);
        }
        double[] nan = new double[residual.length];
        java.util.Arrays.fill(nan, Double.NaN);
        return new ObservationResult(i, o.type(), residual, nan, nan.clone(), nan.clone(), true);
    }

    private static List<AdjustmentWarning> geometryWarnings(int dof, List<ObservationResult> results) {
        List<AdjustmentWarning> warnings = new ArrayList<>();
        if (dof == 0) {
            warnings.add(AdjustmentWarning.of(WarningCode.NO_REDUNDANCY));
            return warnings;
        }
        if (dof == 1) {
            warnings.add(AdjustmentWarning.of(WarningCode.LOW_REDUNDANCY));
        }
        for (ObservationResult r : results) {
            if (!r.rejected() && r.totalRedundancy() < UNCONTROLLED) {
                warnings.add(AdjustmentWarning.of(WarningCode.UNCONTROLLED, r.index()));
            }
        }
        return warnings;
    }

    private static Set<List<String>> relativePairs(List<Observation> observations, boolean[] active) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (!active[i] || o instanceof PointPosition) {
                continue;
            }
            List<String> ids = o.points();
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    String p = ids.get(a);
                    String q = ids.get(b);
                    List<String> pair = p.compareTo(q) < 0 ? List.of(p, q) : List.of(q, p);
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }
}
