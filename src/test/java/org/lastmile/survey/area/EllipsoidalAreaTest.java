package org.lastmile.survey.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.Ellipsoid;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlaneSystem;

/** Ellipsoidal areas against GeographicLib's published polygons and its Planimeter tool. */
class EllipsoidalAreaTest {

    private static List<GeoPoint> latLon(double... latLon) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < latLon.length; i += 2) {
            ring.add(new GeoPoint(latLon[i + 1], latLon[i]));
        }
        return ring;
    }

    @Test
    void publishedWgs84Polygons() {
        // GeographicLib documentation (survey.md), {lat, lon}, WGS84, ±1 m²
        EllipsoidalArea wgs84 = new EllipsoidalArea(Ellipsoid.WGS84);
        List<GeoPoint> polar = latLon(89, 0, 89, 90, 89, 180, 89, 270);
        assertThat(wgs84.area(polar).m2()).isCloseTo(24952305678.0, within(1.0));
        assertThat(wgs84.perimeter(polar)).isCloseTo(631819.8745, within(1e-4));
        List<GeoPoint> diamond = latLon(0, -1, -1, 0, 0, 1, 1, 0);
        assertThat(wgs84.area(diamond).m2()).isCloseTo(24619419146.0, within(1.0));
        assertThat(wgs84.perimeter(diamond)).isCloseTo(627598.2731, within(1e-3));
        List<GeoPoint> octant = latLon(90, 0, 0, 0, 0, 90);
        assertThat(wgs84.area(octant).m2()).isCloseTo(63758202715511.0, within(1.0));
        assertThat(wgs84.perimeter(octant)).isCloseTo(30022685, within(1.0));
        assertThat(wgs84.area(octant).surface()).isEqualTo(Surface.ELLIPSOID);
    }

    @Test
    void mgrsSquare18SWKThroughOurUtmInverse() {
        // GeographicLib Planimeter documentation: 18SWK, UTM 18N 500000/4400000 to 600000/4500000:
        // perimeter 400139.532959 m, area 10007388597.2 m²
        // (Planimeter -p 10 on GeoConvert's corners: 400139.5329585965, 10007388597.19121)
        PlaneSystem utm18 = PlaneSystem.utm(18, false);
        List<GeoPoint> ring = List.of(utm18.toGeographic(500000, 4400000), utm18.toGeographic(600000, 4400000),
                utm18.toGeographic(600000, 4500000), utm18.toGeographic(500000, 4500000));
        EllipsoidalArea wgs84 = new EllipsoidalArea(Ellipsoid.WGS84);
        assertThat(wgs84.area(ring).m2()).isCloseTo(10007388597.19121, within(0.1));
        assertThat(wgs84.perimeter(ring)).isCloseTo(400139.532959, within(1e-5));
    }

    @Test
    void theCgcs2000EllipsoidIsUsedWhenAsked() {
        // Planimeter -p 10 -e 6378137 1/298.257222101 on (89,0),(89,90),(89,180),(89,270)
        //   -> 24952305678.84375 (WGS84 gives 24952305678.00000: the ellipsoids differ by 0.84 m² here)
        List<GeoPoint> polar = latLon(89, 0, 89, 90, 89, 180, 89, 270);
        assertThat(EllipsoidalArea.of(polar, Ellipsoid.CGCS2000).m2()).isCloseTo(24952305678.84375, within(0.1));
        // A Qinghai quadrangle, 37..37.01°N 100..100.01°E, same command:
        //   perimeter 3999.6715719427, area 987766.69308
        List<GeoPoint> field = latLon(37, 100, 37, 100.01, 37.01, 100.01, 37.01, 100);
        EllipsoidalArea cgcs = new EllipsoidalArea(Ellipsoid.CGCS2000);
        assertThat(cgcs.area(field).m2()).isCloseTo(987766.69308, within(1e-4));
        assertThat(cgcs.area(reversed(field)).m2()).isCloseTo(987766.69308, within(1e-4));
        assertThat(cgcs.perimeter(field)).isCloseTo(3999.6715719427, within(1e-8));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
