package org.lastmile.app.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.LocalizedException;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.survey.geom.GeometryException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the first polygon of a GeoJSON file (a Polygon, the first polygon of a MultiPolygon, or
 * the first such geometry in a Feature, FeatureCollection or GeometryCollection), keeping the
 * coordinates and the ring order exactly as written. A legacy {@code crs} member naming an EPSG
 * code is honoured. Every problem is a {@link LocalizedException} naming the file and the place.
 */
final class GeoJsonParcels {

    /** A polygon and the coordinate system the file names, if any ({@code EPSG:n}). */
    record Parcel(Polygon polygon, Optional<String> crs) {
    }

    private static final Pattern EPSG = Pattern.compile("(?i).*EPSG[:]+(?:[0-9.]*:)?([0-9]+)$");

    private final ObjectMapper mapper = new ObjectMapper();
    private final GeometryFactory factory = new GeometryFactory();

    Parcel read(Path file) {
        JsonNode root;
        try (java.io.Reader reader = Files.newBufferedReader(file)) {
            root = mapper.readTree(reader);
        } catch (NoSuchFileException e) {
            throw new LocalizedException("survey.cli.error.fileNotFound", file.toString());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new LocalizedException("survey.cli.error.geojsonSyntax", file.toString(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new LocalizedException("survey.cli.error.fileRead", file.toString(), e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject()) {
            throw new LocalizedException("survey.cli.error.noPolygon", file.toString());
        }
        Polygon polygon = find(root, "$", file);
        if (polygon == null) {
            throw new LocalizedException("survey.cli.error.noPolygon", file.toString());
        }
        return new Parcel(polygon, crsOf(root));
    }

    private Polygon find(JsonNode node, String path, Path file) {
        String type = node.path("type").asText("");
        switch (type) {
            case "FeatureCollection":
                return findIn(node.path("features"), path + ".features", file);
            case "GeometryCollection":
                return findIn(node.path("geometries"), path + ".geometries", file);
            case "Feature":
                return node.path("geometry").isObject() ? find(node.get("geometry"), path + ".geometry", file) : null;
            case "Polygon":
                return polygon(node.path("coordinates"), path + ".coordinates", file);
            case "MultiPolygon":
                JsonNode polygons = node.path("coordinates");
                if (!polygons.isArray() || polygons.isEmpty()) {
                    throw badCoordinates(file, path + ".coordinates");
                }
                return polygon(polygons.get(0), path + ".coordinates[0]", file);
            default:
                return null;
        }
    }

    private Polygon findIn(JsonNode array, String path, Path file) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                Polygon p = find(array.get(i), path + "[" + i + "]", file);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private Polygon polygon(JsonNode rings, String path, Path file) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw badCoordinates(file, path);
        }
        LinearRing[] parsed = new LinearRing[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            parsed[r] = ring(rings.get(r), path + "[" + r + "]", file);
        }
        LinearRing[] holes = new LinearRing[parsed.length - 1];
        System.arraycopy(parsed, 1, holes, 0, holes.length);
        return factory.createPolygon(parsed[0], holes);
    }

    private LinearRing ring(JsonNode positions, String path, Path file) {
        if (!positions.isArray() || positions.isEmpty()) {
            throw badCoordinates(file, path);
        }
        Coordinate[] c = new Coordinate[positions.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                    || !Double.isFinite(p.get(0).asDouble()) || !Double.isFinite(p.get(1).asDouble())) {
                throw badCoordinates(file, path + "[" + i + "]");
            }
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (c.length < 4) {
            throw new GeometryException(GeometryError.TOO_FEW_POINTS, c[0]);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new GeometryException(GeometryError.RING_NOT_CLOSED, c[c.length - 1]);
        }
        return factory.createLinearRing(c);
    }

    private static LocalizedException badCoordinates(Path file, String path) {
        return new LocalizedException("survey.cli.error.geojsonCoordinates", file.toString(), path);
    }

    /** The EPSG code named by a {@code crs} member (GeoJSON 2008), CRS84 as EPSG:4326. */
    private static Optional<String> crsOf(JsonNode root) {
        String name = root.path("crs").path("properties").path("name").asText("");
        if (name.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return Optional.of("EPSG:4326");
        }
        Matcher m = EPSG.matcher(name);
        return m.matches() ? Optional.of("EPSG:" + m.group(1)) : Optional.empty();
    }
}
