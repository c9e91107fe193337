package org.lastmile.survey.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;

class BaselineOffsetsTest {

    @Test
    void offsetsArePositiveToTheLeft() {
        BaselineOffsets east = new BaselineOffsets(new PlanePoint(0, 0), new PlanePoint(100, 0));
        assertThat(east.point(30, 5)).isEqualTo(new PlanePoint(30, 5));
        assertThat(east.point(30, -5)).isEqualTo(new PlanePoint(30, -5));
        // a baseline running north from (10,10): left is west
        BaselineOffsets north = new BaselineOffsets(new PlanePoint(10, 10), new PlanePoint(10, 110));
        PlanePoint p = north.point(20, 5);
        assertThat(p.e()).isCloseTo(5, within(1e-12));
        assertThat(p.n()).isCloseTo(30, within(1e-12));
    }

    @Test
    void trapezoidRule() {
        // by hand: (10 + 14)·20/2 + (14 + 6)·30/2 = 240 + 300
        assertThat(BaselineOffsets.trapezoidArea(new double[] {0, 20, 50}, new double[] {10, 14, 6})).isEqualTo(540.0);
    }
}
