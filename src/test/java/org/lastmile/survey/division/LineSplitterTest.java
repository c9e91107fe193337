package org.lastmile.survey.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.survey.division.Parcels.polygon;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Lines through corners, by hand. */
class LineSplitterTest {

    private static final Frame HORIZONTAL = new Frame(new Coordinate(0, 0), 1, 0, 0, 1);

    @Test
    void aReflexCornerOnTheLineSplitsTheUpperPartInTwo() {
        // An M: a notch from the top down to (5,10). At y = 10 the lower part is the 10 × 10 square,
        // the upper part two lobes touching at (5,10): left (0,10),(5,10),(3,20),(0,20) = 40,
        // right (5,10),(10,10),(10,20),(7,20) = 40 (trapezoids by hand).
        Polygon m = polygon(0, 0, 10, 0, 10, 20, 7, 20, 5, 10, 3, 20, 0, 20);
        LineSplitter.Split split = new LineSplitter(HORIZONTAL, Parcels.GF).split(List.of(m), 10);
        assertThat(split).isNotNull();
        assertThat(split.below()).singleElement().satisfies(p -> {
            assertThat(p.getArea()).isCloseTo(100, within(1e-9));
            assertThat(p.isValid()).isTrue();
        });
        assertThat(split.above()).hasSize(2).allSatisfy(p -> {
            assertThat(p.getArea()).isCloseTo(40, within(1e-9));
            assertThat(p.isValid()).isTrue();
        });
        assertThat(split.cut()).hasSize(2);
    }

    @Test
    void aConvexCornerOnTheLineOnlyTouches() {
        // A diamond whose lowest corner (5,10) lies on the line: everything is above.
        Polygon diamond = polygon(5, 10, 10, 15, 5, 20, 0, 15);
        LineSplitter.Split split = new LineSplitter(HORIZONTAL, Parcels.GF).split(List.of(diamond), 10);
        assertThat(split.below()).isEmpty();
        assertThat(split.above()).containsExactly(diamond);
    }

    @Test
    void aLineThroughACornerIntoTheParcel() {
        // The square cut by the diagonal y = x through its corners (0,0) and (10,10): two triangles
        Polygon square = polygon(0, 0, 10, 0, 10, 10, 0, 10);
        double r = Math.sqrt(0.5);
        Frame diagonal = new Frame(new Coordinate(0, 0), r, r, -r, r);
        LineSplitter.Split split = new LineSplitter(diagonal, Parcels.GF).split(List.of(square), 0);
        assertThat(split.below()).singleElement().satisfies(p -> assertThat(p.getArea()).isCloseTo(50, within(1e-9)));
        assertThat(split.above()).singleElement().satisfies(p -> assertThat(p.getArea()).isCloseTo(50, within(1e-9)));
        assertThat(split.cut()).singleElement().satisfies(l -> assertThat(l.getLength()).isCloseTo(Math.sqrt(200),
                within(1e-9)));
    }
}
