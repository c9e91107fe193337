package org.lastmile.survey.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.survey.division.Parcels.polygon;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class PointCutOpTest {

    private static final Polygon SQUARE = polygon(0, 0, 100, 0, 100, 100, 0, 100);

    private static boolean passesThrough(Geometry line, Coordinate p) {
        return line.distance(Parcels.GF.createPoint(p)) < 1e-6;
    }

    @Test
    void throughTheMiddleOfTheBaseHalvesTheSquareVertically() {
        // By hand: a line through (50,0) ending at (50 + d, 100) leaves 5000 + 50d on one side: d = 0.
        Division d = PointCutOp.cut(SQUARE, new Coordinate(50, 0), 5000);
        assertThat(d.parts().get(0).areaM2()).isCloseTo(5000, within(0.01));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(5000, within(0.01));
        Geometry line = d.cuts().get(0).line();
        assertThat(line.getLength()).isCloseTo(100, within(1e-6));
        assertThat(passesThrough(line, new Coordinate(50, 100))).isTrue();
        assertThat(d.cuts().get(0).offsetM()).isEmpty();
    }

    @Test
    void throughACornerTheTriangleHasTheTarget() {
        // By hand: from corner (0,0), a triangle of 2500 m² reaches (100, 50) or (50, 100).
        Division d = new PointCutOp(SQUARE, new Coordinate(0, 0)).setKeep(new Coordinate(100, 0)).cutArea(2500);
        assertThat(d.parts().get(0).areaM2()).isCloseTo(2500, within(0.01));
        Geometry line = d.cuts().get(0).line();
        assertThat(passesThrough(line, new Coordinate(0, 0))).isTrue();
        assertThat(passesThrough(line, new Coordinate(100, 50))).isTrue();
        assertThat(d.parts().get(0).geometry().covers(Parcels.GF.createPoint(new Coordinate(100, 0)))).isTrue();
        Division other = new PointCutOp(SQUARE, new Coordinate(0, 0)).setKeep(new Coordinate(0, 100)).cutArea(2500);
        assertThat(passesThrough(other.cuts().get(0).line(), new Coordinate(50, 100))).isTrue();
    }

    @Test
    void aNonConvexFieldThroughAWellOnItsBoundary() {
        Division d = PointCutOp.cut(Parcels.lShape(), new Coordinate(50, 90), 4400);
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4400, within(0.01));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(2900, within(0.01));
        assertThat(passesThrough(d.cuts().get(0).line(), new Coordinate(50, 90))).isTrue();
    }

    @Test
    void noLineThroughTheCentreCutsAQuarter() {
        // every line through the centre of a square halves it
        assertThatThrownBy(() -> PointCutOp.cut(SQUARE, new Coordinate(50, 50), 1000))
                .isInstanceOfSatisfying(DivisionException.class, e -> {
                    assertThat(e.error()).isEqualTo(DivisionError.TARGET_UNREACHABLE);
                    assertThat(e.location()).contains(new Coordinate(50, 50));
                    assertThat((double) e.messageArgs()[3]).isCloseTo(5000, within(1e-6));
                });
        assertThatThrownBy(() -> PointCutOp.cut(SQUARE, new Coordinate(50, 50), 10000))
                .isInstanceOfSatisfying(DivisionException.class,
                        e -> assertThat(e.error()).isEqualTo(DivisionError.TARGET_TOO_LARGE));
    }
}
