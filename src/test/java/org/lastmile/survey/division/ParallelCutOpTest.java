package org.lastmile.survey.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.lastmile.survey.division.Parcels.lShape;
import static org.lastmile.survey.division.Parcels.polygon;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.area.Surface;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.survey.geom.GeometryException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class ParallelCutOpTest {

    private static final double MU_6_6 = Area.ofMu(6.6, Surface.PLANE).m2(); // 4400 m²

    @Test
    void sixPointSixMuOffTheLShapedFieldLies36Point6667MetresFromItsBase() {
        // survey.md: 7300 m² (10.95 mu); 6.6 mu parallel to the base lies 36.6667 m from it
        // (by hand: 120·t = 4400 below the step at 40 m)
        Division d = ParallelCutOp.cut(lShape(), 0, MU_6_6);
        assertThat(d.parcelAreaM2()).isCloseTo(7300, within(1e-9));
        assertThat(d.cuts()).hasSize(1);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(36.6667, within(1e-4));
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(110.0 / 3, within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4400, within(0.01));
        assertThat(d.parts().get(0).mu()).isCloseTo(6.6, within(1e-5));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(2900, within(0.01));
        assertThat(d.warnings()).isEmpty();
        // the first part touches the base edge; the cut runs across the full width, 120 m
        assertThat(d.parts().get(0).geometry().covers(Parcels.GF.createLineString(
                new Coordinate[] {new Coordinate(0, 0), new Coordinate(120, 0)}))).isTrue();
        assertThat(d.cuts().get(0).line().getLength()).isCloseTo(120, within(1e-9));
        assertThat(d.cuts().get(0).azimuthDeg()).isCloseTo(90, within(1e-12));
    }

    @Test
    void eightMuLies50Point6667MetresFromTheBase() {
        // survey.md; by hand 4800 + 50·(t − 40) = 5333.33
        Division d = ParallelCutOp.cut(lShape(), 0, Area.ofMu(8.0, Surface.PLANE).m2());
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(50.6667, within(1e-4));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(16000.0 / 3, within(0.01));
        assertThat(d.cuts().get(0).line().getLength()).isCloseTo(50, within(1e-9));
    }

    @Test
    void theOrientationOfTheRingDoesNotMatter() {
        // the same field clockwise: the base is now edge 5, from (120,0) to (0,0)
        Polygon cw = polygon(0, 0, 0, 90, 50, 90, 50, 40, 120, 40, 120, 0);
        Division d = ParallelCutOp.cut(cw, 5, MU_6_6);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(110.0 / 3, within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4400, within(0.01));
    }

    @Test
    void gaussKrugerCoordinatesGiveTheSameCut() {
        Division d = ParallelCutOp.cut(Parcels.lShapeAt(33_633_500, 4_097_500), 0, MU_6_6);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(110.0 / 3, within(1e-7));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4400, within(0.01));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(2900, within(0.01));
    }

    @Test
    void aCutFromTheSideOfTheTallArm() {
        // edge 5 runs from (0,90) down to (0,0); cuts move east. 120·... by hand: the first 50 m
        // have 90 m of field per metre: 4400/90 = 48.8889 m.
        Division d = ParallelCutOp.cut(lShape(), 5, MU_6_6);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(4400.0 / 90, within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4400, within(0.01));
    }

    @Test
    void stripsByProportionsAreSolvedOnOneProfile() {
        // 3:2:1 of 7300: cumulative 3650 (t = 3650/120) and 6083.33 (4800 + 50(t − 40) → t = 65.6667)
        Division d = ParallelCutOp.divide(lShape(), 0, 3, 2, 1);
        assertThat(d.parts()).hasSize(3);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(3650.0 / 120, within(1e-9));
        assertThat(d.cuts().get(1).offsetM().getAsDouble()).isCloseTo(40 + (6083.0 + 1.0 / 3 - 4800) / 50,
                within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(3650, within(0.01));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(7300 * 2.0 / 6, within(0.01));
        assertThat(d.parts().get(2).areaM2()).isCloseTo(7300 / 6.0, within(0.01));
        assertThat(d.parts().get(2).targetM2()).isCloseTo(7300 / 6.0, within(1e-9));
        assertThat(d.maxAreaError()).isLessThan(0.01);
    }

    @Test
    void aStripThatFallsApartIsReported() {
        // U-shaped field: 90 × 60 with a 30 × 40 notch from the top; 2400 m² from the base lies at
        // 30 m (1800 below 20 m, then 60 m of field per metre); the rest is two arms.
        Polygon u = polygon(0, 0, 90, 0, 90, 60, 60, 60, 60, 20, 30, 20, 30, 60, 0, 60);
        Division d = ParallelCutOp.cut(u, 0, 2400);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(30, within(1e-9));
        assertThat(d.parts().get(1).pieces()).isEqualTo(2);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.part()).isEqualTo(1);
            assertThat(w.pieces()).isEqualTo(2);
            assertThat(w.messageKey()).isEqualTo("survey.division.warning.partInPieces");
        });
        assertThat(d.cuts().get(0).line().getNumGeometries()).isEqualTo(2);
        assertThat(d.cuts().get(0).line().getLength()).isCloseTo(60, within(1e-9));
    }

    @Test
    void aParcelWithAHole() {
        // 100 × 100 with a 20 × 20 hole at 40..60: 9600 m². 3000 m² from the base: 100·t up to 40 m
        // gives 4000, so t = 30; 5000 m²: 4000 + 80·(t − 40) → t = 52.5
        Polygon withHole = Parcels.GF.createPolygon(
                Parcels.GF.createLinearRing(polygon(0, 0, 100, 0, 100, 100, 0, 100).getCoordinates()),
                new org.locationtech.jts.geom.LinearRing[] {Parcels.GF.createLinearRing(
                        polygon(40, 40, 60, 40, 60, 60, 40, 60).getCoordinates())});
        ParallelCutOp op = new ParallelCutOp(withHole, 0);
        assertThat(op.parcelArea()).isCloseTo(9600, within(1e-9));
        assertThat(op.cutArea(3000).cuts().get(0).offsetM().getAsDouble()).isCloseTo(30, within(1e-9));
        Division d = op.cutArea(5000);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(52.5, within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(5000, within(0.01));
    }

    @Test
    void targetsTheParcelCannotGive() {
        assertThatThrownBy(() -> ParallelCutOp.cut(lShape(), 0, 7300)).isInstanceOfSatisfying(DivisionException.class,
                e -> {
                    assertThat(e.error()).isEqualTo(DivisionError.TARGET_TOO_LARGE);
                    assertThat(e.messageArgs()).hasSize(4);
                    assertThat((double) e.messageArgs()[2]).isCloseTo(7300, within(1e-9));
                });
        assertThatThrownBy(() -> ParallelCutOp.cut(lShape(), 0, 0)).isInstanceOfSatisfying(DivisionException.class,
                e -> assertThat(e.error()).isEqualTo(DivisionError.TARGET_NOT_POSITIVE));
        assertThatThrownBy(() -> ParallelCutOp.cut(lShape(), 0, Double.NaN))
                .isInstanceOfSatisfying(DivisionException.class,
                        e -> assertThat(e.error()).isEqualTo(DivisionError.TARGET_NOT_POSITIVE));
        assertThatThrownBy(() -> ParallelCutOp.divide(lShape(), 0, 1))
                .isInstanceOfSatisfying(DivisionException.class,
                        e -> assertThat(e.error()).isEqualTo(DivisionError.BAD_PROPORTIONS));
        assertThatThrownBy(() -> ParallelCutOp.divide(lShape(), 0, 1, -2))
                .isInstanceOfSatisfying(DivisionException.class,
                        e -> assertThat(e.error()).isEqualTo(DivisionError.BAD_PROPORTIONS));
    }

    @Test
    void edgesThatDoNotExist() {
        assertThatThrownBy(() -> new ParallelCutOp(lShape(), 6)).isInstanceOfSatisfying(DivisionException.class, e -> {
            assertThat(e.error()).isEqualTo(DivisionError.EDGE_OUT_OF_RANGE);
            assertThat(e.messageArgs()).containsExactly(6, 5);
        });
        Polygon repeated = polygon(0, 0, 10, 0, 10, 0, 10, 10, 0, 10);
        assertThatThrownBy(() -> new ParallelCutOp(repeated, 1)).isInstanceOfSatisfying(DivisionException.class, e -> {
            assertThat(e.error()).isEqualTo(DivisionError.DEGENERATE_EDGE);
            assertThat(e.location()).contains(new Coordinate(10, 0));
        });
    }

    @Test
    void aSelfIntersectingRingIsACodeWithAPlace() {
        Polygon bowtie = polygon(0, 0, 10, 10, 10, 0, 0, 10);
        assertThatThrownBy(() -> new ParallelCutOp(bowtie, 0)).isInstanceOfSatisfying(GeometryException.class, e -> {
            assertThat(e.error()).isIn(GeometryError.SELF_INTERSECTION, GeometryError.RING_SELF_INTERSECTION);
            assertThat(e.location()).contains(new Coordinate(5, 5));
            assertThat(e.messageArgs()).containsExactly(5.0, 5.0);
        });
    }

    @Test
    void aCutThroughVerticesFallsBackToJtsOverlayAndStaysExact() {
        // 4800 m² = 120 × 40: the cut runs exactly through the inner corner (50,40) and (120,40),
        // where the fast splitter declines and JTS's overlay builds the parts.
        Frame frame = new Frame(new Coordinate(0, 0), 1, 0, 0, 1);
        assertThat(new LineSplitter(frame, Parcels.GF).split(java.util.List.of(lShape()), 40)).isNull();
        Division d = ParallelCutOp.cut(lShape(), 0, 4800);
        assertThat(d.cuts().get(0).offsetM().getAsDouble()).isCloseTo(40, within(1e-9));
        assertThat(d.parts().get(0).areaM2()).isCloseTo(4800, within(0.01));
        assertThat(d.parts().get(1).areaM2()).isCloseTo(2500, within(0.01));
        assertThat(d.parts().get(1).pieces()).isEqualTo(1);
        assertThat(d.cuts().get(0).line().getLength()).isCloseTo(120, within(1e-9));
    }
}
