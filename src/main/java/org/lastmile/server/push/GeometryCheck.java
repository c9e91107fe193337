package org.lastmile.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Geometry validity of a payload, wherever it holds geometry: GeoJSON geometry objects (a
 * {@code type} and {@code coordinates}) must make a valid JTS geometry, a field whose name ends
 * in {@code wkt} must parse and be valid, {@code lat}/{@code lon} must be finite and in range.
 */
final class GeometryCheck {

    private static final Set<String> TYPES = Set.of("Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon");
    private final GeometryFactory factory = new GeometryFactory();

    /** The first problem found, as a path, or {@code null} when the geometry holds. */
    String problem(JsonNode node) {
        return walk(node, "$");
    }

    private String walk(JsonNode node, String path) {
        if (node.isObject()) {
            if (node.has("type") && node.has("coordinates") && TYPES.contains(node.get("type").asText())) {
                if (!valid(node.get("type").asText(), node.get("coordinates"))) {
                    return path;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                String key = e.getKey();
                JsonNode v = e.getValue();
                if (key.equals("lat") && !inRange(v, 90) || key.equals("lon") && !inRange(v, 180)) {
                    return p;
                }
                if (key.toLowerCase(java.util.Locale.ROOT).endsWith("wkt") && v.isTextual() && !validWkt(v.asText())) {
                    return p;
                }
                String inner = walk(v, p);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = walk(node.get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static boolean inRange(JsonNode v, double limit) {
        if (v.isNull()) {
            return true;
        }
        if (!v.isNumber()) {
            return false;
        }
        double d = v.asDouble();
        return Double.isFinite(d) && Math.abs(d) <= limit;
    }

    private boolean validWkt(String wkt) {
        try {
            Geometry g = new WKTReader(factory).read(wkt);
            return g.isValid();
        } catch (ParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean valid(String type, JsonNode coordinates) {
        try {
            Geometry g = switch (type) {
                case "Point" -> factory.createPoint(coordinate(coordinates));
                case "LineString" -> factory.createLineString(coordinates(coordinates));
                case "Polygon" -> polygon(coordinates);
                case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(coordinates));
                case "MultiLineString" -> {
                    var lines = new org.locationtech.jts.geom.LineString[coordinates.size()];
                    for (int i = 0; i < lines.length; i++) {
                        lines[i] = factory.createLineString(coordinates(coordinates.get(i)));
                    }
                    yield factory.createMultiLineString(lines);
                }
                default -> {
                    Polygon[] polygons = new Polygon[coordinates.size()];
                    for (int i = 0; i < polygons.length; i++) {
                        polygons[i] = polygon(coordinates.get(i));
                    }
                    yield factory.createMultiPolygon(polygons);
                }
            };
            return g.isValid();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        Coordinate[] out = new Coordinate[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(array.get(i));
        }
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("not a position");
        }
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not finite");
        }
        return new Coordinate(x, y);
    }
}
