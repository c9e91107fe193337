package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/** Networks that cannot be adjusted come back as codes naming the point. */
class NetworkErrorsTest {

    private static final List<Observation> TRIANGLE = List.of(TapeDistance.of("A", "B", 50), TapeDistance.of("B", "C", 40),
            TapeDistance.of("C", "A", 30), PointPosition.gnss("A", 500000, 4100000, 3),
            PointPosition.gnss("B", 500000, 4100050, 3));

    @Test
    void aCornerWithASingleTapeIsNamed() {
        List<Observation> obs = new java.util.ArrayList<>(TRIANGLE);
        obs.add(TapeDistance.of("C", "D", 25));
        assertThatThrownBy(() -> Adjustment.adjust(Network.of(obs)))
                .isInstanceOfSatisfying(AdjustmentException.class, e -> {
                    assertThat(e.error()).isIn(AdjustmentError.CANNOT_PLACE, AdjustmentError.SINGULAR);
                    assertThat(e.messageArgs()).containsExactly("D");
                });
    }

    @Test
    void aCornerWithASingleTapeIsNamedEvenWithAStartingPosition() {
        List<Observation> obs = new java.util.ArrayList<>(TRIANGLE);
        obs.add(TapeDistance.of("C", "D", 25));
        Network n = new Network(obs, java.util.Map.of("D", new org.lastmile.survey.crs.PlanePoint(500020, 4100040)));
        assertThatThrownBy(() -> Adjustment.adjust(n)).isInstanceOfSatisfying(AdjustmentException.class, e -> {
            assertThat(e.error()).isEqualTo(AdjustmentError.SINGULAR);
            assertThat(e.messageArgs()).containsExactly("D");
            assertThat(e.messageKey()).isEqualTo("survey.adjust.error.singular");
        });
    }

    @Test
    void oneGnssCornerAndTapesLeaveTheDirectionOpen() {
        List<Observation> obs = List.of(TapeDistance.of("A", "B", 50), TapeDistance.of("B", "C", 40),
                TapeDistance.of("C", "A", 30), PointPosition.gnss("A", 500000, 4100000, 3));
        assertThatThrownBy(() -> Adjustment.adjust(Network.of(obs))).isInstanceOfSatisfying(AdjustmentException.class,
                e -> assertThat(e.error()).isEqualTo(AdjustmentError.NO_ORIENTATION));
    }

    @Test
    void aBracedQuadrilateralWarnsThatASlipCannotBeLocated() {
        // Square 40 m with both diagonals: r = 1. One side written 10 m too long.
        double d = 40 * Math.sqrt(2);
        List<Observation> obs = List.of(TapeDistance.of("A", "B", 50), TapeDistance.of("B", "C", 40),
                TapeDistance.of("C", "D", 40), TapeDistance.of("D", "A", 40), TapeDistance.of("A", "C", d),
                TapeDistance.of("B", "D", d));
        AdjustmentResult r = Adjustment.adjust(Network.of(obs));
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.blunders()).isEmpty();
        assertThat(r.globalTest().passed()).isFalse();
        assertThat(r.warnings()).extracting(AdjustmentWarning::code)
                .contains(WarningCode.NOT_LOCATABLE, WarningCode.LOW_REDUNDANCY);
    }

    @Test
    void aTriangleWithoutSpareTapesWarnsThatNothingIsChecked() {
        List<Observation> obs = List.of(TapeDistance.of("A", "B", 50), TapeDistance.of("B", "C", 40),
                TapeDistance.of("C", "A", 30));
        AdjustmentResult r = Adjustment.adjust(Network.of(obs));
        assertThat(r.degreesOfFreedom()).isZero();
        assertThat(r.freeNetwork()).isTrue();
        assertThat(r.warnings()).extracting(AdjustmentWarning::code).containsExactly(WarningCode.NO_REDUNDANCY);
        assertThat(r.globalTest().applicable()).isFalse();
    }

    @Test
    void nothingToAdjust() {
        assertThatThrownBy(() -> Adjustment.adjust(Network.of(List.of()))).isInstanceOfSatisfying(
                AdjustmentException.class, e -> assertThat(e.error()).isEqualTo(AdjustmentError.NO_OBSERVATIONS));
    }
}
