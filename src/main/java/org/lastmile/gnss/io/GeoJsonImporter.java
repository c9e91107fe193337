package org.lastmile.gnss.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import org.lastmile.common.Key;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lastmile.survey.crs.GeoPoint;

/**
 * GeoJSON (RFC 7946): a FeatureCollection, a Feature or a bare geometry. Points, LineStrings and
 * Polygons become one feature each; Multi* geometries and GeometryCollections one feature per
 * part. Positions are {@code [lon, lat]} or {@code [lon, lat, height]}. The name is the
 * property {@code name} (or {@code 名称}, {@code title}). The features array is read one feature
 * at a time, so each has its line; a broken file is refused at the line where it breaks.
 */
final class GeoJsonImporter implements FormatImporter {

    private static final String[] NAME_KEYS = {"name", "名称", "Name", "NAME", "title"};

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64)
                    .maxStringLength(1 << 20).build())
            .build());

    @Override
    public void read(ImportInput input, ImportSink sink) {
        countPositions(input, sink);
        try (JsonParser p = mapper.createParser(TextDecoder.open(input.data(), false).reader())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(ImportError.BROKEN, input.fileName(), "GeoJSON", line(p),
                        new Key("gnss.import.broken.notWellFormed"));
            }
            Map<String, JsonNode> root = new HashMap<>();
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    collection = true;
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int featureLine = line(p);
                        JsonNode node = p.readValueAsTree();
                        feature(node, new SourceRef(featureLine, "features[" + index + "]"), sink);
                        index++;
                    }
                } else {
                    root.put(field, p.readValueAsTree());
                }
            }
            if (p.nextToken() != null) {
                throw new ImportException(ImportError.BROKEN, input.fileName(), "GeoJSON", line(p),
                        new Key("gnss.import.broken.notWellFormed"));
            }
            if (!collection) {
                JsonNode node = mapper.valueToTree(root);
                if ("Feature".equals(node.path("type").asText())) {
                    feature(node, new SourceRef(1, ""), sink);
                } else if (node.has("type")) {
                    geometry(node, "", new SourceRef(1, ""), Map.of(), sink);
                } else {
                    throw new ImportException(ImportError.NOT_FORMAT, input.fileName(), "GeoJSON", 1,
                            new Sniff(ContentKind.JSON, "", 1));
                }
            }
        } catch (IOException e) {
            throw broken(e, input.fileName());
        }
    }

    /**
     * Counts the positions (arrays of numbers) in a first streaming pass that builds nothing, so
     * that a file over the vertex limit is refused before a single feature's tree is built.
     */
    private void countPositions(ImportInput input, ImportSink sink) {
        try (JsonParser p = mapper.createParser(TextDecoder.open(input.data(), false).reader())) {
            long positions = 0;
            JsonToken previous = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (previous == JsonToken.START_ARRAY && t.isNumeric()) {
                    positions++;
                    if ((positions & 0x3FF) == 0) {
                        sink.reading(positions);
                    }
                }
                previous = t;
            }
            sink.reading(positions);
        } catch (IOException e) {
            throw broken(e, input.fileName());
        }
    }

    /** A broken file, at its line, with a reason in LastMile's words (never Jackson's text). */
    private static ImportException broken(IOException e, String fileName) {
        int line = 0;
        String why = "gnss.import.broken.notWellFormed";
        if (e instanceof JsonProcessingException j) {
            line = j.getLocation() == null ? 0 : Math.max(0, j.getLocation().getLineNr());
            if (e instanceof StreamConstraintsException) {
                String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                why = m.contains("depth") ? "gnss.import.broken.tooDeep" : "gnss.import.broken.longValue";
            } else if (e instanceof JsonEOFException) {
                why = "gnss.import.broken.cut";
            }
        } else if (e instanceof CharConversionException) {
            why = "gnss.import.broken.characters";
        }
        return new ImportException(e, ImportError.BROKEN, fileName, "GeoJSON", line, new Key(why));
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static void feature(JsonNode node, SourceRef where, ImportSink sink) {
        JsonNode geometry = node.get("geometry");
        JsonNode props = node.path("properties");
        String name = "";
        for (String key : NAME_KEYS) {
            if (props.hasNonNull(key)) {
                name = props.get(key).asText();
                break;
            }
        }
        Map<String, String> properties = new HashMap<>();
        props.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull() && !e.getKey().equals("name")
                    && properties.size() < 32) {
                properties.put(e.getKey(), e.getValue().asText());
            }
        });
        if (geometry == null || geometry.isNull()) {
            sink.problem(ImportProblem.Code.NO_GEOMETRY, where, name);
            return;
        }
        geometry(geometry, name, where, properties, sink);
    }

    private static void geometry(JsonNode g, String name, SourceRef where, Map<String, String> properties,
            ImportSink sink) {
        String type = g.path("type").asText();
        JsonNode c = g.path("coordinates");
        switch (type) {
            case "Point" -> position(c, where, sink)
                    .ifPresent(p -> sink.add(name, new FeatureShape.PointShape(p), where, properties));
            case "LineString" -> positions(c, where, sink).flatMap(ps -> Shapes.line(ps, where, sink))
                    .ifPresent(l -> sink.add(name, l, where, properties));
            case "Polygon" -> polygon(c, where, sink).ifPresent(pg -> sink.add(name, pg, where, properties));
            case "MultiPoint", "MultiLineString", "MultiPolygon" -> {
                String single = type.substring("Multi".length());
                for (int i = 0; i < c.size(); i++) {
                    SourceRef part = new SourceRef(where.line(), where.element() + "/coordinates[" + i + "]");
                    geometry(mapperless(single, c.get(i)), name, part, properties, sink);
                }
            }
            case "GeometryCollection" -> {
                JsonNode gs = g.path("geometries");
                for (int i = 0; i < gs.size(); i++) {
                    geometry(gs.get(i), name, new SourceRef(where.line(), where.element() + "/geometries[" + i + "]"),
                            properties, sink);
                }
            }
            default -> sink.problem(ImportProblem.Code.UNSUPPORTED_GEOMETRY, where, type);
        }
    }

    private static JsonNode mapperless(String type, JsonNode coordinates) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        node.set("coordinates", coordinates);
        return node;
    }

    private static Optional<FeatureShape.PolygonShape> polygon(JsonNode c, SourceRef where, ImportSink sink) {
        if (!c.isArray() || c.isEmpty()) {
            sink.problem(ImportProblem.Code.TOO_FEW_POSITIONS, where, "0");
            return Optional.empty();
        }
        List<List<GeoPoint>> rings = new ArrayList<>();
        for (JsonNode r : c) {
            Optional<List<GeoPoint>> ring = positions(r, where, sink).flatMap(ps -> Shapes.ring(ps, where, sink));
            if (ring.isEmpty()) {
                return Optional.empty();
            }
            rings.add(ring.get());
        }
        return Optional.of(new FeatureShape.PolygonShape(rings.get(0), rings.subList(1, rings.size())));
    }

    private static Optional<List<GeoPoint>> positions(JsonNode c, SourceRef where, ImportSink sink) {
        if (!c.isArray()) {
            sink.problem(ImportProblem.Code.MISSING_COORDINATE, where, c.toString());
            return Optional.empty();
        }
        List<GeoPoint> out = new ArrayList<>(c.size());
        for (JsonNode p : c) {
            Optional<GeoPoint> pos = position(p, where, sink);
            if (pos.isEmpty()) {
                return Optional.empty();
            }
            out.add(pos.get());
        }
        return Optional.of(out);
    }

    private static Optional<GeoPoint> position(JsonNode p, SourceRef where, ImportSink sink) {
        if (!p.isArray() || p.size() < 2) {
            sink.problem(ImportProblem.Code.MISSING_COORDINATE, where, abbreviate(p.toString()));
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(3, p.size()); i++) {
            if (!p.get(i).isNumber()) {
                sink.problem(ImportProblem.Code.BAD_NUMBER, where, abbreviate(p.get(i).toString()));
                return Optional.empty();
            }
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        Optional<ImportProblem> range = sink.asWritten() ? Shapes.checkFinite(lon, lat, where)
                : Shapes.check(lon, lat, where);
        if (range.isPresent()) {
            sink.problem(range.get());
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(lon, lat, p.size() >= 3 ? p.get(2).asDouble() : Double.NaN));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
