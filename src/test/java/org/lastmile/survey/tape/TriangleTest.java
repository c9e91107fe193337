package org.lastmile.survey.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;

class TriangleTest {

    @Test
    void threeFourFive() {
        // a = BC = 3, b = CA = 4, c = AB = 5: C = ((16 + 25 − 9)/10, √(16 − 3.2²)) = (3.2, 2.4)
        Triangle t = Triangle.fromSides(3, 4, 5, Side.LEFT);
        assertThat(t.c().e()).isCloseTo(3.2, within(1e-12));
        assertThat(t.c().n()).isCloseTo(2.4, within(1e-12));
        assertThat(t.areaM2()).isCloseTo(6, within(1e-12));
        assertThat(t.anglesDeg()[2]).isCloseTo(90, within(1e-9));
        assertThat(t.anglesDeg()[0]).isCloseTo(Math.toDegrees(Math.asin(0.6)), within(1e-9));
        assertThat(t.warnings()).isEmpty();
        assertThat(Triangle.fromSides(3, 4, 5, Side.RIGHT).c().n()).isCloseTo(-2.4, within(1e-12));
    }

    @Test
    void thinTrianglesAreWarnedAbout() {
        // 10, 10, 19.8: the apex angle is 2·asin(0.99) = 163.7°, the base angles 8.1°
        Triangle t = Triangle.fromSides(10, 10, 19.8, Side.LEFT);
        assertThat(t.anglesDeg()[2]).isCloseTo(2 * Math.toDegrees(Math.asin(0.99)), within(1e-9));
        assertThat(t.warnings()).hasSize(3).allSatisfy(w -> {
            assertThat(w.code()).isEqualTo(TapeWarning.Code.WEAK_ANGLE);
            assertThat(w.messageKey()).isEqualTo("survey.tape.warning.weakAngle");
        });
    }

    @Test
    void sidesThatDoNotClose() {
        assertThatThrownBy(() -> Triangle.fromSides(1, 2, 3, Side.LEFT)).isInstanceOfSatisfying(TapeException.class,
                e -> assertThat(e.error()).isEqualTo(TapeError.TRIANGLE_INEQUALITY));
        assertThatThrownBy(() -> Triangle.fromSides(0, 2, 3, Side.LEFT)).isInstanceOfSatisfying(TapeException.class,
                e -> assertThat(e.error()).isEqualTo(TapeError.NOT_POSITIVE));
    }

    @Test
    void aQuadrilateralFromItsSidesAndOneDiagonal() {
        // (0,0),(80,0),(90,60),(−5,50): sides and diagonal V0V2 by python3 math.dist:
        // 80.0, 60.8276253029822, 95.524865872714, 50.24937810560445; 108.16653826391968
        Trilateration t = Trilateration.fan(new double[] {80.0, 60.8276253029822, 95.524865872714, 50.24937810560445},
                new double[] {108.16653826391968});
        Map<String, PlanePoint> p = t.points();
        assertThat(p.get("2").e()).isCloseTo(90, within(1e-9));
        assertThat(p.get("2").n()).isCloseTo(60, within(1e-9));
        assertThat(p.get("3").e()).isCloseTo(-5, within(1e-9));
        assertThat(p.get("3").n()).isCloseTo(50, within(1e-9));
        // the second triangle (V0, V2, V3) has 27.7° at V2: angle of (−90,−60) and (−95,−10)
        assertThat(t.warnings()).singleElement().satisfies(w -> {
            assertThat(w.messageArgs()[0]).isEqualTo("2");
            assertThat((double) w.messageArgs()[1]).isCloseTo(
                    Math.toDegrees(Math.atan2(60, 90) - Math.atan2(10, 95)), within(1e-9));
        });
        assertThatThrownBy(() -> Trilateration.fan(new double[] {1, 1, 1, 1}, new double[0]))
                .isInstanceOfSatisfying(TapeException.class, e -> assertThat(e.error()).isEqualTo(TapeError.WRONG_COUNT));
    }

    @Test
    void aChainFromFixedPoints() {
        // from fixed A (100,100) and B (100,200): C 100 m from both, to the right (east) of A → B:
        // an equilateral triangle, C = (100 + 50√3, 150)
        Trilateration t = new Trilateration().fix("A", new PlanePoint(100, 100)).fix("B", new PlanePoint(100, 200));
        PlanePoint c = t.intersect("C", "A", 100, "B", 100, Side.RIGHT);
        assertThat(c.e()).isCloseTo(100 + 50 * Math.sqrt(3), within(1e-9));
        assertThat(c.n()).isCloseTo(150, within(1e-9));
        assertThatThrownBy(() -> t.intersect("D", "A", 10, "X", 10, Side.LEFT))
                .isInstanceOfSatisfying(TapeException.class, e -> {
                    assertThat(e.error()).isEqualTo(TapeError.UNKNOWN_POINT);
                    assertThat(e.messageArgs()).containsExactly("X");
                });
    }
}
