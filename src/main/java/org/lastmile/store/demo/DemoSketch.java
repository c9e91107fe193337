package org.lastmile.store.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.Drafting;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.MarkerType;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchCommand;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.area.Surface;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;

/**
 * The site of the demo farmland case (Gangcha, zone 33, EPSG:4542 at 3,300 m), made the way the
 * officer makes it, edit by edit: five corners from averaged GNSS (each ~1 m off the true corner,
 * as handheld receivers are), the five sides and five diagonals taped (the true ground distances
 * to the centimetre), each party's claim of the field's north edge, the agreed field, 6.6 mu cut
 * parallel to the road edge J4–J5 and given to the applicant, and the two new stones at the ends
 * of the cut line staked and measured a few centimetres from their design.
 */
public final class DemoSketch {

    /** The field's true corners (plane, m), J1 … J5 clockwise from the top-left; the road runs along J4–J5. */
    public static final Map<String, PlanePoint> TRUE_CORNERS = corners();

    public static final String CRS = "EPSG:4542";
    public static final double HEIGHT_M = 3300;
    /** The edge J4→J5 of the ring J1 … J5 (0-based), along the road. */
    public static final int ROAD_EDGE = 3;
    public static final double PART_M2 = Area.ofMu(6.6, Surface.PLANE).m2();

    private static Map<String, PlanePoint> corners() {
        Map<String, PlanePoint> c = new LinkedHashMap<>();
        c.put("J1", new PlanePoint(599300.00, 4131895.00));
        c.put("J2", new PlanePoint(599386.20, 4131902.40));
        c.put("J3", new PlanePoint(599428.00, 4131860.00));
        c.put("J4", new PlanePoint(599415.00, 4131828.00));
        c.put("J5", new PlanePoint(599305.00, 4131822.00));
        return c;
    }

    /** Where the averaged fixes put each corner, metres east and north of the true corner. */
    private static final double[][] GNSS_ERROR = {{0.8, -0.6}, {-1.1, 0.4}, {0.5, 0.9}, {-0.7, -0.8}, {1.0, 0.3}};

    private final PlaneSystem plane = (PlaneSystem) CrsCatalog.parse(CRS);

    /** The edits in the order the officer made them. */
    public List<SketchCommand> edits(Instant drawnAt) {
        List<SketchCommand> edits = new ArrayList<>();
        SiteScale scale = SiteScale.at(plane, TRUE_CORNERS.get("J1"), HEIGHT_M);
        int i = 0;
        for (Map.Entry<String, PlanePoint> c : TRUE_CORNERS.entrySet()) {
            edits.add(SketchEdits.addCorner(gnssCorner(c.getKey(), c.getValue(), GNSS_ERROR[i][0], GNSS_ERROR[i][1], 60, 1.2)));
            i++;
        }
        edits.add(SketchEdits.parcel(new Parcel(id("parcel"), "632224104201JA00037", ids("J1", "J2", "J3", "J4", "J5"))));
        List<String> names = List.copyOf(TRUE_CORNERS.keySet());
        int t = 0;
        // sides first, then diagonals, as they are walked
        for (int gap = 1; gap <= 2; gap++) {
            for (int k = 0; k < names.size(); k++) {
                String a = names.get(k);
                String b = names.get((k + gap) % names.size());
                double ground = scale.groundDistance(TRUE_CORNERS.get(a).distanceTo(TRUE_CORNERS.get(b)));
                double typed = Math.round(ground * 100) / 100.0;
                edits.add(SketchEdits.tape(new Tape(id("tape" + (++t)), id(a), id(b), typed, String.format("%.2f", typed))));
            }
        }
        // each side's version of the north edge, pointed out on the ground and averaged
        edits.add(SketchEdits.addCorner(gnssCorner("A1", offset("J1", -2.0, 6.5), 0, 0, 30, 1.5)));
        edits.add(SketchEdits.addCorner(gnssCorner("A2", offset("J2", 1.5, 7.0), 0, 0, 30, 1.5)));
        edits.add(SketchEdits.addCorner(gnssCorner("B1", offset("J1", 2.5, -6.0), 0, 0, 30, 1.5)));
        edits.add(SketchEdits.addCorner(gnssCorner("B2", offset("J2", -2.0, -7.5), 0, 0, 30, 1.5)));
        edits.add(SketchEdits.claim(Party.A, ids("A1", "A2", "J3", "J4", "J5")));
        edits.add(SketchEdits.claim(Party.B, ids("B1", "B2", "J3", "J4", "J5")));
        edits.add(SketchEdits.agreed(ids("J1", "J2", "J3", "J4", "J5")));
        edits.add(SketchEdits.divide(id("parcel"), ROAD_EDGE, PART_M2));
        edits.add(SketchEdits.assignPart(0, Party.A));
        edits.add(SketchEdits.assignPart(1, Party.B));
        PlanePoint j4 = TRUE_CORNERS.get("J4");
        PlanePoint j5 = TRUE_CORNERS.get("J5");
        double len = j4.distanceTo(j5);
        double ue = (j5.e() - j4.e()) / len;
        double un = (j5.n() - j4.n()) / len;
        // the village road, 4 m south of the field edge: J4→J5 runs west, so south is its left (−un, ue)
        edits.add(SketchEdits.landmark(new Landmark(id("road"), LandmarkKind.ROAD, "村道", List.of(
                new PlanePoint(j4.e() - 20 * ue - 4 * un, j4.n() - 20 * un + 4 * ue),
                new PlanePoint(j5.e() + 20 * ue - 4 * un, j5.n() + 20 * un + 4 * ue)))));
        edits.add(SketchEdits.landmark(new Landmark(id("canal"), LandmarkKind.CANAL, "东干渠", List.of(
                new PlanePoint(599294.0, 4131812.0), new PlanePoint(599289.0, 4131906.0)))));
        edits.add(SketchEdits.landmark(new Landmark(id("well"), LandmarkKind.WELL, "", List.of(
                new PlanePoint(599296.0, 4131912.0)))));
        edits.add(SketchEdits.landmark(new Landmark(id("tree"), LandmarkKind.TREE, "", List.of(
                new PlanePoint(599440.0, 4131875.0)))));
        edits.add(SketchEdits.fourBoundaries(new FourBoundaries("公共草场", "扎西才让耕地", "村道", "东干渠")));
        edits.add(SketchEdits.drafting(new Drafting("王海", "书记员", drawnAt)));
        return edits;
    }

    /** The demo sketch of a case: every edit applied, then the two new stones staked and placed. */
    public SiteSketch build(UUID caseId, Instant drawnAt) {
        SketchHistory history = new SketchHistory(SiteSketch.empty(caseId, CRS, HEIGHT_M));
        edits(drawnAt).forEach(history::execute);
        SketchResult result = new SketchCalculator().calculate(history.current());
        double[][] placedError = {{0.03, -0.02}, {-0.02, 0.04}};
        for (int k = 0; k < 2; k++) {
            PlanePoint design = result.stakeouts().get(k).point();
            String markerId = id("marker" + (k + 6));
            history.execute(SketchEdits.marker(new Marker(markerId, "J" + (k + 6), MarkerType.CONCRETE_POST, "混凝土",
                    design, null)));
            history.execute(SketchEdits.placeMarker(markerId,
                    new PlanePoint(design.e() + placedError[k][0], design.n() + placedError[k][1])));
        }
        return history.current();
    }

    private Corner gnssCorner(String name, PlanePoint truth, double de, double dn, int fixes, double sigma) {
        PlanePoint averaged = new PlanePoint(truth.e() + de, truth.n() + dn);
        GeoPoint g = plane.toGeographic(averaged);
        // the position drawn is the averaged fix as the plane system projects its longitude and latitude
        PlanePoint drawn = plane.toPlane(g.lon(), g.lat());
        return new Corner(id(name), name, drawn, CornerOrigin.gnss(fixes, sigma, round(g.lon()), round(g.lat())));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e9) / 1e9;
    }

    private static PlanePoint offset(String corner, double de, double dn) {
        PlanePoint p = TRUE_CORNERS.get(corner);
        return new PlanePoint(p.e() + de, p.n() + dn);
    }

    /** The stable id of a demo element. */
    public static String id(String name) {
        return "demo-" + name;
    }

    private static List<String> ids(String... names) {
        return java.util.Arrays.stream(names).map(DemoSketch::id).toList();
    }

    /** The area of the part handed over (the road side), m² to 0.1 as the sketch shows it. */
    public static java.math.BigDecimal partArea(SiteSketch sketch) {
        SketchResult r = new SketchCalculator().calculate(sketch);
        return java.math.BigDecimal.valueOf(r.parts().get(0).figure().m2()).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** The boundary markers of the part handed over: its field corners as adjusted, its new stones as placed. */
    public static List<org.lastmile.domain.record.BoundaryMarker> partMarkers(SiteSketch sketch) {
        SketchResult r = new SketchCalculator().calculate(sketch);
        List<org.lastmile.domain.record.BoundaryMarker> out = new ArrayList<>();
        for (String name : List.of("J3", "J4", "J5")) {
            PlanePoint p = r.position(id(name));
            out.add(new org.lastmile.domain.record.BoundaryMarker(name, "混凝土界桩", mm(p.e()), mm(p.n())));
        }
        for (Marker m : sketch.markers()) {
            out.add(new org.lastmile.domain.record.BoundaryMarker(m.name(), "混凝土界桩", mm(m.placed().e()),
                    mm(m.placed().n())));
        }
        return out;
    }

    private static double mm(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
