package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.survey.geom.GeometryException;
import org.locationtech.jts.geom.Coordinate;

class GeoJsonPolygonReaderTest {

    private final GeoJsonPolygonReader reader = new GeoJsonPolygonReader();

    private GeoJsonPolygonReader.Parcel read(String json) {
        return reader.read("t.geojson", json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void longitudeStaysX() {
        GeoJsonPolygonReader.Parcel p = read("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[100.1,37.3],[100.2,37.3],[100.2,37.4],[100.1,37.3]]]}");

        assertThat(p.polygon().getExteriorRing().getCoordinateN(0)).isEqualTo(new Coordinate(100.1, 37.3));
        assertThat(p.crs()).isEmpty();
    }

    @Test
    void planeMetresAreTakenAsWrittenWithTheFilesCrs() {
        GeoJsonPolygonReader.Parcel p = read("{\"type\":\"FeatureCollection\","
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4542\"}},"
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[0,0],[1,1]]}},{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[633500,4097500],[633620,4097500],[633620,4097540],"
                + "[633500,4097500]]]}}]}");

        assertThat(p.polygon().getCoordinates()).extracting(c -> c.x).containsExactly(633500.0, 633620.0,
                633620.0, 633500.0);
        assertThat(p.polygon().getArea()).isEqualTo(120 * 40 / 2.0);
        assertThat(p.crs()).contains("EPSG:4542");
    }

    @Test
    void anOpenRingIsRefusedNotClosed() {
        assertThatThrownBy(() -> read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10]]]}"))
                .isInstanceOfSatisfying(GeometryException.class,
                        e -> assertThat(e.error()).isEqualTo(GeometryError.RING_NOT_CLOSED));
    }

    @Test
    void aFileWithoutPolygonGivesNone() {
        assertThat(reader.read("l.geojson", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
