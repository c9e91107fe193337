package org.lastmile.survey.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Bearing;

class CompassTraverseTest {

    private static final List<CompassTraverse.Leg> SURVEY_MD = List.of(
            CompassTraverse.Leg.of(80.40, BearingNotation.parse("N76°00'E")),
            CompassTraverse.Leg.of(46.30, BearingNotation.parse("S36°00'E")),
            CompassTraverse.Leg.of(72.80, BearingNotation.parse("S61°00'W")),
            CompassTraverse.Leg.of(68.00, BearingNotation.parse("N38°00'W")));

    @Test
    void theTraverseOfSurveyMd() {
        // survey.md: misclosure ≈ 0.42 m, precision ≈ 1/635, area ≈ 4169.14 m²; to more digits with
        // python3 (plain sums and the compass rule): fE −0.31106142816, fN 0.28362445798,
        // f 0.42095373291, ΣL/f 635.46176, area 4169.14273762
        CompassTraverse.Result r = CompassTraverse.close(new PlanePoint(0, 0), SURVEY_MD);
        assertThat(r.misclosureE()).isCloseTo(-0.31106142816, within(1e-9));
        assertThat(r.misclosureN()).isCloseTo(0.28362445798, within(1e-9));
        assertThat(r.misclosure()).isCloseTo(0.42, within(0.005));
        assertThat(r.precision()).isCloseTo(635.46176, within(1e-4));
        assertThat(r.totalLength()).isCloseTo(267.5, within(1e-12));
        assertThat(r.areaM2()).isCloseTo(4169.14, within(0.005));
        assertThat(r.areaM2()).isCloseTo(4169.14273762, within(1e-6));
        PlanePoint end = r.adjusted().get(4);
        assertThat(end.e()).isCloseTo(0, within(1e-12));
        assertThat(end.n()).isCloseTo(0, within(1e-12));
        // B after the correction (python3): (78.10526924800753, 19.36527402706805)
        assertThat(r.adjusted().get(1).e()).isCloseTo(78.10526924800753, within(1e-9));
        assertThat(r.adjusted().get(1).n()).isCloseTo(19.36527402706805, within(1e-9));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void foreAndBackBearingsAreChecked() {
        // the first leg's back bearing is 259° instead of 256°: 3° off, a warning; the leg uses 77.5°
        List<CompassTraverse.Leg> legs = List.of(new CompassTraverse.Leg(80.40, 76, OptionalDouble.of(259)),
                new CompassTraverse.Leg(46.30, 144, OptionalDouble.of(324.2)), SURVEY_MD.get(2), SURVEY_MD.get(3));
        CompassTraverse.Result r = CompassTraverse.close(new PlanePoint(0, 0), legs);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(TapeWarning.Code.FORE_BACK_MISMATCH);
            assertThat(w.messageArgs()[0]).isEqualTo(1);
            assertThat((double) w.messageArgs()[1]).isCloseTo(3, within(1e-9));
        });
        assertThat(r.raw().get(1).e()).isCloseTo(80.40 * Math.sin(Math.toRadians(77.5)), within(1e-9));
        assertThat(Bearing.foreBackDiscrepancy(359.5, 179.0)).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void bearingsInQuadrantNotation() {
        assertThat(BearingNotation.parse("N76°00'E")).isEqualTo(76.0);
        assertThat(BearingNotation.parse("S36°00'E")).isEqualTo(144.0);
        assertThat(BearingNotation.parse("S61°00'W")).isEqualTo(241.0);
        assertThat(BearingNotation.parse("N38°00'W")).isEqualTo(322.0);
        assertThat(BearingNotation.parse("n 38 30 w")).isCloseTo(321.5, within(1e-12));
        assertThat(BearingNotation.parse("76.5")).isEqualTo(76.5);
        assertThat(BearingNotation.parse("-10")).isEqualTo(350.0);
        assertThatThrownBy(() -> BearingNotation.parse("N95E")).isInstanceOfSatisfying(TapeException.class,
                e -> assertThat(e.error()).isEqualTo(TapeError.BAD_BEARING));
        assertThatThrownBy(() -> BearingNotation.parse("north")).isInstanceOf(TapeException.class);
        assertThatThrownBy(() -> CompassTraverse.close(new PlanePoint(0, 0), SURVEY_MD.subList(0, 2)))
                .isInstanceOfSatisfying(TapeException.class, e -> assertThat(e.error()).isEqualTo(TapeError.WRONG_COUNT));
    }
}
