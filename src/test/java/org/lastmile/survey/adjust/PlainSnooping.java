package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.observation.Observation;

/**
 * Plain (textbook) iterative data snooping, the baseline of issue 13 and what GNU Gama does:
 * adjust, reject the observation with the largest |w| above the critical value, adjust again, until
 * no |w| exceeds it (at most ten rejections). No screen, no robust start, no redundancy rule.
 */
final class PlainSnooping {

    /** The indices rejected, in order, and the final adjustment (null when one did not settle). */
    record Outcome(List<Integer> rejected, AdjustmentResult result) {
    }

    private PlainSnooping() {
    }

    static Outcome run(List<Observation> observations) {
        Adjustment plain = new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0).withRobustStart(false));
        List<Integer> rejected = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            kept.add(i);
        }
        for (int round = 0; round <= 10; round++) {
            List<Observation> now = new ArrayList<>();
            kept.forEach(i -> now.add(observations.get(i)));
            AdjustmentResult r;
            try {
                r = plain.run(Network.of(now));
            } catch (AdjustmentException e) {
                return new Outcome(rejected, null);
            }
            int worst = -1;
            double worstW = AdjustmentOptions.defaults().criticalW();
            for (ObservationResult o : r.observations()) {
                double w = Math.abs(o.w()[o.worstComponent()]);
                if (w > worstW) {
                    worst = o.index();
                    worstW = w;
                }
            }
            if (worst < 0 || round == 10) {
                return new Outcome(rejected, r);
            }
            rejected.add(kept.remove(worst));
        }
        throw new IllegalStateException();
    }
}
