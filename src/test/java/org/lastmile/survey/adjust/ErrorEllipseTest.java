package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorEllipseTest {

    @Test
    void axesAndAzimuthFromTheCovariance() {
        ErrorEllipse north = ErrorEllipse.of(1, 4, 0);
        assertThat(north.a()).isCloseTo(2, within(1e-12));
        assertThat(north.b()).isCloseTo(1, within(1e-12));
        assertThat(north.azimuthDegrees()).isCloseTo(0, within(1e-12));
        assertThat(ErrorEllipse.of(4, 1, 0).azimuthDegrees()).isCloseTo(90, within(1e-12));
        // Rotate diag(4, 1) (major axis north) by 30° clockwise: the major axis points N30°E.
        double t = Math.toRadians(30);
        double ue = Math.sin(t);
        double un = Math.cos(t);
        double ee = 4 * ue * ue + 1 * un * un;
        double nn = 4 * un * un + 1 * ue * ue;
        double en = (4 - 1) * ue * un;
        ErrorEllipse e = ErrorEllipse.of(ee, nn, en);
        assertThat(e.a()).isCloseTo(2, within(1e-12));
        assertThat(e.b()).isCloseTo(1, within(1e-12));
        assertThat(e.azimuthDegrees()).isCloseTo(30, within(1e-9));
        assertThat(ErrorEllipse.of(ee, nn, -en).azimuthDegrees()).isCloseTo(150, within(1e-9));
        assertThat(e.confidence95().a()).isCloseTo(2 * 2.4477, within(1e-4));
    }
}
