package org.lastmile.gnss.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.LocalizedException;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.survey.geom.GeometryException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The first polygon of a GeoJSON file for the survey commands (a Polygon, the first part of a
 * MultiPolygon, or the first such geometry in a Feature, FeatureCollection or GeometryCollection),
 * read by the same GeoJSON reader as the field-file import ({@link GeoJsonImporter}). Two things
 * differ from an import, because the area is computed from exactly what the file says: the numbers
 * are taken as written, x first (longitude, latitude in degrees, or easting, northing in metres in
 * the plane system the caller names), and a ring the file leaves open is refused instead of
 * closed. A legacy {@code crs} member naming an EPSG code is reported with the polygon.
 */
public final class GeoJsonPolygonReader {

    /**
     * A polygon, coordinates and ring order exactly as written, and the system the file names.
     *
     * @param polygon x = longitude or easting, y = latitude or northing
     * @param crs {@code EPSG:n} when the file has a {@code crs} member naming one (CRS84 as
     *     {@code EPSG:4326})
     */
    public record Parcel(Polygon polygon, Optional<String> crs) {
    }

    private static final Pattern EPSG = Pattern.compile("(?i).*EPSG[:]+(?:[0-9.]*:)?([0-9]+)$");

    private final GeometryFactory factory = new GeometryFactory();
    private final ImportLimits limits;

    public GeoJsonPolygonReader() {
        this(ImportLimits.defaults());
    }

    public GeoJsonPolygonReader(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * The first polygon of the file, or empty when it has none.
     *
     * @param fileName the file's name, for messages
     * @param data the file's bytes
     * @throws ImportException when the file is not GeoJSON or is broken (with the line)
     * @throws LocalizedException the first problem of the file when it kept every polygon out
     * @throws GeometryException {@link GeometryError#RING_NOT_CLOSED} for a polygon left open
     */
    public Optional<Parcel> read(String fileName, byte[] data) {
        ImportSink sink = ImportSink.asWritten(fileName, limits);
        new GeoJsonImporter().read(new ImportInput(fileName, data, ImportOptions.defaults().withLimits(limits)), sink);
        List<Feature> features = sink.features();
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).shape() instanceof FeatureShape.PolygonShape shape) {
                if (sink.ringClosedIn(i)) {
                    throw new GeometryException(GeometryError.RING_NOT_CLOSED, openEnd(shape));
                }
                return Optional.of(new Parcel(polygon(shape), crsOf(data)));
            }
        }
        if (!sink.problems().isEmpty()) {
            ImportProblem first = sink.problems().get(0);
            throw new LocalizedException(first.messageKey(), first.messageArgs());
        }
        return Optional.empty();
    }

    private Polygon polygon(FeatureShape.PolygonShape shape) {
        LinearRing[] holes = shape.holes().stream().map(this::ring).toArray(LinearRing[]::new);
        return factory.createPolygon(ring(shape.shell()), holes);
    }

    private LinearRing ring(List<GeoPoint> points) {
        return factory.createLinearRing(points.stream().map(p -> new Coordinate(p.lon(), p.lat()))
                .toArray(Coordinate[]::new));
    }

    /** The last vertex the file wrote for the first ring it left open (the reader closed it). */
    private static Coordinate openEnd(FeatureShape.PolygonShape shape) {
        List<GeoPoint> shell = shape.shell();
        GeoPoint last = shell.get(shell.size() - 2);
        return new Coordinate(last.lon(), last.lat());
    }

    /** The EPSG code named by a {@code crs} member (GeoJSON 2008), CRS84 as EPSG:4326. */
    private static Optional<String> crsOf(byte[] data) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(TextDecoder.decode(data).text());
        } catch (IOException e) {
            return Optional.empty();
        }
        String name = root == null ? "" : root.path("crs").path("properties").path("name").asText("");
        if (name.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return Optional.of("EPSG:4326");
        }
        Matcher m = EPSG.matcher(name);
        return m.matches() ? Optional.of("EPSG:" + m.group(1)) : Optional.empty();
    }
}
