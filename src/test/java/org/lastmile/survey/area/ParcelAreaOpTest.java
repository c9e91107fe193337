package org.lastmile.survey.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.GeographicCrs;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ParcelAreaOpTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static Polygon polygon(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    @Test
    void geographicInputOnAllThreeSurfaces() {
        // 37..37.01°N 100..100.01°E.
        // Ellipsoid: Planimeter -p 10 -e 6378137 1/298.257222101 -> 987766.69308
        // Plane (zone 33, EPSG:4542, the zone of the site's middle 100.005°E): corners by
        //   cs2cs -f %.6f EPSG:4490 EPSG:4542, shoelace in exact rationals (python3) -> 987961.35596
        Polygon field = polygon(100, 37, 100.01, 37, 100.01, 37.01, 100, 37.01);
        ParcelAreas areas = new ParcelAreaOp(GeographicCrs.CGCS2000).setHeight(0).compute(field);
        assertThat(areas.planeSystem().epsg()).isEqualTo(4542);
        assertThat(areas.ellipsoid().m2()).isCloseTo(987766.69308, within(1e-4));
        assertThat(areas.plane().m2()).isCloseTo(987961.35596, within(0.01));
        assertThat(areas.on(Surface.GROUND).surface()).isEqualTo(Surface.GROUND);
        // at h = 0 the ground is the ellipsoid: A_plane / k² agrees with the geodesic area to ~1 ppm
        assertThat(areas.ground().m2() / areas.ellipsoid().m2() - 1).isCloseTo(0, within(2e-6));
        assertThat(areas.warnings()).isEmpty();
    }

    @Test
    void groundAreaAtThreeThousandMetresOnTheCentralMeridian() {
        // survey.md: +942 ppm above the plane area at the central meridian (2h/R, R ≈ 6372 km)
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        PlanePoint sw = zone33.toPlane(99, 37);
        Polygon field = polygon(sw.e() - 50, sw.n(), sw.e() + 50, sw.n(), sw.e() + 50, sw.n() + 100, sw.e() - 50,
                sw.n() + 100);
        ParcelAreas areas = new ParcelAreaOp(zone33).setHeight(3000).compute(field);
        assertThat(areas.plane().m2()).isCloseTo(10000, within(1e-6));
        assertThat((areas.ground().m2() / areas.plane().m2() - 1) * 1e6).isCloseTo(942, within(1.0));
        assertThat(ParcelAreaOp.area(field, zone33, Surface.GROUND, 3000).m2()).isEqualTo(areas.ground().m2());
        // the same from a list of corners (what an adjustment has)
        java.util.List<PlanePoint> corners = java.util.List.of(new PlanePoint(sw.e() - 50, sw.n()),
                new PlanePoint(sw.e() + 50, sw.n()), new PlanePoint(sw.e() + 50, sw.n() + 100),
                new PlanePoint(sw.e() - 50, sw.n() + 100));
        assertThat(new ParcelAreaOp(zone33).setHeight(3000).compute(corners).ground().m2())
                .isEqualTo(areas.ground().m2());
    }

    @Test
    void planeAreaAwayFromTheCentralMeridianIsLarger() {
        // survey.md: 1.45° from the central meridian at 37°N the GK plane area is +410 ppm larger
        PlaneSystem zone33 = (PlaneSystem) CrsCatalog.byEpsg(4542);
        PlanePoint c = zone33.toPlane(99 + 1.45, 37);
        Polygon field = polygon(c.e(), c.n(), c.e() + 100, c.n(), c.e() + 100, c.n() + 100, c.e(), c.n() + 100);
        ParcelAreas areas = new ParcelAreaOp(zone33).compute(field);
        assertThat((areas.plane().m2() / areas.ellipsoid().m2() - 1) * 1e6).isCloseTo(410, within(1.0));
    }

    @Test
    void holesAreSubtracted() {
        Polygon withHole = GF.createPolygon(
                GF.createLinearRing(polygon(0, 0, 100, 0, 100, 100, 0, 100).getCoordinates()),
                new org.locationtech.jts.geom.LinearRing[] {
                    GF.createLinearRing(polygon(10, 10, 20, 10, 20, 20, 10, 20).getCoordinates())});
        PlaneSystem zone33 = PlaneSystem.gaussKruger3(33, false);
        Polygon moved = (Polygon) withHole.copy();
        moved.apply(new org.locationtech.jts.geom.util.AffineTransformation().translate(500000, 4000000));
        moved.geometryChanged();
        assertThat(new ParcelAreaOp(zone33).compute(moved).plane().m2()).isCloseTo(9900, within(1e-6));
    }
}
