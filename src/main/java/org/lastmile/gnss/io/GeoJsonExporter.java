package org.lastmile.gnss.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GeoJSON FeatureCollection in longitude/latitude (WGS84/CGCS2000, RFC 7946), each coordinate
 * as Java's shortest exact decimal, so nothing is lost ({@link GeoJsonGeometryWriter#exact()}).
 * Each feature has the properties {@code name}, {@code source} (its line or element in the file it
 * was imported from), {@code datum_in} and {@code crs_in}, and whatever else the file gave.
 */
public final class GeoJsonExporter implements FeatureExporter {

    private final boolean pretty;
    private final ObjectMapper mapper = new ObjectMapper();
    private final GeoJsonGeometryWriter geometries = GeoJsonGeometryWriter.exact();

    /** @param pretty one feature per line and indented, instead of one line */
    public GeoJsonExporter(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public void write(List<Feature> features, Writer out) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(out);
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
            g.writeFieldName("geometry");
            g.writeTree(geometries.geometry(f.shape()));
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
}
