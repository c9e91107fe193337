package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrsTransformTest {

    @Test
    void betweenZonesThroughGeographic() {
        // zone 33 -> zone 34 for 37°N 100.5°E: both from cs2cs (see PlaneSystemTest)
        CrsTransform t = CrsTransform.between(CrsCatalog.byEpsg(4542), CrsCatalog.byEpsg(4543));
        double[] xy = t.apply(633521.7523, 4097562.9623);
        assertThat(xy[0]).isCloseTo(366478.2477, within(0.001));
        assertThat(xy[1]).isCloseTo(4097562.9623, within(0.001));
        assertThat(t.takesWgs84AsCgcs2000()).isFalse();
    }

    @Test
    void wgs84IsTakenAsCgcs2000AndSaysSo() {
        // echo "37 100.5" | cs2cs EPSG:4326 EPSG:4542 -> 4097562.96230 633521.75235 (a ballpark null shift)
        CrsTransform t = CrsTransform.between(GeographicCrs.WGS84, CrsCatalog.byEpsg(4542));
        double[] xy = t.apply(100.5, 37);
        assertThat(xy[0]).isCloseTo(633521.7523, within(0.001));
        assertThat(t.takesWgs84AsCgcs2000()).isTrue();
        assertThat(CrsTransform.between(GeographicCrs.WGS84, GeographicCrs.WGS84).apply(1, 2)).containsExactly(1, 2);
    }
}
