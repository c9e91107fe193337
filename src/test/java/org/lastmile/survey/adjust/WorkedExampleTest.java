package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The worked example of survey.md: a pentagon with all ten tapes (r = 3) where 85.368 was written
 * as 58.368 gives max |w| = 284 on that tape, next 220, an estimated blunder of −26.1 m (true
 * −27.0 m); after removing it vᵀPv = 0.03 and the adjusted side is 85.375 m.
 *
 * <p>The original field data are not published. pentagon.json is a pentagon and mm-rounded tape
 * noise (default tape σ with a = 1 cm) found by scripts/pentagon_fit.py so that the independent
 * solver reproduces these five figures at their printed precision; this test checks that the
 * Java adjustment, starting from tapes only, does too.
 */
class WorkedExampleTest {

    @Test
    void theSlipIsFoundWithThePublishedFigures() {
        AdjustmentResult first = new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0))
                .run(NetworkFiles.load("pentagon.json", false));
        double[] absW = first.observations().stream().mapToDouble(o -> Math.abs(o.w()[0])).toArray();
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Arrays.sort(order, Comparator.comparingDouble(i -> -absW[i]));
        assertThat(order[0]).isZero();
        assertThat(Math.round(absW[order[0]])).isEqualTo(284);
        assertThat(Math.round(absW[order[1]])).isEqualTo(220);
        assertThat(first.globalTest().passed()).isFalse();

        AdjustmentResult r = Adjustment.adjust(NetworkFiles.load("pentagon.json", false));
        assertThat(r.blunders()).hasSize(1);
        Blunder b = r.blunders().get(0);
        assertThat(b.index()).isZero();
        assertThat(b.w()).isCloseTo(284, within(0.5));
        assertThat(b.estimate()).isCloseTo(-26.1, within(0.05));
        assertThat(r.vpv()).isCloseTo(0.03, within(0.005));
        AdjustedPoint a = r.point("A").orElseThrow();
        AdjustedPoint bp = r.point("B").orElseThrow();
        assertThat(Math.hypot(bp.e() - a.e(), bp.n() - a.n())).isCloseTo(85.375, within(0.0005));
        assertThat(r.degreesOfFreedom()).isEqualTo(2);
        // The test is two-sided: vᵀPv = 0.03 lies below χ²(2) at 2.5 % (0.0506), so the σ given to
        // these tapes were too pessimistic: the published example "fails" on the low side.
        assertThat(r.globalTest().lower()).isCloseTo(0.0506, within(1e-4));
        assertThat(r.globalTest().passed()).isFalse();
        assertThat(r.vpv()).isLessThan(r.globalTest().lower());
    }

    @Test
    void theDigitSwapIsSuggestedAndReChecked() {
        AdjustmentResult r = Adjustment.adjust(NetworkFiles.load("pentagon.json", false));
        Blunder b = r.blunders().get(0);
        assertThat(b.suggestions()).isNotEmpty();
        SlipSuggestion best = b.suggestions().get(0);
        assertThat(best.kind()).isEqualTo(SlipKind.DIGITS_SWAPPED);
        assertThat(best.value()).isEqualTo(85.368);
        assertThat(Math.abs(best.w())).isLessThan(3.29);
        assertThat(b.suggestions()).extracting(SlipSuggestion::value).containsExactly(85.368);
    }

    @Test
    void theRejectedTapeKeepsItsTestAndShowsItsDiscrepancy() {
        AdjustmentResult r = Adjustment.adjust(NetworkFiles.load("pentagon.json", false));
        ObservationResult tape = r.observations().get(0);
        assertThat(tape.rejected()).isTrue();
        assertThat(tape.residual()[0]).isCloseTo(85.375 - 58.368, within(0.001));
        assertThat(tape.w()[0]).isCloseTo(284, within(0.5));
        double sum = r.observations().stream().filter(o -> !o.rejected())
                .mapToDouble(ObservationResult::totalRedundancy).sum();
        assertThat(sum).isCloseTo(r.degreesOfFreedom(), within(1e-9));
    }
}
