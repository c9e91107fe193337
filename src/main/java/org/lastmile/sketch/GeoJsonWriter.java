package org.lastmile.sketch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.survey.crs.PlanePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The sketch as a GeoJSON FeatureCollection in the site's plane system (the {@code crs} member, as
 * GeoJSON 2008 named it): corners and markers as points with {@code name}; the parcel, each
 * claim, the agreed line and each part as polygons with {@code role} (parcel | claim | agreed |
 * part), {@code party}, {@code m2}, {@code mu} and {@code sigma_m2} (null when not known).
 * Coordinates are easting, northing in metres, adjusted.
 */
public final class GeoJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ObjectNode write(SketchResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode crs = root.putObject("crs");
        crs.put("type", "name");
        crs.putObject("properties").put("name", "urn:ogc:def:crs:" + r.sketch().crs().replace(":", "::"));
        ArrayNode features = root.putArray("features");
        for (Corner c : r.sketch().corners()) {
            ObjectNode p = point(features, r.position(c.id()));
            p.put("name", c.name());
            p.put("kind", "corner");
            p.put("source", c.origin().source().name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Marker k : r.sketch().markers()) {
            ObjectNode p = point(features, k.placedPosition().orElse(k.design()));
            p.put("name", k.name());
            p.put("kind", "marker");
            p.put("design_e", k.design().e());
            p.put("design_n", k.design().n());
            k.differenceM().ifPresent(d -> p.put("difference_m", d));
        }
        r.parcel().ifPresent(f -> area(features, f, "parcel"));
        r.claims().forEach(f -> area(features, f, "claim"));
        r.agreed().ifPresent(f -> area(features, f, "agreed"));
        r.parts().forEach(p -> area(features, p.figure(), "part"));
        return root;
    }

    private static ObjectNode point(ArrayNode features, PlanePoint at) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(at.e()).add(at.n());
        return f.putObject("properties");
    }

    private static void area(ArrayNode features, SketchResult.Figure figure, String role) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.set("geometry", geometry(figure.geometry()));
        ObjectNode p = f.putObject("properties");
        p.put("role", role);
        Optional<Party> party = figure.party();
        if (party.isPresent()) {
            p.put("party", party.get().name());
        } else {
            p.putNull("party");
        }
        p.put("m2", Math.round(figure.m2() * 100) / 100.0);
        p.put("mu", Math.round(figure.mu() * 10000) / 10000.0);
        if (Double.isFinite(figure.sigmaM2())) {
            p.put("sigma_m2", Math.round(figure.sigmaM2() * 100) / 100.0);
        } else {
            p.putNull("sigma_m2");
        }
    }

    private static ObjectNode geometry(Geometry g) {
        ObjectNode n = MAPPER.createObjectNode();
        if (g.getNumGeometries() == 1) {
            n.put("type", "Polygon");
            ring(n.putArray("coordinates"), (Polygon) g.getGeometryN(0));
        } else {
            n.put("type", "MultiPolygon");
            ArrayNode polys = n.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                ring(polys.addArray(), (Polygon) g.getGeometryN(i));
            }
        }
        return n;
    }

    private static void ring(ArrayNode rings, Polygon p) {
        ArrayNode ring = rings.addArray();
        for (Coordinate c : p.getExteriorRing().getCoordinates()) {
            ring.addArray().add(c.x).add(c.y);
        }
    }
}
