package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** EPSG codes against the parameters of proj4j-epsg's {@code nad/epsg} file (and EPSG's registry). */
class CrsCatalogTest {

    @ParameterizedTest
    @CsvSource({
        // code, zone, central meridian, false easting   (from proj4j-epsg 1.4.1 proj4/nad/epsg)
        "4513, 25, 75, 25500000", "4521, 33, 99, 33500000", "4533, 45, 135, 45500000",
        "4534, 25, 75, 500000", "4542, 33, 99, 500000", "4543, 34, 102, 500000", "4554, 45, 135, 500000",
        "4491, 13, 75, 13500000", "4501, 23, 135, 23500000", "4502, 13, 75, 500000", "4512, 23, 135, 500000"})
    void gaussKrugerZones(int code, int zone, double cm, double falseEasting) {
        PlaneSystem plane = (PlaneSystem) CrsCatalog.parse("EPSG:" + code);
        assertThat(plane.epsg()).isEqualTo(code);
        assertThat(plane.zone()).isEqualTo(zone);
        assertThat(plane.centralMeridian()).isEqualTo(cm);
        assertThat(plane.falseEasting()).isEqualTo(falseEasting);
        assertThat(plane.hasZonePrefix()).isEqualTo(falseEasting > 1e6);
        assertThat(plane.centralScaleFactor()).isEqualTo(1.0);
        assertThat(plane.ellipsoid()).isEqualTo(Ellipsoid.CGCS2000);
        assertThat(plane.code()).isEqualTo("EPSG:" + code);
    }

    @Test
    void geographicAndUtm() {
        assertThat(CrsCatalog.parse("epsg:4490")).isSameAs(GeographicCrs.CGCS2000);
        assertThat(CrsCatalog.parse("4326")).isSameAs(GeographicCrs.WGS84);
        PlaneSystem utm = (PlaneSystem) CrsCatalog.parse("EPSG:32647");
        assertThat(utm.centralMeridian()).isEqualTo(99);
        assertThat(utm.centralScaleFactor()).isEqualTo(0.9996);
        assertThat(utm.falseNorthing()).isZero();
        assertThat(((PlaneSystem) CrsCatalog.parse("EPSG:32718")).falseNorthing()).isEqualTo(10_000_000);
    }

    @Test
    void unknownAndMalformedCodes() {
        assertThatThrownBy(() -> CrsCatalog.parse("EPSG:3857")).isInstanceOfSatisfying(CrsException.class, e -> {
            assertThat(e.error()).isEqualTo(CrsError.UNKNOWN_CODE);
            assertThat(e.messageKey()).isEqualTo("survey.crs.error.unknownCode");
            assertThat(e.messageArgs()).containsExactly("EPSG:3857");
        });
        assertThatThrownBy(() -> CrsCatalog.parse("GK33")).isInstanceOfSatisfying(CrsException.class,
                e -> assertThat(e.error()).isEqualTo(CrsError.MALFORMED_CODE));
        assertThatThrownBy(() -> PlaneSystem.gaussKruger3(46, false)).isInstanceOfSatisfying(CrsException.class,
                e -> assertThat(e.error()).isEqualTo(CrsError.ZONE_OUT_OF_RANGE));
    }
}
