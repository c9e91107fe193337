package org.lastmile.survey.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lastmile.survey.adjust.Network;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;
import org.lastmile.survey.crs.ZoneChooser;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Covariance2;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.Slope;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Reads a SITE.json file (docs/survey.md, "Command line (adjust)"):
 *
 * <pre>
 * { "crs": "EPSG:4542", "height_m": 3200,
 *   "points": [ {"id": "A", "e": 633510.2, "n": 4132100.5} ],
 *   "observations": [
 *     {"type": "gnss", "point": "A", "lon": 100.1234567, "lat": 37.3210987, "sigma_m": 3.0},
 *     {"type": "tape", "from": "A", "to": "B", "distance_m": 85.368, "sigma_m": 0.02},
 *     {"type": "bearing", "from": "A", "to": "B", "degrees": 76.0, "sigma_deg": 1.0},
 *     {"type": "coordinate", "point": "C", "e": 633600.0, "n": 4132050.0, "sigma_m": 0.05},
 *     {"type": "offset", "a": "A", "b": "B", "point": "P", "chainage_m": 20.0, "offset_m": 4.5} ],
 *   "boundary": ["A", "B", "C", "D"] }
 * </pre>
 *
 * Without {@code crs} the plane is the Gauss-Krüger 3° zone without prefix around the GNSS
 * points (a local plane when there are none). Tapes and offsets are horizontal distances on the
 * ground at {@code height_m}, reduced to the plane by k·R/(R + h) at the site; a tape may instead
 * give its slope by {@code height_difference_m} or {@code slope_deg}. Without {@code sigma_m} a
 * tape has σ = √(0.015² + (s/2000)²). A bearing is a grid bearing unless {@code magnetic} is
 * true (then grid = magnetic + {@code declination_deg} − γ) or it names a {@code compass} whose
 * orientation is estimated. Every problem is a {@link SiteException} naming where it is.
 */
public final class SiteReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double DEFAULT_BEARING_SIGMA_DEG = 1.0;
    private static final double MEAN_EARTH_RADIUS = 6371000;
    /** Heights of a site, in metres: the Dead Sea shore to above Everest. */
    private static final double MIN_HEIGHT = -500;
    private static final double MAX_HEIGHT = 9000;
    /**
     * The largest magnitude of any number in a site file: eastings with a zone number reach 4e7 m,
     * nothing measured on a field comes near 1e9, and squares of larger numbers lose every digit.
     */
    private static final double MAX_MAGNITUDE = 1e9;

    /** Reads a site file. */
    public Site read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new SiteException(SiteError.SYNTAX, file.toString(), line, column);
        } catch (NoSuchFileException e) {
            throw new SiteException(SiteError.UNREADABLE, file.toString(), "no such file");
        } catch (IOException e) {
            throw new SiteException(SiteError.UNREADABLE, file.toString(), String.valueOf(e.getMessage()));
        }
        return read(root);
    }

    /** Reads a site from its JSON tree. */
    public Site read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new SiteException(SiteError.BAD_VALUE, "", "site", new org.lastmile.common.Echo(String.valueOf(root)));
        }
        double height = root.has("height_m") ? number(root, "height_m", "") : 0;
        if (height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new SiteException(SiteError.OUT_OF_RANGE, "", "height_m", String.valueOf(height), MIN_HEIGHT, MAX_HEIGHT);
        }
        JsonNode obs = root.path("observations");
        if (!obs.isArray() || obs.isEmpty()) {
            throw new SiteException(SiteError.MISSING_FIELD, "", "observations");
        }
        for (int i = 0; i < obs.size(); i++) {
            String type = text(obs.get(i), "type", where(i));
            if (!List.of("gnss", "tape", "bearing", "coordinate", "offset").contains(type)) {
                throw new SiteException(SiteError.UNKNOWN_TYPE, where(i), type);
            }
        }
        Optional<PlaneSystem> plane = plane(root, obs);
        GeoPoint centre = centre(root, obs, plane);
        SiteScale scale = plane.isPresent() && centre != null ? SiteScale.at(plane.get(), centre, height)
                : SiteScale.of(plane.map(PlaneSystem::centralScaleFactor).orElse(1.0), MEAN_EARTH_RADIUS,
                        plane.isPresent() ? height : 0);
        double gamma = plane.isPresent() && centre != null ? plane.get().convergenceDeg(centre.lon(), centre.lat()) : 0;
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < obs.size(); i++) {
            observations.add(observation(obs.get(i), where(i), plane, scale.groundToPlane(), gamma));
        }
        Network probe = Network.of(observations);
        Set<String> measured = new LinkedHashSet<>(probe.pointIds());
        Map<String, PlanePoint> approximate = new LinkedHashMap<>();
        JsonNode points = root.path("points");
        for (int i = 0; i < points.size(); i++) {
            String w = "points[" + i + "]";
            String id = text(points.get(i), "id", w);
            if (!measured.contains(id)) {
                throw new SiteException(SiteError.UNKNOWN_POINT, w, id);
            }
            approximate.put(id, new PlanePoint(number(points.get(i), "e", w), number(points.get(i), "n", w)));
        }
        List<String> boundary = new ArrayList<>();
        JsonNode ring = root.path("boundary");
        for (int i = 0; i < ring.size(); i++) {
            String id = ring.get(i).asText();
            if (!measured.contains(id)) {
                throw new SiteException(SiteError.UNKNOWN_POINT, "boundary[" + i + "]", id);
            }
            boundary.add(id);
        }
        return new Site(plane, !root.hasNonNull("crs") && plane.isPresent(), height, scale,
                new Network(observations, approximate), boundary);
    }

    private static String where(int i) {
        return "observations[" + i + "]";
    }

    private static Optional<PlaneSystem> plane(JsonNode root, JsonNode obs) {
        if (root.hasNonNull("crs")) {
            Crs crs = CrsCatalog.parse(root.get("crs").asText());
            if (!(crs instanceof PlaneSystem p)) {
                throw new SiteException(SiteError.NOT_A_PLANE, crs.code());
            }
            return Optional.of(p);
        }
        List<GeoPoint> gnss = new ArrayList<>();
        for (int i = 0; i < obs.size(); i++) {
            JsonNode o = obs.get(i);
            if ("gnss".equals(o.path("type").asText()) && o.has("lon")) {
                gnss.add(new GeoPoint(number(o, "lon", where(i)), number(o, "lat", where(i))));
            }
        }
        if (gnss.isEmpty()) {
            for (int i = 0; i < obs.size(); i++) {
                if ("coordinate".equals(obs.get(i).path("type").asText()) || obs.get(i).has("lon")) {
                    throw new SiteException(SiteError.NO_PLANE, where(i));
                }
            }
            if (root.path("points").size() > 0) {
                throw new SiteException(SiteError.NO_PLANE, "points[0]");
            }
            return Optional.empty();
        }
        return Optional.of(ZoneChooser.suggest(gnss));
    }

    /** The site's middle: mean of the GNSS positions, else of the plane coordinates given. */
    private static GeoPoint centre(JsonNode root, JsonNode obs, Optional<PlaneSystem> plane) {
        if (plane.isEmpty()) {
            return null;
        }
        double lon = 0;
        double lat = 0;
        int count = 0;
        double e = 0;
        double n = 0;
        int planeCount = 0;
        for (int i = 0; i < obs.size(); i++) {
            JsonNode o = obs.get(i);
            if (o.has("lon") && o.has("lat")) {
                lon += number(o, "lon", where(i));
                lat += number(o, "lat", where(i));
                count++;
            } else if (o.has("e") && o.has("n")) {
                e += number(o, "e", where(i));
                n += number(o, "n", where(i));
                planeCount++;
            }
        }
        JsonNode points = root.path("points");
        for (int i = 0; i < points.size(); i++) {
            e += number(points.get(i), "e", "points[" + i + "]");
            n += number(points.get(i), "n", "points[" + i + "]");
            planeCount++;
        }
        if (count > 0) {
            return new GeoPoint(lon / count, lat / count);
        }
        return planeCount > 0 ? plane.get().toGeographic(new PlanePoint(e / planeCount, n / planeCount)) : null;
    }

    private static Observation observation(JsonNode o, String w, Optional<PlaneSystem> plane, double groundToPlane,
            double gamma) {
        try {
            switch (o.path("type").asText()) {
                case "gnss":
                    return gnss(o, w, plane);
                case "coordinate":
                    return PointPosition.known(text(o, "point", w), number(o, "e", w), number(o, "n", w),
                            covariance(o, w));
                case "tape":
                    return tape(o, w, groundToPlane);
                case "bearing":
                    return bearing(o, w, gamma);
                default:
                    return new BaselineOffset(text(o, "a", w), text(o, "b", w), text(o, "point", w),
                            number(o, "chainage_m", w) * groundToPlane, number(o, "offset_m", w) * groundToPlane,
                            optional(o, "sigma_m", w, TapeDistance.DEFAULT_CONSTANT_SIGMA) * groundToPlane);
            }
        } catch (IllegalArgumentException e) {
            throw new SiteException(SiteError.BAD_VALUE, w, o.path("type").asText(), String.valueOf(e.getMessage()));
        }
    }

    private static Observation gnss(JsonNode o, String w, Optional<PlaneSystem> plane) {
        String point = text(o, "point", w);
        if (o.has("lon") || o.has("lat")) {
            PlanePoint p = plane.orElseThrow(() -> new SiteException(SiteError.NO_PLANE, w))
                    .toPlane(number(o, "lon", w), number(o, "lat", w));
            return PointPosition.gnss(point, p.e(), p.n(), covariance(o, w));
        }
        return PointPosition.gnss(point, number(o, "e", w), number(o, "n", w), covariance(o, w));
    }

    private static Observation tape(JsonNode o, String w, double groundToPlane) {
        double s = number(o, "distance_m", w);
        if (!(s > 0)) {
            throw new SiteException(SiteError.BAD_VALUE, w, "distance_m", s);
        }
        if (o.has("height_difference_m")) {
            double dh = number(o, "height_difference_m", w);
            if (Math.abs(dh) >= s) {
                throw new SiteException(SiteError.BAD_VALUE, w, "height_difference_m", dh);
            }
            s = Slope.byHeightDifference(s, dh);
        } else if (o.has("slope_deg")) {
            s = Slope.byAngle(s, number(o, "slope_deg", w));
        }
        double sigma = optional(o, "sigma_m", w, TapeDistance.defaultSigma(s, TapeDistance.DEFAULT_CONSTANT_SIGMA));
        return new TapeDistance(text(o, "from", w), text(o, "to", w), s * groundToPlane, sigma * groundToPlane);
    }

    private static Observation bearing(JsonNode o, String w, double gamma) {
        String from = text(o, "from", w);
        String to = text(o, "to", w);
        double degrees = number(o, "degrees", w);
        double sigma = optional(o, "sigma_deg", w, DEFAULT_BEARING_SIGMA_DEG);
        if (o.hasNonNull("compass")) {
            return Bearing.withOrientation(from, to, degrees, sigma, o.get("compass").asText());
        }
        if (o.path("magnetic").asBoolean(false)) {
            return Bearing.magnetic(from, to, degrees, optional(o, "declination_deg", w, 0), gamma, sigma);
        }
        return Bearing.grid(from, to, degrees, sigma);
    }

    private static Covariance2 covariance(JsonNode o, String w) {
        if (o.has("sigma_e_m") || o.has("sigma_n_m")) {
            return Covariance2.of(number(o, "sigma_e_m", w), number(o, "sigma_n_m", w), optional(o, "correlation", w, 0));
        }
        return Covariance2.isotropic(number(o, "sigma_m", w));
    }

    private static String text(JsonNode o, String field, String w) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new SiteException(SiteError.MISSING_FIELD, w, field);
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new SiteException(SiteError.BAD_VALUE, w, field, v.toString());
        }
        return v.asText();
    }

    private static double number(JsonNode o, String field, String w) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new SiteException(SiteError.MISSING_FIELD, w, field);
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new SiteException(SiteError.BAD_VALUE, w, field, new org.lastmile.common.Echo(v.toString()));
        }
        if (Math.abs(v.asDouble()) > MAX_MAGNITUDE) {
            throw new SiteException(SiteError.OUT_OF_RANGE, w, field, String.valueOf(v.asDouble()), "-1E9", "1E9");
        }
        return v.asDouble();
    }

    private static double optional(JsonNode o, String field, String w, double fallback) {
        return o.hasNonNull(field) ? number(o, field, w) : fallback;
    }
}
