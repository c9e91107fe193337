package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;

/** Export → import keeps every coordinate to 1 mm and every height to 1 mm, in every format. */
class RoundTripTest {

    @Provide
    Arbitrary<List<Feature>> features() {
        Arbitrary<Double> lon = Arbitraries.doubles().between(-180, 180);
        Arbitrary<Double> lat = Arbitraries.doubles().between(-89.9, 89.9);
        Arbitrary<Double> height = Arbitraries.oneOf(Arbitraries.just(Double.NaN),
                Arbitraries.doubles().between(-400, 8848).ofScale(4));
        Arbitrary<GeoPoint> position = Combinators.combine(lon, lat, height).as(GeoPoint::new);
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("J1", "界址点 2", "<&> \"q\"", "ས་མཚམས", ""),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12));
        Arbitrary<FeatureShape> point = position.map(FeatureShape.PointShape::new);
        Arbitrary<FeatureShape> line = position.list().ofMinSize(2).ofMaxSize(30).map(FeatureShape.LineShape::new);
        Arbitrary<FeatureShape> polygon = Combinators.combine(position.list().ofMinSize(3).ofMaxSize(20),
                position.list().ofMinSize(3).ofMaxSize(6).list().ofMaxSize(2))
                .as((shell, holes) -> new FeatureShape.PolygonShape(closed(shell),
                        holes.stream().map(RoundTripTest::closed).toList()));
        Arbitrary<Feature> feature = Combinators.combine(name, Arbitraries.oneOf(point, line, polygon))
                .as((n, s) -> new Feature(n, s, SourceRef.line(1), Datum.WGS84, "EPSG:4326", Map.of()));
        return feature.list().ofMinSize(1).ofMaxSize(8);
    }

    private static List<GeoPoint> closed(List<GeoPoint> ring) {
        List<GeoPoint> r = new ArrayList<>(ring);
        r.add(ring.get(0));
        return r;
    }

    @Property(tries = 60)
    void geoJson(@ForAll("features") List<Feature> features) throws IOException {
        check(features, new GeoJsonExporter(false), "x.geojson");
    }

    @Property(tries = 60)
    void kml(@ForAll("features") List<Feature> features) throws IOException {
        check(features, new KmlExporter("t"), "x.kml");
    }

    @Property(tries = 60)
    void gpx(@ForAll("features") List<Feature> features) throws IOException {
        check(features, new GpxExporter(), "x.gpx");
    }

    private static void check(List<Feature> features, FeatureExporter exporter, String name) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(features, out);
        ImportResult back = new FileImporter().importBytes(name, out.toString().getBytes(StandardCharsets.UTF_8),
                ImportOptions.defaults());
        assertThat(back.problems()).isEmpty();
        List<Feature> expected = name.endsWith(".gpx") ? gpxOrder(features) : features;
        assertThat(back.features()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Feature a = expected.get(i);
            Feature b = back.features().get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.kind()).isEqualTo(a.kind());
            assertSame(a.shape().positions(), b.shape().positions());
        }
    }

    /** GPX puts all waypoints before all tracks. */
    private static List<Feature> gpxOrder(List<Feature> features) {
        List<Feature> out = new ArrayList<>(features.stream().filter(f -> f.kind() == Feature.Kind.POINT).toList());
        out.addAll(features.stream().filter(f -> f.kind() != Feature.Kind.POINT).toList());
        return out;
    }

    static void assertSame(List<GeoPoint> a, List<GeoPoint> b) {
        assertThat(b).hasSameSizeAs(a);
        for (int k = 0; k < a.size(); k++) {
            GeoPoint p = a.get(k);
            GeoPoint q = b.get(k);
            assertThat(MapAppDatumTest.metres(p.lon(), p.lat(), q.lon(), q.lat())).isLessThan(0.001);
            if (p.hasHeight()) {
                assertThat(Math.abs(p.height() - q.height())).isLessThan(0.001);
            } else {
                assertThat(q.hasHeight()).isFalse();
            }
        }
    }
}
