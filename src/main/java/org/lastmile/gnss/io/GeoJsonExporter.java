package org.lastmile.gnss.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lastmile.survey.crs.GeoPoint;

/**
 * A GeoJSON FeatureCollection in longitude/latitude (WGS84/CGCS2000, RFC 7946), each coordinate
 * as Java's shortest exact decimal, so nothing is lost. Each feature has the properties {@code
 * name}, {@code source} (its line or element in the file it was imported from), {@code datum_in}
 * and {@code crs_in}, and whatever else the file gave.
 */
public final class GeoJsonExporter implements FeatureExporter {

    private final boolean pretty;

    /** @param pretty one feature per line and indented, instead of one line */
    public GeoJsonExporter(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        for (Feature f : features) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", f.name());
            g.writeStringField("source", f.source().toString());
            if (f.source().line() > 0) {
                g.writeNumberField("source_line", f.source().line());
            }
            g.writeStringField("datum_in", f.datumIn().id());
            g.writeStringField("crs_in", f.crsIn());
            for (Map.Entry<String, String> e : new TreeMap<>(f.properties()).entrySet()) {
                if (!isOwn(e.getKey())) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
            }
            g.writeEndObject();
            g.writeObjectFieldStart("geometry");
            geometry(f.shape(), g);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static boolean isOwn(String key) {
        return switch (key) {
            case "name", "source", "source_line", "datum_in", "crs_in" -> true;
            default -> false;
        };
    }

    private static void geometry(FeatureShape shape, JsonGenerator g) throws IOException {
        if (shape instanceof FeatureShape.PointShape p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(p.position(), g);
        } else if (shape instanceof FeatureShape.LineShape l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            ring(l.vertices(), g);
        } else if (shape instanceof FeatureShape.PolygonShape p) {
            g.writeStringField("type", "Polygon");
            g.writeArrayFieldStart("coordinates");
            ring(p.shell(), g);
            for (List<GeoPoint> hole : p.holes()) {
                ring(hole, g);
            }
            g.writeEndArray();
        }
    }

    private static void ring(List<GeoPoint> positions, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (GeoPoint p : positions) {
            position(p, g);
        }
        g.writeEndArray();
    }

    private static void position(GeoPoint p, JsonGenerator g) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        if (p.hasHeight()) {
            g.writeNumber(p.height());
        }
        g.writeEndArray();
    }
}
