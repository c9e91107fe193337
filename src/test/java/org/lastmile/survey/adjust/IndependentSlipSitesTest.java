package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two sites of issue 13 kept as files (written by {@link SlipSiteFiles}: 7 corners, GNSS σ 3 m,
 * all 21 tapes, two bearings; slip-81098.json has the side of 81.098 m written 18.098 m, tape 0;
 * slip-154737.json has 154.737 m written 514.737 m, tape 6), adjusted by LastMile with its screen,
 * robust start and data snooping, against scripts/independent_lsq.py told to leave the slipped tape
 * out (MINPACK Levenberg–Marquardt on whitened residuals, no shared code):
 *
 * <pre>
 * python3 scripts/independent_lsq.py src/test/resources/org/lastmile/survey/adjust/slip-81098.json --reject 0
 * python3 scripts/independent_lsq.py src/test/resources/org/lastmile/survey/adjust/slip-154737.json --reject 6
 * </pre>
 */
class IndependentSlipSitesTest {

    private static final Map<String, Map<String, double[]>> POINTS = Map.of(
            "slip-81098.json", Map.of(
                    "P0", new double[] {632995.8065837207, 4097119.8627320863},
                    "P1", new double[] {633038.9496987717, 4097188.556126477},
                    "P2", new double[] {633150.6987030185, 4097208.4984034514},
                    "P3", new double[] {633218.1991129982, 4097177.113490323},
                    "P4", new double[] {633240.631196713, 4097104.6807292053},
                    "P5", new double[] {633211.883671604, 4097008.073021605},
                    "P6", new double[] {633123.1383561129, 4097007.8381677936}),
            "slip-154737.json", Map.of(
                    "P0", new double[] {632986.342410534, 4087796.0446437113},
                    "P1", new double[] {633038.1691073052, 4087892.3904580073},
                    "P2", new double[] {633183.6857326601, 4087945.0617040237},
                    "P3", new double[] {633283.4307125342, 4087888.375566659},
                    "P4", new double[] {633352.3365721101, 4087720.63468432},
                    "P5", new double[] {633283.5700567326, 4087576.2971234773},
                    "P6", new double[] {633109.5579836658, 4087565.0932401936}));

    @ParameterizedTest
    @CsvSource({"slip-81098.json, 0, 20.862961560701095", "slip-154737.json, 6, 27.54826968924703"})
    void theSlipIsRejectedAndTheRestAgreesWithTheIndependentSolver(String file, int slipped, double vpv) {
        AdjustmentResult r = Adjustment.adjust(NetworkFiles.load(file, false));

        assertThat(r.blunders()).extracting(Blunder::index).containsExactly(slipped);
        assertThat(r.verdict().trustworthy()).isTrue();
        assertThat(r.degreesOfFreedom()).isEqualTo(22);
        assertThat(r.vpv()).isCloseTo(vpv, within(1e-4));
        POINTS.get(file).forEach((id, en) -> {
            AdjustedPoint p = r.point(id).orElseThrow();
            assertThat(p.e()).as(id).isCloseTo(en[0], within(0.001));
            assertThat(p.n()).as(id).isCloseTo(en[1], within(0.001));
        });
    }
}
