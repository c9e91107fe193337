package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Writes JTS geometries as GeoJSON geometry objects, coordinates x first to a fixed number of decimals. */
final class GeoJsonOutput {

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final int decimals;

    /** @param decimals 4 for metres (0.1 mm), 9 for degrees */
    GeoJsonOutput(int decimals) {
        this.decimals = decimals;
    }

    ObjectNode geometry(Geometry g) {
        ObjectNode n = json.objectNode();
        if (g instanceof Polygon p) {
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
            n.set("coordinates", positions(line.getCoordinates()));
        } else if (g instanceof MultiLineString ml) {
            n.put("type", "MultiLineString");
            ArrayNode lines = n.putArray("coordinates");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                lines.add(positions(ml.getGeometryN(i).getCoordinates()));
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

    private ArrayNode rings(Polygon p) {
        ArrayNode rings = json.arrayNode();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode array = json.arrayNode();
        for (Coordinate c : coordinates) {
            ArrayNode position = array.addArray();
            position.add(round(c.x));
            position.add(round(c.y));
        }
        return array;
    }

    BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }
}
