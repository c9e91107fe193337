package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastmile.survey.observation.TapeDistance;

/**
 * The nine sites of issue 13 on which plain data snooping gave a wrong answer, rebuilt (the
 * original data are not published): a site like theirs ({@link SlipSites}: 6–7 corners, GNSS σ
 * 3 m on every corner, every side and diagonal taped, two compass bearings) scaled so that one tape
 * measures what the issue says was taped, and that tape written as the issue says it was written.
 * Before: 7 of them went on to reject 3–8 good tapes, corners 1.2–5.3 m off; the 81.098 m side
 * written 18.098 settled on a wrong shape 35 m off and still printed an area. Now: exactly that
 * tape is rejected, the corners are those of the adjustment without it (1 mm), the result is
 * trustworthy, and the suggested slip is the value taped.
 */
class IssueThirteenExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(1301L, 6, 10.478, 100.478, false),
                Arguments.of(1302L, 7, 34.984, 43.984, false),
                Arguments.of(1303L, 6, 5.246, 50.246, false),
                Arguments.of(1304L, 7, 28.881, 82.881, false),
                Arguments.of(1305L, 6, 16.431, 106.431, false),
                Arguments.of(1306L, 7, 514.737, 154.737, false),
                Arguments.of(1307L, 6, 613.353, 163.353, false),
                Arguments.of(1308L, 7, 719.321, 179.321, false),
                // a side of 81.098 m written 18.098 m, 7 corners, 30 observations
                Arguments.of(1309L, 7, 18.098, 81.098, true));
    }

    @ParameterizedTest(name = "{3} m written {2} m ({1} corners)")
    @MethodSource("examples")
    void theSlippedTapeAloneIsRejectedAndTheAreaIsRight(long seed, int corners, double written, double taped,
            boolean side) {
        SlipSites site = new SlipSites(seed, corners, taped, taped, side);
        int slipped = site.fitted;
        assertThat(((TapeDistance) site.observations.get(slipped)).distance()).isEqualTo(taped);
        if (side) {
            assertThat(site.observations).hasSize(30);
        }
        AdjustmentResult r = Adjustment.adjust(Network.of(site.with(slipped, written)));
        AdjustmentResult without = SlipProperties.plain(site.without(slipped));

        assertThat(r.blunders()).extracting(Blunder::index).containsExactly(slipped);
        assertThat(SlipProperties.largestCornerDifference(r, without)).isLessThan(0.001);
        assertThat(r.verdict().trustworthy()).isTrue();
        assertThat(r.blunders().get(0).suggestions()).extracting(SlipSuggestion::value).contains(taped);
        // The screen sees a slip far beyond the GNSS σ (4.2 m along a line) before adjusting.
        if (Math.abs(written - taped) > 30) {
            List<ScreenFinding> screen = r.screen();
            assertThat(screen).extracting(ScreenFinding::index).contains(slipped);
            ScreenFinding f = screen.stream().filter(s -> s.index() == slipped).findFirst().orElseThrow();
            assertThat(f.suggestions()).extracting(SlipSuggestion::value).contains(taped);
        }
    }
}
