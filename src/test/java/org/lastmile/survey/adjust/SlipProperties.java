package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.survey.observation.Observation;

/** Helpers of the slip tests: the plain adjustment to compare with, and how far two results' corners lie apart. */
final class SlipProperties {

    private SlipProperties() {
    }

    /** The classical adjustment of these observations with no rejection at all. */
    static AdjustmentResult plain(List<Observation> observations) {
        return new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0)).run(Network.of(observations));
    }

    /** The largest distance between the same corner in two results, metres. */
    static double largestCornerDifference(AdjustmentResult a, AdjustmentResult b) {
        double d = 0;
        for (AdjustedPoint p : b.points()) {
            AdjustedPoint q = a.point(p.id()).orElseThrow();
            d = Math.max(d, Math.hypot(p.e() - q.e(), p.n() - q.n()));
        }
        return d;
    }
}
