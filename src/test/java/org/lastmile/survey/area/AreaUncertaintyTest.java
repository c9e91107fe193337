package org.lastmile.survey.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;

class AreaUncertaintyTest {

    private static List<PlanePoint> square(double side) {
        return List.of(new PlanePoint(0, 0), new PlanePoint(side, 0), new PlanePoint(side, side),
                new PlanePoint(0, side));
    }

    private static double[][] independent(int points, double sigmaEach) {
        double[][] c = new double[2 * points][2 * points];
        for (int i = 0; i < 2 * points; i++) {
            c[i][i] = sigmaEach * sigmaEach;
        }
        return c;
    }

    @Test
    void aSquareWithEqualIndependentErrorsHasSigmaMTimesSide() {
        // survey.md: σ_A = m·√(Σ D_i²/8); for a square m × side (D_i = side·√2, four of them)
        double side = 100;
        double m = 0.05;
        assertThat(AreaUncertainty.sigmaEqualErrors(square(side), m)).isCloseTo(m * side, within(1e-12));
        // the same through the full covariance: σ_E = σ_N = m/√2
        assertThat(AreaUncertainty.sigma(square(side), independent(4, m / Math.sqrt(2))))
                .isCloseTo(m * side, within(1e-9));
    }

    @Test
    void tenMuFromHandheldGnssVersusTapes() {
        // survey.md: a 10-mu square, m ≈ 5 m: σ_A ≈ 408 m² ≈ 0.61 mu; taped (m ≈ 5 cm): ≈ 0.006 mu
        double side = Math.sqrt(10 * Area.M2_PER_MU);
        double gnss = AreaUncertainty.sigma(square(side), independent(4, 5 / Math.sqrt(2)));
        assertThat(gnss).isCloseTo(408, within(0.5));
        assertThat(Area.toMu(gnss)).isCloseTo(0.61, within(0.005));
        double tape = AreaUncertainty.sigmaEqualErrors(square(side), 0.05);
        assertThat(Area.toMu(tape)).isCloseTo(0.006, within(0.0005));
    }

    @Test
    void aCommonShiftOfAllCornersLeavesTheAreaCertain() {
        // Every E fully correlated (a common east error of 3 m) moves the field without changing it.
        List<PlanePoint> ring = List.of(new PlanePoint(3, 4), new PlanePoint(5, 11), new PlanePoint(12, 8),
                new PlanePoint(9, 5), new PlanePoint(5, 6));
        double[][] c = new double[10][10];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                c[2 * i][2 * j] = 9;
            }
        }
        assertThat(AreaUncertainty.sigma(ring, c)).isCloseTo(0, within(1e-9));
    }

    @Test
    void oneUncertainCoordinateByHand() {
        // Triangle (0,0),(4,0),(0,3): moving the third corner north by δ changes the area by
        // ∂A/∂N_2 = (E_1 − E_0)/2 = 2 (A = ½·4·N_2), so σ_N2 = 0.1 gives σ_A = 0.2; A = ½(E1 N2 − E2 N1)
        // does not depend on N_1 or E_2.
        List<PlanePoint> t = List.of(new PlanePoint(0, 0), new PlanePoint(4, 0), new PlanePoint(0, 3));
        double[][] c = new double[6][6];
        c[5][5] = 0.01;
        assertThat(AreaUncertainty.sigma(t, c)).isCloseTo(0.2, within(1e-12));
        assertThat(AreaUncertainty.gradient(t)).containsExactly(-1.5, -2, 1.5, 0, 0, 2);
    }

    @Test
    void theCovarianceMustFitTheRing() {
        assertThatThrownBy(() -> AreaUncertainty.sigma(square(1), new double[6][6]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
