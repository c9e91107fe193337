package org.lastmile.ui.sketch.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    private final Viewport view = new Viewport();

    ViewportTest() {
        view.resize(800, 600);
    }

    @Test
    void northIsUpAndEastIsRight() {
        view.centreOn(1000, 2000);
        assertThat(view.screenX(1010)).isGreaterThan(view.screenX(1000));
        assertThat(view.screenY(2010)).isLessThan(view.screenY(2000));
        assertThat(view.screenX(1000)).isEqualTo(400);
        assertThat(view.screenY(2000)).isEqualTo(300);
    }

    @Test
    void fitShowsTheWholeBoxWithItsMargin() {
        // a field 120 m east-west and 60 m north-south in a 800 × 600 window with 60 px margins:
        // width limits, 680 px / 120 m
        view.fit(500_000, 4_100_000, 500_120, 4_100_060, 60);
        assertThat(view.scale()).isCloseTo(680.0 / 120, within(1e-9));
        assertThat(view.screenX(500_000)).isCloseTo(60, within(1e-9));
        assertThat(view.screenX(500_120)).isCloseTo(740, within(1e-9));
        assertThat(view.screenY(4_100_060)).isBetween(60.0, 300.0);
    }

    @Test
    void zoomKeepsThePointUnderThePointer() {
        view.fit(0, 0, 100, 100, 0);
        double e = view.planeE(123);
        double n = view.planeN(456);
        view.zoomAt(2.5, 123, 456);
        assertThat(view.planeE(123)).isCloseTo(e, within(1e-9));
        assertThat(view.planeN(456)).isCloseTo(n, within(1e-9));
        assertThat(view.scale()).isCloseTo(6 * 2.5, within(1e-9));
    }

    @Test
    void aDragMovesThePictureWithThePointer() {
        view.fit(0, 0, 100, 100, 0);
        double x = view.screenX(50);
        double y = view.screenY(50);
        view.pan(30, -20);
        assertThat(view.screenX(50)).isCloseTo(x + 30, within(1e-9));
        assertThat(view.screenY(50)).isCloseTo(y - 20, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        view.zoomAt(1e12, 0, 0);
        assertThat(view.scale()).isEqualTo(Viewport.MAX_SCALE);
        view.zoomAt(1e-20, 0, 0);
        assertThat(view.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void gridAndScaleBarUseRoundLengths() {
        // 5.67 px/m: grid lines at least 70 px apart → 12.3 m → 20 m; bar at most 160 px → 28.2 m → 20 m
        assertThat(MapFurniture.gridStep(680.0 / 120)).isEqualTo(20);
        assertThat(MapFurniture.barLength(680.0 / 120)).isEqualTo(20);
        assertThat(MapFurniture.gridStep(0.01)).isEqualTo(10_000);
        assertThat(MapFurniture.barLength(0.01)).isEqualTo(10_000);
        assertThat(NiceStep.atMost(0.37)).isCloseTo(0.2, within(1e-12));
        assertThat(NiceStep.atLeast(51)).isEqualTo(100);
    }
}
