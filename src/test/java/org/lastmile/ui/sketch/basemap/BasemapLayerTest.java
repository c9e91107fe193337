package org.lastmile.ui.sketch.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Tile arithmetic against the OSM wiki's slippy-map formulas (values computed with them in
 * Python): 100.1505°E 37.3004°N is tile x 101999, y 50879 at zoom 17, where a pixel is
 * 156543.034 × cos 37.3° / 2^17 = 0.9501 m.
 */
class BasemapLayerTest {

    @Test
    void tileNumbersOfAPointNearGangcha() {
        assertThat(BasemapLayer.tileX(100.1505, 17)).isEqualTo(101999);
        assertThat(BasemapLayer.tileY(37.3004, 17)).isEqualTo(50879);
        assertThat(BasemapLayer.lon(101999, 17)).isLessThanOrEqualTo(100.1505);
        assertThat(BasemapLayer.lon(102000, 17)).isGreaterThan(100.1505);
        assertThat(BasemapLayer.lat(50879, 17)).isGreaterThanOrEqualTo(37.3004);
        assertThat(BasemapLayer.lat(50880, 17)).isLessThan(37.3004);
        assertThat(BasemapLayer.lat(0, 0)).isCloseTo(85.0511, within(1e-4));
    }

    @Test
    void zoomMatchesTilePixelsToScreenPixelsWithinTheFilesLevels() {
        // 1 px per 0.95 m on screen: zoom 17 exactly
        assertThat(BasemapLayer.zoom(37.3, 1 / 0.9501, 15, 18)).isEqualTo(17);
        // twice as close: 18; much closer: the file stops at 18
        assertThat(BasemapLayer.zoom(37.3, 2 / 0.9501, 15, 18)).isEqualTo(18);
        assertThat(BasemapLayer.zoom(37.3, 50, 15, 18)).isEqualTo(18);
        // far out: the file starts at 15
        assertThat(BasemapLayer.zoom(37.3, 0.01, 15, 18)).isEqualTo(15);
    }
}
