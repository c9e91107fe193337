package org.lastmile.store.sketch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.lastmile.domain.sketch.AgreedLine;
import org.lastmile.domain.sketch.Claim;
import org.lastmile.domain.sketch.CompassBearing;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.CornerSource;
import org.lastmile.domain.sketch.Division;
import org.lastmile.domain.sketch.Drafting;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.MarkerType;
import org.lastmile.domain.sketch.Offset;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A sketch as canonical JSON (RFC 8785): the bytes stored, and the bytes whose SHA-256 a record
 * that holds the sketch carries into its seal. Unknown numbers (a σ not given) are written as null.
 */
public final class SketchCodec {

    private final CanonicalJson json;

    public SketchCodec(CanonicalJson json) {
        this.json = json;
    }

    /** The canonical text. */
    public String write(SiteSketch s) {
        ObjectNode n = json.object();
        n.put("case_id", s.caseId().toString());
        n.put("crs", s.crs());
        n.put("height_m", s.heightM());
        ArrayNode corners = n.putArray("corners");
        for (Corner c : s.corners()) {
            ObjectNode o = corners.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            point(o, c.position());
            o.put("source", c.origin().source().name());
            o.put("fix_count", c.origin().fixCount());
            number(o, "sigma_m", c.origin().sigmaM());
            if (c.origin().geographic()) {
                o.put("lon", c.origin().lon());
                o.put("lat", c.origin().lat());
            }
        }
        ArrayNode markers = n.putArray("markers");
        for (Marker m : s.markers()) {
            ObjectNode o = markers.addObject();
            o.put("id", m.id());
            o.put("name", m.name());
            o.put("type", m.type().name());
            o.put("material", m.material());
            point(o.putObject("design"), m.design());
            if (m.placed() != null) {
                point(o.putObject("placed"), m.placed());
            }
        }
        ArrayNode tapes = n.putArray("tapes");
        for (Tape t : s.tapes()) {
            ObjectNode o = tapes.addObject();
            o.put("id", t.id());
            o.put("from", t.from());
            o.put("to", t.to());
            o.put("length_m", t.lengthM());
            o.put("typed", t.typed());
        }
        ArrayNode bearings = n.putArray("bearings");
        for (CompassBearing b : s.bearings()) {
            ObjectNode o = bearings.addObject();
            o.put("id", b.id());
            o.put("from", b.from());
            o.put("to", b.to());
            o.put("degrees", b.degrees());
            o.put("sigma_deg", b.sigmaDeg());
            o.put("magnetic", b.magnetic());
            o.put("declination_deg", b.declinationDeg());
        }
        ArrayNode offsets = n.putArray("offsets");
        for (Offset f : s.offsets()) {
            ObjectNode o = offsets.addObject();
            o.put("id", f.id());
            o.put("a", f.a());
            o.put("b", f.b());
            o.put("point", f.point());
            o.put("chainage_m", f.chainageM());
            o.put("offset_m", f.offsetM());
        }
        ArrayNode parcels = n.putArray("parcels");
        for (Parcel p : s.parcels()) {
            ObjectNode o = parcels.addObject();
            o.put("id", p.id());
            o.put("label", p.label());
            ids(o, p.ring());
        }
        ArrayNode claims = n.putArray("claims");
        for (Claim c : s.claims()) {
            ObjectNode o = claims.addObject();
            o.put("party", c.party().name());
            ids(o, c.ring());
        }
        if (s.agreed() != null) {
            ids(n.putObject("agreed"), s.agreed().ring());
        }
        if (s.division() != null) {
            ObjectNode o = n.putObject("division");
            o.put("parcel", s.division().parcelId());
            o.put("edge", s.division().edge());
            o.put("target_m2", s.division().targetM2());
            if (s.division().throughPoint()) {
                o.putArray("through").add(s.division().through().e()).add(s.division().through().n());
            }
            ArrayNode parties = o.putArray("parties");
            s.division().parties().forEach(p -> {
                if (p == null) {
                    parties.addNull();
                } else {
                    parties.add(p.name());
                }
            });
        }
        ArrayNode landmarks = n.putArray("landmarks");
        for (Landmark l : s.landmarks()) {
            ObjectNode o = landmarks.addObject();
            o.put("id", l.id());
            o.put("kind", l.kind().name());
            o.put("label", l.label());
            ArrayNode points = o.putArray("points");
            l.points().forEach(p -> point(points.addObject(), p));
        }
        ObjectNode four = n.putObject("four_boundaries");
        four.put("north", s.fourBoundaries().north());
        four.put("east", s.fourBoundaries().east());
        four.put("south", s.fourBoundaries().south());
        four.put("west", s.fourBoundaries().west());
        ObjectNode drafting = n.putObject("drafting");
        drafting.put("drafter", s.drafting().drafter());
        drafting.put("role", s.drafting().role());
        if (s.drafting().drawnAt() != null) {
            drafting.put("drawn_at", s.drafting().drawnAt().toString());
        }
        return json.write(n);
    }

    /** Reads stored canonical text back. */
    public SiteSketch read(String text) {
        JsonNode n = json.read(text);
        List<Corner> corners = list(n.path("corners"), o -> new Corner(o.path("id").asText(), o.path("name").asText(),
                point(o), new CornerOrigin(CornerSource.valueOf(o.path("source").asText()), o.path("fix_count").asInt(),
                        number(o, "sigma_m"), o.has("lon") ? o.path("lon").asDouble() : null,
                        o.has("lat") ? o.path("lat").asDouble() : null)));
        List<Marker> markers = list(n.path("markers"), o -> new Marker(o.path("id").asText(), o.path("name").asText(),
                MarkerType.valueOf(o.path("type").asText()), o.path("material").asText(), point(o.path("design")),
                o.has("placed") ? point(o.path("placed")) : null));
        List<Tape> tapes = list(n.path("tapes"), o -> new Tape(o.path("id").asText(), o.path("from").asText(),
                o.path("to").asText(), o.path("length_m").asDouble(), o.path("typed").asText()));
        List<CompassBearing> bearings = list(n.path("bearings"), o -> new CompassBearing(o.path("id").asText(),
                o.path("from").asText(), o.path("to").asText(), o.path("degrees").asDouble(),
                o.path("sigma_deg").asDouble(), o.path("magnetic").asBoolean(), o.path("declination_deg").asDouble()));
        List<Offset> offsets = list(n.path("offsets"), o -> new Offset(o.path("id").asText(), o.path("a").asText(),
                o.path("b").asText(), o.path("point").asText(), o.path("chainage_m").asDouble(),
                o.path("offset_m").asDouble()));
        List<Parcel> parcels = list(n.path("parcels"), o -> new Parcel(o.path("id").asText(), o.path("label").asText(),
                ids(o)));
        List<Claim> claims = list(n.path("claims"), o -> new Claim(Party.valueOf(o.path("party").asText()), ids(o)));
        AgreedLine agreed = n.has("agreed") ? new AgreedLine(ids(n.path("agreed"))) : null;
        Division division = null;
        if (n.has("division")) {
            JsonNode d = n.path("division");
            List<Party> parties = new ArrayList<>();
            d.path("parties").forEach(p -> parties.add(p.isNull() ? null : Party.valueOf(p.asText())));
            org.lastmile.survey.crs.PlanePoint through = d.has("through")
                    ? new org.lastmile.survey.crs.PlanePoint(d.path("through").get(0).asDouble(),
                            d.path("through").get(1).asDouble()) : null;
            division = new Division(d.path("parcel").asText(), d.path("edge").asInt(), d.path("target_m2").asDouble(),
                    parties, through);
        }
        List<Landmark> landmarks = list(n.path("landmarks"), o -> new Landmark(o.path("id").asText(),
                LandmarkKind.valueOf(o.path("kind").asText()), o.path("label").asText(),
                list(o.path("points"), SketchCodec::point)));
        JsonNode f = n.path("four_boundaries");
        JsonNode d = n.path("drafting");
        return new SiteSketch(UUID.fromString(n.path("case_id").asText()), n.path("crs").asText(),
                n.path("height_m").asDouble(), corners, markers, tapes, bearings, offsets, parcels, claims, agreed,
                division, landmarks, new FourBoundaries(f.path("north").asText(), f.path("east").asText(),
                        f.path("south").asText(), f.path("west").asText()),
                new Drafting(d.path("drafter").asText(), d.path("role").asText(),
                        d.hasNonNull("drawn_at") ? Instant.parse(d.path("drawn_at").asText()) : null));
    }

    private static void point(ObjectNode o, PlanePoint p) {
        o.put("e", p.e());
        o.put("n", p.n());
    }

    private static PlanePoint point(JsonNode o) {
        return new PlanePoint(o.path("e").asDouble(), o.path("n").asDouble());
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static double number(JsonNode o, String key) {
        return o.hasNonNull(key) ? o.path(key).asDouble() : Double.NaN;
    }

    private static void ids(ObjectNode o, List<String> ring) {
        ArrayNode a = o.putArray("ring");
        ring.forEach(a::add);
    }

    private static List<String> ids(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.path("ring").forEach(x -> out.add(x.asText()));
        return out;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        array.forEach(x -> out.add(read.apply(x)));
        return out;
    }
}
