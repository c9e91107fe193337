package org.lastmile.survey.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Plane coordinates against independent values: published examples (IOGP GN7-2, the EPSG:4546
 * example of survey.md) and PROJ 9.1.1 {@code cs2cs}; every check to 1 mm.
 */
class PlaneSystemTest {

    private static final double MM = 0.001;

    @Test
    void zone33And34At37North100Point5East() {
        // echo "37 100.5" | cs2cs -f %.5f EPSG:4490 EPSG:4542 -> 4097562.96230 633521.75235
        PlanePoint z33 = PlaneSystem.gaussKruger3(33, false).toPlane(100.5, 37);
        assertThat(z33.e()).isCloseTo(633521.7523, within(MM));
        assertThat(z33.n()).isCloseTo(4097562.9623, within(MM));
        // echo "37 100.5" | cs2cs -f %.5f EPSG:4490 EPSG:4521 -> 4097562.96230 33633521.75235
        PlanePoint z33prefix = PlaneSystem.gaussKruger3(33, true).toPlane(100.5, 37);
        assertThat(z33prefix.e()).isCloseTo(33633521.7523, within(MM));
        assertThat(z33prefix.n()).isCloseTo(4097562.9623, within(MM));
        // echo "37 100.5" | cs2cs -f %.5f EPSG:4490 EPSG:4543 -> 4097562.9623 366478.2477
        PlanePoint z34 = PlaneSystem.gaussKruger3(34, false).toPlane(100.5, 37);
        assertThat(z34.e()).isCloseTo(366478.2477, within(MM));
        assertThat(z34.n()).isCloseTo(4097562.9623, within(MM));
    }

    @Test
    void zone33At36Point75North100Point25East() {
        // survey.md (PROJ 9.1): N 4069495.7946, E 611630.3375
        PlanePoint p = PlaneSystem.gaussKruger3(33, false).toPlane(100.25, 36.75);
        assertThat(p.e()).isCloseTo(611630.3375, within(MM));
        assertThat(p.n()).isCloseTo(4069495.7946, within(MM));
    }

    @Test
    void epsg4546Example() {
        // survey.md: B 30°45'25.4425", L 111°17'58.3596" -> x (N) 3404079.3582, y (E) 528680.0889
        // (cs2cs EPSG:4490 EPSG:4546 agrees: 3404079.35820 528680.08892)
        double lat = 30 + 45 / 60.0 + 25.4425 / 3600;
        double lon = 111 + 17 / 60.0 + 58.3596 / 3600;
        PlaneSystem plane = (PlaneSystem) CrsCatalog.byEpsg(4546);
        PlanePoint p = plane.toPlane(lon, lat);
        assertThat(p.e()).isCloseTo(528680.0889, within(MM));
        assertThat(p.n()).isCloseTo(3404079.3582, within(MM));
        GeoPoint back = plane.toGeographic(p);
        assertThat(back.lon()).isCloseTo(lon, within(1e-9));
        assertThat(back.lat()).isCloseTo(lat, within(1e-9));
    }

    @Test
    void britishNationalGridFromIogpGuidanceNote7Part2() {
        // IOGP GN7-2: 50°30'N 0°30'E -> E 577274.99 N 69740.50 (to the cm);
        // cs2cs +proj=longlat +ellps=airy +to +proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717
        //   +x_0=400000 +y_0=-100000 +ellps=airy -> 577274.98381 69740.49227
        GeographicCrs osgb36 = new GeographicCrs(4277, "OSGB36",
                Ellipsoid.ofInverseFlattening("Airy 1830", 6377563.396, 299.3249646));
        PlaneSystem bng = PlaneSystem.transverseMercator(osgb36, -2, 49, 0.9996012717, 400000, -100000);
        PlanePoint p = bng.toPlane(0.5, 50.5);
        assertThat(p.e()).isCloseTo(577274.984, within(MM));
        assertThat(p.n()).isCloseTo(69740.492, within(MM));
        assertThat(p.e()).isCloseTo(577274.99, within(0.01));
        assertThat(p.n()).isCloseTo(69740.50, within(0.01));
    }

    @Test
    void sixDegreeZone17() {
        // echo "37 100.5" | cs2cs EPSG:4490 EPSG:4495 -> 4097562.96230 17633521.75235 (CM 99°E)
        assertThat(PlaneSystem.gaussKruger6(17, true).toPlane(100.5, 37).e()).isCloseTo(17633521.7523, within(MM));
        // EPSG:4506 -> 633521.75235
        PlaneSystem plain = (PlaneSystem) CrsCatalog.byEpsg(4506);
        assertThat(plain.centralMeridian()).isEqualTo(99);
        assertThat(plain.toPlane(100.5, 37).e()).isCloseTo(633521.7523, within(MM));
    }

    @Test
    void utmNorthAndSouth() {
        // echo "36.5 101.75" | cs2cs EPSG:4326 EPSG:32647 -> 746304.86697 4042925.57747
        PlanePoint n = PlaneSystem.utm(47, false).toPlane(101.75, 36.5);
        assertThat(n.e()).isCloseTo(746304.86697, within(MM));
        assertThat(n.n()).isCloseTo(4042925.57747, within(MM));
        // echo "-33 -74" | cs2cs EPSG:4326 EPSG:32718 -> 593417.77821 6348269.02589
        PlanePoint s = ((PlaneSystem) CrsCatalog.byEpsg(32718)).toPlane(-74, -33);
        assertThat(s.e()).isCloseTo(593417.77821, within(MM));
        assertThat(s.n()).isCloseTo(6348269.02589, within(MM));
    }

    @Test
    void farOutsideTheZoneStillMatchesProj() {
        // 11° from the central meridian, where proj4j-epsg's tmerc is 1.6 cm off:
        // echo "37 110" | cs2cs -f %.5f EPSG:4490 EPSG:4521 -> 4153573.24725 34480779.95025
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, true);
        PlanePoint p = zone33.toPlane(110, 37);
        assertThat(p.e()).isCloseTo(34480779.95025, within(MM));
        assertThat(p.n()).isCloseTo(4153573.24725, within(MM));
        assertThat(zone33.check(0, new GeoPoint(110, 37))).isPresent();
    }

    @Test
    void inverseAgreesWithProj() {
        // echo "4097562.9623 633521.7523" | cs2cs -f %.10f EPSG:4542 EPSG:4490
        //   -> 37.0000000000 100.4999999995
        GeoPoint p = PlaneSystem.gaussKruger3(33, false).toGeographic(633521.7523, 4097562.9623);
        assertThat(p.lon()).isCloseTo(100.4999999995, within(2e-10));
        assertThat(p.lat()).isCloseTo(37.0, within(2e-10));
    }

    @Test
    void pointScaleAndConvergenceAgreeWithGeographicLib() {
        // echo "37 100.5" | TransverseMercatorProj -s -l 99 -k 1 -e 6378137 1/298.257222101 -p 12
        //   -> 133521.7523454119 4097562.9623044757 0.9028557956564405 1.0002195382427297
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, true);
        assertThat(zone33.pointScale(100.5, 37)).isCloseTo(1.0002195382427297, within(1e-10));
        assertThat(zone33.convergenceDeg(100.5, 37)).isCloseTo(0.9028557956564405, within(1e-8));
        // echo "37 101.6" | TransverseMercatorProj -s -l 99 ... -> gamma 1.5654132189458063, k 1.0006597208396986
        assertThat(zone33.pointScale(101.6, 37)).isCloseTo(1.0006597208396986, within(1e-10));
        assertThat(zone33.convergenceDeg(101.6, 37)).isCloseTo(1.5654132189458063, within(1e-8));
        // echo "-33 -74" | TransverseMercatorProj -s -l -75 -k 0.9996 -e 6378137 1/298.257223563
        //   -> gamma -0.5446784904313988, k 0.9997076002504167
        PlaneSystem utm18s = PlaneSystem.utm(18, true);
        assertThat(utm18s.pointScale(-74, -33)).isCloseTo(0.9997076002504167, within(1e-10));
        assertThat(utm18s.convergenceDeg(-74, -33)).isCloseTo(-0.5446784904313988, within(1e-8));
        // on the central meridian: k = k0 and γ = 0
        assertThat(zone33.pointScale(99, 37)).isCloseTo(1.0, within(1e-12));
        assertThat(zone33.convergenceDeg(99, 37)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void warnsBeyondOnePointSixDegreesInThreeDegreeZones() {
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        assertThat(zone33.check(0, new GeoPoint(100.59, 37))).isEmpty();
        ZoneWarning w = zone33.check(4, new GeoPoint(100.61, 37)).orElseThrow();
        assertThat(w.code()).isEqualTo(CrsWarning.FAR_FROM_CENTRAL_MERIDIAN);
        assertThat(w.messageKey()).isEqualTo("survey.crs.warning.farFromCentralMeridian");
        assertThat(w.messageArgs()[0]).isEqualTo(5);
        assertThat(w.offsetDeg()).isCloseTo(1.61, within(1e-9));
        assertThat(zone33.check(0, new GeoPoint(97.39, 37))).isPresent();
        PlaneSystem six = PlaneSystem.gaussKruger6(17, false);
        assertThat(six.check(0, new GeoPoint(102.05, 37))).isEmpty();
        assertThat(six.check(0, new GeoPoint(102.15, 37))).isPresent();
    }

    @Test
    void pointsThatCannotBeProjectedAreRefused() {
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zone33.toPlane(100, 95))
                .isInstanceOfSatisfying(CrsException.class,
                        e -> assertThat(e.error()).isEqualTo(CrsError.OUTSIDE_DOMAIN));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zone33.toPlane(Double.NaN, 37))
                .isInstanceOf(CrsException.class);
    }
}
