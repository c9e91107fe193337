package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;

class GeoJsonImporterTest {

    private static ImportResult json(String text) {
        return new FileImporter().importBytes("t.geojson", text.getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults());
    }

    @Test
    void featureCollectionWithMultiPartsAndProblems() {
        ImportResult r = Samples.load("parcels.geojson");
        assertThat(r.points()).extracting(Feature::name, f -> f.source().line(), f -> f.source().element())
                .containsExactly(tuple("J1", 5, "features[0]"));
        assertThat(r.points().get(0).properties()).containsEntry("code", "JZD");
        assertThat(r.points().get(0).shape().positions().get(0)).isEqualTo(new GeoPoint(100.13451, 37.32215, 3301.2));
        FeatureShape.PolygonShape parcel = (FeatureShape.PolygonShape) r.polygons().get(0).shape();
        assertThat(r.polygons().get(0).name()).isEqualTo("争议耕地");
        assertThat(parcel.holes()).hasSize(1);
        assertThat(r.lines()).extracting(Feature::name, f -> f.source().element())
                .containsExactly(tuple("水渠", "features[2]/coordinates[0]"), tuple("水渠", "features[2]/coordinates[1]"));
        assertThat(r.problems()).extracting(ImportProblem::code, ImportProblem::line)
                .containsExactly(tuple(ImportProblem.Code.BAD_NUMBER, 17), tuple(ImportProblem.Code.NO_GEOMETRY, 19));
    }

    @Test
    void bareGeometryAndSingleFeature() {
        assertThat(json("{\"type\":\"Point\",\"coordinates\":[100.5,37.5]}").points()).hasSize(1);
        assertThat(json("{\"properties\":{\"name\":\"a\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[1,2],[3,4]]},\"type\":\"Feature\"}").lines())
                .extracting(Feature::name).containsExactly("a");
    }

    @Test
    void brokenJsonIsRefusedAtItsLine() {
        assertThatThrownBy(() -> json("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",,}]}"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.error()).isEqualTo(ImportError.BROKEN);
                    assertThat(e.messageArgs()[2]).isEqualTo(3);
                });
    }

    @Test
    void jsonThatIsNotGeoJsonIsSaidSo() {
        assertThatThrownBy(() -> json("{\"hello\": 1}")).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.NOT_FORMAT));
        assertThatThrownBy(() -> json("[1,2]")).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.BROKEN));
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "{\"type\":\"Point\",\"coordinates\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> json(deep)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.error()).isEqualTo(ImportError.BROKEN));
    }
}
