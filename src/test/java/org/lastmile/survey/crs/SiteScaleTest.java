package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SiteScaleTest {

    @Test
    void meanRadiusAtThirtySevenNorth() {
        // python3: M = a(1-e2)/w^3, nu = a/w, R = sqrt(M nu) at 37°, a = 6378137, f = 1/298.257222101
        //   -> M 6358550.520160763, nu 6385883.2386911195, R 6372202.224432721
        Ellipsoid e = Ellipsoid.CGCS2000;
        assertThat(e.meridianRadius(37)).isCloseTo(6358550.520160763, within(1e-6));
        assertThat(e.primeVerticalRadius(37)).isCloseTo(6385883.2386911195, within(1e-6));
        assertThat(e.meanRadius(37)).isCloseTo(6372202.224432721, within(1e-6));
    }

    @Test
    void aTapeAtThreeThousandMetresIs471PpmLongerThanThePlaneOnTheCentralMeridian() {
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        SiteScale scale = SiteScale.at(zone33, new GeoPoint(99.0, 37.0), 3000);
        // survey.md: ~471 ppm; 4 cm on an 85 m tape. R/(R+h) = 0.9995294266919875 (python3, above).
        assertThat(scale.groundToPlane()).isCloseTo(0.9995294266919875, within(1e-12));
        assertThat(85 - scale.planeDistance(85)).isCloseTo(0.04, within(0.001));
        assertThat(scale.groundDistance(scale.planeDistance(85.368))).isCloseTo(85.368, within(1e-12));
        // ground area at 3,000 m is +942 ppm above the plane area at the central meridian (survey.md)
        assertThat((scale.planeToGroundArea() - 1) * 1e6).isCloseTo(942, within(1.0));
    }

    @Test
    void awayFromTheCentralMeridianThePlaneScaleCountsToo() {
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        // k at 37°N 100.5°E from TransverseMercatorProj: 1.0002195382427297; at sea level the plane
        // distance is the ellipsoid distance times k.
        SiteScale sea = SiteScale.at(zone33, zone33.toPlane(100.5, 37), 0);
        assertThat(sea.planeDistance(100)).isCloseTo(100.02195382427297, within(1e-8));
        // 1.45° away at 37°N the plane area is +410 ppm larger (survey.md): k² − 1
        double k = zone33.pointScale(99 + 1.45, 37);
        assertThat((k * k - 1) * 1e6).isCloseTo(410, within(1.0));
    }
}
