package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether an adjustment's coordinates and area may be relied on (issue 13: no confident wrong
 * answer). Not trustworthy when the global test still fails on the high side after the rejections
 * that could be justified, when data snooping stopped at its limit, or when the misfit is in one of
 * several measurements that test alike while the global test fails (the solution then depends on
 * which of them is wrong). A global test failing on the low side (σ stated too pessimistically)
 * leaves the result trustworthy: its σ are conservative. Also not trustworthy when everything
 * fits but part of the figure is held by a single weak check ({@link UncheckedMeasurements}) and
 * another figure fits as well if one of its measurements was written wrong ({@link
 * AlternativeFigure}): then {@code unchecked} lists that part; and when the figure with every
 * measurement has no regular solution and leaving out any of several ({@code unsettled}) gives one
 * that fits alike.
 *
 * @param trustworthy whether the result is settled
 * @param reason why not (empty when trustworthy)
 * @param reTape the observations to measure again, ascending (empty when trustworthy)
 */
public record Verdict(boolean trustworthy, Optional<TrustReason> reason, List<Integer> reTape) {

    public Verdict {
        reTape = List.copyOf(reTape);
    }

    static Verdict of(GlobalTest global, List<AdjustmentWarning> warnings, List<ObservationResult> results,
            double[] first, double critical, List<Integer> unchecked, List<Integer> unsettled) {
        boolean high = global.applicable() && global.vpv() > global.upper();
        for (AdjustmentWarning w : warnings) {
            if (w.code() == WarningCode.REJECTION_LIMIT) {
                return new Verdict(false, Optional.of(TrustReason.REJECTION_LIMIT), suspects(results, first, critical));
            }
        }
        if (!unsettled.isEmpty()) {
            // the figure with every measurement has no solution; the one given lacks one of these
            return new Verdict(false, Optional.of(TrustReason.NOT_LOCATABLE), new ArrayList<>(new TreeSet<>(unsettled)));
        }
        if (!high) {
            return unchecked.isEmpty() ? new Verdict(true, Optional.empty(), List.of())
                    : new Verdict(false, Optional.of(TrustReason.NOT_CHECKED), unchecked);
        }
        TreeSet<Integer> alike = new TreeSet<>();
        for (AdjustmentWarning w : warnings) {
            if (w.code() == WarningCode.NOT_LOCATABLE) {
                alike.addAll(w.args());
            }
        }
        if (!alike.isEmpty()) {
            return new Verdict(false, Optional.of(TrustReason.NOT_LOCATABLE), new ArrayList<>(alike));
        }
        return new Verdict(false, Optional.of(TrustReason.GLOBAL_TEST_FAILED), suspects(results, first, critical));
    }

    /**
     * The kept measurements that fail their w-test or that the first solution explained worse than
     * noise; if there are none, the three with the largest |w|.
     */
    private static List<Integer> suspects(List<ObservationResult> results, double[] first, double critical) {
        TreeSet<Integer> out = new TreeSet<>();
        for (ObservationResult r : results) {
            double w = Math.abs(r.w()[r.worstComponent()]);
            if (!r.rejected() && (w > critical || first != null && first[r.index()] > critical)) {
                out.add(r.index());
            }
        }
        if (out.isEmpty()) {
            results.stream().filter(r -> !r.rejected() && Double.isFinite(r.w()[r.worstComponent()]))
                    .sorted((a, b) -> Double.compare(Math.abs(b.w()[b.worstComponent()]),
                            Math.abs(a.w()[a.worstComponent()])))
                    .limit(3).forEach(r -> out.add(r.index()));
        }
        return new ArrayList<>(out);
    }
}
