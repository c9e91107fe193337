package org.lastmile.gnss.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.lastmile.survey.crs.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The project's one writer of GeoJSON geometry objects (RFC 7946), for the file exporter and the
 * command line alike. Positions are written x first: longitude, latitude in degrees for imported
 * features, easting, northing in metres for plane geometries; a height (or JTS z) third when it is
 * known. Numbers are either Java's shortest exact decimal ({@link #exact()}, nothing lost) or
 * rounded to a fixed number of decimals ({@link #rounded(int)}).
 */
public final class GeoJsonGeometryWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Decimals to round to, or −1 for the shortest exact decimal. */
    private final int decimals;

    private GeoJsonGeometryWriter(int decimals) {
        this.decimals = decimals;
    }

    /** Every coordinate as the shortest decimal that reads back to the same double. */
    public static GeoJsonGeometryWriter exact() {
        return new GeoJsonGeometryWriter(-1);
    }

    /**
     * Every coordinate rounded half-even to a fixed number of decimals.
     *
     * @param decimals 4 for metres (0.1 mm), 9 for degrees (about 0.1 mm on the ground)
     */
    public static GeoJsonGeometryWriter rounded(int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals " + decimals);
        }
        return new GeoJsonGeometryWriter(decimals);
    }

    /** An imported feature's shape: a Point, LineString or Polygon of longitude/latitude positions. */
    public ObjectNode geometry(FeatureShape shape) {
        ObjectNode n = JSON.objectNode();
        if (shape instanceof FeatureShape.PointShape p) {
            n.put("type", "Point");
            n.set("coordinates", position(p.position()));
        } else if (shape instanceof FeatureShape.LineShape l) {
            n.put("type", "LineString");
            n.set("coordinates", points(l.vertices()));
        } else if (shape instanceof FeatureShape.PolygonShape p) {
            n.put("type", "Polygon");
            ArrayNode rings = n.putArray("coordinates");
            rings.add(points(p.shell()));
            p.holes().forEach(hole -> rings.add(points(hole)));
        }
        return n;
    }

    /**
     * A JTS geometry: Point, LineString, Polygon, MultiLineString, MultiPolygon, anything else as a
     * GeometryCollection of its parts.
     */
    public ObjectNode geometry(Geometry g) {
        ObjectNode n = JSON.objectNode();
        if (g instanceof Point p) {
            n.put("type", "Point");
            n.set("coordinates", position(p.getCoordinate()));
        } else if (g instanceof Polygon p) {
            n.put("type", "Polygon");
            n.set("coordinates", rings(p));
        } else if (g instanceof MultiPolygon mp) {
            n.put("type", "MultiPolygon");
            ArrayNode polygons = n.putArray("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) mp.getGeometryN(i)));
            }
        } else if (g instanceof LineString line) {
            n.put("type", "LineString");
            n.set("coordinates", coordinates(line.getCoordinates()));
        } else if (g instanceof MultiLineString ml) {
            n.put("type", "MultiLineString");
            ArrayNode lines = n.putArray("coordinates");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                lines.add(coordinates(ml.getGeometryN(i).getCoordinates()));
            }
        } else {
            n.put("type", "GeometryCollection");
            ArrayNode members = n.putArray("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    members.add(geometry(g.getGeometryN(i)));
                }
            }
        }
        return n;
    }

    /** One position {@code [x, y]}, x first (easting or longitude). */
    public ArrayNode position(double x, double y) {
        ArrayNode position = JSON.arrayNode();
        position.add(number(x));
        position.add(number(y));
        return position;
    }

    private ArrayNode position(GeoPoint p) {
        ArrayNode position = position(p.lon(), p.lat());
        if (p.hasHeight()) {
            position.add(number(p.height()));
        }
        return position;
    }

    private ArrayNode position(Coordinate c) {
        ArrayNode position = position(c.x, c.y);
        if (!Double.isNaN(c.getZ())) {
            position.add(number(c.getZ()));
        }
        return position;
    }

    private ArrayNode points(List<GeoPoint> points) {
        ArrayNode array = JSON.arrayNode();
        points.forEach(p -> array.add(position(p)));
        return array;
    }

    private ArrayNode rings(Polygon p) {
        ArrayNode rings = JSON.arrayNode();
        rings.add(coordinates(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(coordinates(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private ArrayNode coordinates(Coordinate[] coordinates) {
        ArrayNode array = JSON.arrayNode();
        for (Coordinate c : coordinates) {
            array.add(position(c));
        }
        return array;
    }

    private JsonNode number(double value) {
        if (decimals < 0) {
            return JSON.numberNode(value);
        }
        return JSON.numberNode(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
