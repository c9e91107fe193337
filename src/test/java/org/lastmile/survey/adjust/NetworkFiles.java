package org.lastmile.survey.adjust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.BaselineOffset;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.Covariance2;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Reads the test networks shared with scripts/independent_lsq.py (plane coordinates; bearings in
 * degrees; "start" holds approximate coordinates).
 */
final class NetworkFiles {

    private NetworkFiles() {
    }

    static JsonNode json(String name) {
        try (InputStream in = NetworkFiles.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network, without its approximate coordinates when {@code withStart} is false. */
    static Network load(String name, boolean withStart) {
        JsonNode root = json(name);
        List<Observation> obs = new ArrayList<>();
        for (JsonNode o : root.path("observations")) {
            obs.add(observation(o));
        }
        Map<String, PlanePoint> start = new LinkedHashMap<>();
        if (withStart) {
            root.path("start").fields().forEachRemaining(
                    e -> start.put(e.getKey(), new PlanePoint(e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble())));
        }
        return new Network(obs, start);
    }

    static Observation observation(JsonNode o) {
        switch (o.path("type").asText()) {
            case "tape":
                return new TapeDistance(o.path("from").asText(), o.path("to").asText(), o.path("distance").asDouble(),
                        o.path("sigma").asDouble());
            case "bearing":
                if (o.hasNonNull("compass")) {
                    return Bearing.withOrientation(o.path("from").asText(), o.path("to").asText(),
                            o.path("degrees").asDouble(), o.path("sigma_deg").asDouble(), o.path("compass").asText());
                }
                return Bearing.grid(o.path("from").asText(), o.path("to").asText(), o.path("degrees").asDouble(),
                        o.path("sigma_deg").asDouble());
            case "gnss":
                return PointPosition.gnss(o.path("point").asText(), o.path("e").asDouble(), o.path("n").asDouble(),
                        covariance(o));
            case "coordinate":
                return PointPosition.known(o.path("point").asText(), o.path("e").asDouble(), o.path("n").asDouble(),
                        covariance(o));
            case "offset":
                return new BaselineOffset(o.path("a").asText(), o.path("b").asText(), o.path("point").asText(),
                        o.path("chainage").asDouble(), o.path("offset").asDouble(), o.path("sigma").asDouble());
            default:
                throw new IllegalArgumentException(o.toString());
        }
    }

    private static Covariance2 covariance(JsonNode o) {
        if (o.has("cov")) {
            JsonNode c = o.get("cov");
            return new Covariance2(c.get(0).asDouble(), c.get(1).asDouble(), c.get(2).asDouble());
        }
        return Covariance2.isotropic(o.path("sigma").asDouble());
    }
}
