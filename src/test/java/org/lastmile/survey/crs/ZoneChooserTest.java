package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneChooserTest {

    @Test
    void aBorderBelongsToTheEasternZone() {
        assertThat(ZoneChooser.gaussKruger3Zone(100.5)).isEqualTo(34);
        assertThat(ZoneChooser.gaussKruger3Zone(Math.nextDown(100.5))).isEqualTo(33);
        assertThat(ZoneChooser.gaussKruger3Zone(97.5)).isEqualTo(33);
        assertThat(ZoneChooser.gaussKruger6Zone(102)).isEqualTo(18);
        assertThat(ZoneChooser.gaussKruger6Zone(Math.nextDown(102))).isEqualTo(17);
        assertThat(ZoneChooser.utmZone(102)).isEqualTo(48);
        assertThat(ZoneChooser.utmZone(101.9)).isEqualTo(47);
    }

    @Test
    void oneZoneForTheWholeSiteFromTheMiddleOfItsLongitudes() {
        // Corners on both sides of 100.5°E; the middle (100.49) is in zone 33, so all go to 33.
        List<GeoPoint> site = List.of(new GeoPoint(100.48, 37.0), new GeoPoint(100.50, 37.0),
                new GeoPoint(100.50, 37.01), new GeoPoint(100.48, 37.01));
        PlaneSystem plane = ZoneChooser.suggest(site);
        assertThat(plane.epsg()).isEqualTo(4542);
        assertThat(ZoneChooser.check(plane, site)).isEmpty();
        // Centred exactly on the border: the eastern zone, 34 (EPSG:4543 without prefix, 4522 with).
        List<GeoPoint> onBorder = List.of(new GeoPoint(100.49, 37.0), new GeoPoint(100.51, 37.0));
        assertThat(ZoneChooser.suggest(onBorder).epsg()).isEqualTo(4543);
        assertThat(ZoneChooser.suggest(ZoneFamily.GAUSS_KRUGER_3, true, onBorder).epsg()).isEqualTo(4522);
        assertThat(ZoneChooser.suggest(ZoneFamily.GAUSS_KRUGER_6, false, onBorder).epsg()).isEqualTo(4506);
        assertThat(ZoneChooser.suggest(ZoneFamily.UTM, false, onBorder).epsg()).isEqualTo(32647);
    }

    @Test
    void aSpreadOutSiteWarnsAboutItsOuterPoints() {
        List<GeoPoint> site = List.of(new GeoPoint(98.0, 37.0), new GeoPoint(101.7, 37.0));
        PlaneSystem plane = ZoneChooser.suggest(site);
        assertThat(plane.zone()).isEqualTo(33);
        List<ZoneWarning> warnings = ZoneChooser.check(plane, site);
        assertThat(warnings).extracting(ZoneWarning::index).containsExactly(1);
    }
}
