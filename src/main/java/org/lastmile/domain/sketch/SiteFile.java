package org.lastmile.domain.sketch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sketch's observations in the SITE.json format of {@code lastmile survey adjust}
 * (org.lastmile.survey.site.SiteReader), so that anyone can re-adjust them and the app adjusts
 * exactly what it exports. Points are named by the corners' names. A corner with a σ is a GNSS
 * position (longitude and latitude when measured so, else plane coordinates) or, typed on the
 * plane, a coordinate; tapes and offsets are written as taped on the ground.
 *
 * @param json the SITE.json tree
 * @param sources for each observation, in file order, the id of the sketch element it came from
 *     (a corner id for a position, else the tape's, bearing's or offset's id)
 */
public record SiteFile(ObjectNode json, List<String> sources) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SiteFile {
        sources = List.copyOf(sources);
    }

    /** The boundary written is the first parcel's ring, if there is a parcel. */
    public static SiteFile of(SiteSketch s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("crs", s.crs());
        root.put("height_m", s.heightM());
        ArrayNode obs = root.putArray("observations");
        List<String> sources = new ArrayList<>();
        Set<String> measured = new LinkedHashSet<>();
        for (Corner c : s.corners()) {
            CornerOrigin o = c.origin();
            if (!o.observed()) {
                continue;
            }
            ObjectNode n = obs.addObject();
            boolean gnss = o.source() == CornerSource.GNSS || o.source() == CornerSource.IMPORTED
                    || o.source() == CornerSource.TYPED_GEOGRAPHIC;
            n.put("type", gnss ? "gnss" : "coordinate");
            n.put("point", c.name());
            if (o.geographic()) {
                n.put("lon", o.lon());
                n.put("lat", o.lat());
            } else {
                n.put("e", c.position().e());
                n.put("n", c.position().n());
            }
            n.put("sigma_m", o.sigmaM());
            sources.add(c.id());
            measured.add(c.id());
        }
        for (Tape t : s.tapes()) {
            ObjectNode n = obs.addObject();
            n.put("type", "tape");
            n.put("from", s.requireCorner(t.from()).name());
            n.put("to", s.requireCorner(t.to()).name());
            n.put("distance_m", t.lengthM());
            sources.add(t.id());
            measured.add(t.from());
            measured.add(t.to());
        }
        for (CompassBearing b : s.bearings()) {
            ObjectNode n = obs.addObject();
            n.put("type", "bearing");
            n.put("from", s.requireCorner(b.from()).name());
            n.put("to", s.requireCorner(b.to()).name());
            n.put("degrees", b.degrees());
            n.put("sigma_deg", b.sigmaDeg());
            if (b.magnetic()) {
                n.put("magnetic", true);
                n.put("declination_deg", b.declinationDeg());
            }
            sources.add(b.id());
            measured.add(b.from());
            measured.add(b.to());
        }
        for (Offset o : s.offsets()) {
            ObjectNode n = obs.addObject();
            n.put("type", "offset");
            n.put("a", s.requireCorner(o.a()).name());
            n.put("b", s.requireCorner(o.b()).name());
            n.put("point", s.requireCorner(o.point()).name());
            n.put("chainage_m", o.chainageM());
            n.put("offset_m", o.offsetM());
            sources.add(o.id());
            measured.add(o.a());
            measured.add(o.b());
            measured.add(o.point());
        }
        // approximate coordinates: where the sketch draws each measured corner
        ArrayNode points = root.putArray("points");
        for (Corner c : s.corners()) {
            if (measured.contains(c.id())) {
                ObjectNode p = points.addObject();
                p.put("id", c.name());
                p.put("e", c.position().e());
                p.put("n", c.position().n());
            }
        }
        if (!s.parcels().isEmpty() && measured.containsAll(s.parcels().get(0).ring())) {
            ArrayNode boundary = root.putArray("boundary");
            s.parcels().get(0).ring().forEach(id -> boundary.add(s.requireCorner(id).name()));
        }
        return new SiteFile(root, sources);
    }
}
