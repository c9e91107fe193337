package org.lastmile.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.Drawing.Anchor;
import org.lastmile.sketch.Drawing.Pen;
import org.lastmile.sketch.Drawing.Pt;
import org.lastmile.survey.crs.PlanePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Places a calculated sketch on an A4 landscape page: the map at a round scale with its grid,
 * scale bar and north arrow; claims by role (party A red solid, party B blue dashed, so they differ
 * in black and white too), the agreed line black and heavier with corner circles, the area between
 * the claims hatched at 45° and labelled in m² and mu; taped lengths outside the parcel, upright;
 * and a title column with the legend, case number, time drawn, drafter and role, coordinate system,
 * scale, areas, the four boundaries and the signature boxes with refusal marks. Both the screen and
 * the SVG and PNG writers draw the same {@link Drawing}.
 */
public final class SketchLayout {

    static final double PAGE_W = 297;
    static final double PAGE_H = 210;
    private static final double MAP_X0 = 15;
    private static final double MAP_Y0 = 15;
    private static final double MAP_W = 190;
    private static final double MAP_H = 180;
    private static final double TITLE_X = 212;
    private static final int[] SCALES = {200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000};
    private static final int[] GRID_M = {5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000};

    static final String RED = "#c00000";
    static final String BLUE = "#0050c0";
    static final String BLACK = "#000000";
    static final String GREY = "#b0b0b0";

    private final Messages m;

    public SketchLayout(Messages messages) {
        this.m = messages;
    }

    /** The scale denominator chosen for a sketch (1:n), the smallest round one that fits. */
    public static int scaleFor(SketchResult r) {
        double[] box = extent(r);
        double w = Math.max(box[2] - box[0], 1);
        double h = Math.max(box[3] - box[1], 1);
        for (int s : SCALES) {
            if (w * 1000 / s <= MAP_W - 30 && h * 1000 / s <= MAP_H - 30) {
                return s;
            }
        }
        return SCALES[SCALES.length - 1];
    }

    public Drawing layout(SketchResult r, TitleBlock title) {
        List<Drawing.Shape> out = new ArrayList<>();
        int scale = scaleFor(r);
        double[] box = extent(r);
        Frame f = new Frame((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, scale);
        grid(out, f);
        SiteSketch s = r.sketch();
        for (Landmark l : s.landmarks()) {
            landmark(out, f, l);
        }
        for (SketchResult.PartFigure p : r.parts()) {
            String fill = p.party().map(x -> x == Party.A ? "#f7dcdc" : "#dce6f7").orElse("#eeeeee");
            polygons(out, f, p.figure().geometry(), Pen.solid(BLACK, 0.15), fill, false, "part");
        }
        r.between().ifPresent(b -> polygons(out, f, b.geometry(), Pen.solid("#606060", 0.1), null, true, "between"));
        for (SketchResult.Figure c : r.claims()) {
            boolean a = c.party().orElse(Party.A) == Party.A;
            Pen pen = a ? Pen.solid(RED, 0.3) : new Pen(BLUE, 0.3, new double[] {2.0, 1.0});
            polygons(out, f, c.geometry(), pen, null, false, "claim-" + c.party().orElse(Party.A).name());
        }
        Optional<SketchResult.Figure> main = r.agreed().or(r::parcel);
        main.ifPresent(a -> polygons(out, f, a.geometry(), Pen.solid(BLACK, r.agreed().isPresent() ? 0.6 : 0.3), null,
                false, r.agreed().isPresent() ? "agreed" : "parcel"));
        List<String> ring = s.agreedLine().map(x -> x.ring())
                .orElse(s.parcels().isEmpty() ? List.of() : s.parcels().get(0).ring());
        sideLabels(out, f, r, ring);
        for (Corner c : s.corners()) {
            Pt p = f.page(r.position(c.id()));
            out.add(new Drawing.Circle(p, 0.8, Pen.solid(BLACK, 0.2), "#ffffff", "corner"));
            out.add(new Drawing.Text(new Pt(p.x() + 1.3, p.y() - 1.3), c.name(), 2.6, Anchor.START, 0, false));
        }
        for (Marker k : s.markers()) {
            Pt p = f.page(k.placedPosition().orElse(k.design()));
            out.add(new Drawing.Path(List.of(new Pt(p.x() - 1, p.y() - 1), new Pt(p.x() + 1, p.y() - 1),
                    new Pt(p.x() + 1, p.y() + 1), new Pt(p.x() - 1, p.y() + 1)), true, Pen.solid(BLACK, 0.2), BLACK,
                    false, "marker"));
            out.add(new Drawing.Text(new Pt(p.x() + 1.5, p.y() + 3.2), k.name(), 2.6, Anchor.START, 0, true));
        }
        for (SketchResult.PartFigure p : r.parts()) {
            org.locationtech.jts.geom.Point c = p.figure().geometry().getInteriorPoint();
            Pt at = f.page(new PlanePoint(c.getX(), c.getY()));
            String who = p.party().map(x -> m.get(x.messageKey())).orElse("");
            out.add(new Drawing.Text(at, m.get("sketch.layout.part", who, m2(p.figure().m2()), mu(p.figure().m2())),
                    2.8, Anchor.MIDDLE, 0, true));
        }
        r.between().ifPresent(b -> {
            Geometry largest = largestPiece(b.geometry());
            org.locationtech.jts.geom.Point c = largest.getInteriorPoint();
            out.add(new Drawing.Text(f.page(new PlanePoint(c.getX(), c.getY())),
                    m.get("sketch.layout.between", m2(b.m2()), mu(b.m2())), 2.4, Anchor.MIDDLE, 0, false));
        });
        new TitleColumn(m, TITLE_X, MAP_Y0, PAGE_W - MAP_X0 - TITLE_X).draw(out, r, title, scale);
        mapFurniture(out, f, scale, s);
        return new Drawing(PAGE_W, PAGE_H, out);
    }

    /** Plane metres to page millimetres about the map's centre. */
    record Frame(double ce, double cn, int scale) {
        Pt page(PlanePoint p) {
            return new Pt(MAP_X0 + MAP_W / 2 + (p.e() - ce) * 1000 / scale,
                    MAP_Y0 + MAP_H / 2 - (p.n() - cn) * 1000 / scale);
        }

        PlanePoint plane(double x, double y) {
            return new PlanePoint(ce + (x - MAP_X0 - MAP_W / 2) * scale / 1000.0,
                    cn - (y - MAP_Y0 - MAP_H / 2) * scale / 1000.0);
        }
    }

    private static double[] extent(SketchResult r) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        List<PlanePoint> all = new ArrayList<>();
        r.sketch().corners().forEach(c -> all.add(r.position(c.id())));
        r.sketch().landmarks().forEach(l -> all.addAll(l.points()));
        r.sketch().markers().forEach(k -> all.add(k.design()));
        for (PlanePoint p : all) {
            b[0] = Math.min(b[0], p.e());
            b[1] = Math.min(b[1], p.n());
            b[2] = Math.max(b[2], p.e());
            b[3] = Math.max(b[3], p.n());
        }
        return all.isEmpty() ? new double[] {0, 0, 1, 1} : b;
    }

    private static void grid(List<Drawing.Shape> out, Frame f) {
        int step = GRID_M[GRID_M.length - 1];
        for (int g : GRID_M) {
            if (g * 1000.0 / f.scale() >= 20) {
                step = g;
                break;
            }
        }
        PlanePoint low = f.plane(MAP_X0, MAP_Y0 + MAP_H);
        PlanePoint high = f.plane(MAP_X0 + MAP_W, MAP_Y0);
        Pen pen = Pen.solid("#d0d0d0", 0.1);
        for (double e = Math.ceil(low.e() / step) * step; e <= high.e(); e += step) {
            double x = f.page(new PlanePoint(e, 0)).x();
            out.add(new Drawing.Path(List.of(new Pt(x, MAP_Y0), new Pt(x, MAP_Y0 + MAP_H)), false, pen, null, false, "grid"));
            out.add(new Drawing.Text(new Pt(x + 0.6, MAP_Y0 + MAP_H - 1), String.format(Locale.ROOT, "%.0f", e), 1.8,
                    Anchor.START, -90, false));
        }
        for (double n = Math.ceil(low.n() / step) * step; n <= high.n(); n += step) {
            double y = f.page(new PlanePoint(0, n)).y();
            out.add(new Drawing.Path(List.of(new Pt(MAP_X0, y), new Pt(MAP_X0 + MAP_W, y)), false, pen, null, false, "grid"));
            out.add(new Drawing.Text(new Pt(MAP_X0 + 1, y - 0.6), String.format(Locale.ROOT, "%.0f", n), 1.8,
                    Anchor.START, 0, false));
        }
    }

    private void landmark(List<Drawing.Shape> out, Frame f, Landmark l) {
        List<Pt> pts = l.points().stream().map(f::page).toList();
        switch (l.kind()) {
            case ROAD -> out.add(new Drawing.Path(pts, false, Pen.solid("#909090", 2.0), null, false, "road"));
            case CANAL -> out.add(new Drawing.Path(pts, false, new Pen("#3070b0", 0.6, new double[] {3, 1}), null,
                    false, "canal"));
            case BUILDING -> out.add(new Drawing.Path(pts, true, Pen.solid(BLACK, 0.1), "#e0e0e0", false, "building"));
            case TREE -> {
                out.add(new Drawing.Circle(pts.get(0), 1.6, Pen.solid("#2f7d32", 0.3), null, "tree"));
                out.add(new Drawing.Circle(pts.get(0), 0.3, Pen.solid("#2f7d32", 0.3), "#2f7d32", "tree"));
            }
            case WELL -> out.add(new Drawing.Circle(pts.get(0), 1.2, Pen.solid("#3070b0", 0.4), "#ffffff", "well"));
            case WATER_SOURCE -> out.add(new Drawing.Circle(pts.get(0), 1.2, Pen.solid("#3070b0", 0.3), "#9cc3e8",
                    "water"));
        }
        String label = l.label().isEmpty() ? m.get(l.kind().messageKey()) : l.label();
        Pt at = pts.size() > 1 ? mid(pts.get(0), pts.get(pts.size() - 1)) : new Pt(pts.get(0).x() + 2.2, pts.get(0).y() + 1);
        double angle = pts.size() > 1 ? upright(angle(pts.get(0), pts.get(pts.size() - 1))) : 0;
        out.add(new Drawing.Text(new Pt(at.x(), at.y() + (pts.size() > 1 ? 4.0 : 0)), label, 2.4,
                pts.size() > 1 ? Anchor.MIDDLE : Anchor.START, angle, false));
    }

    private void sideLabels(List<Drawing.Shape> out, Frame f, SketchResult r, List<String> ring) {
        if (ring.size() < 3) {
            return;
        }
        List<Pt> pts = ring.stream().map(id -> f.page(r.position(id))).toList();
        double cx = pts.stream().mapToDouble(Pt::x).average().orElse(0);
        double cy = pts.stream().mapToDouble(Pt::y).average().orElse(0);
        for (int i = 0; i < ring.size(); i++) {
            String a = ring.get(i);
            String b = ring.get((i + 1) % ring.size());
            Optional<Tape> tape = r.sketch().tapeBetween(a, b);
            if (tape.isEmpty()) {
                continue;
            }
            Pt p = pts.get(i);
            Pt q = pts.get((i + 1) % pts.size());
            Pt mid = mid(p, q);
            double len = Math.hypot(q.x() - p.x(), q.y() - p.y());
            double nx = -(q.y() - p.y()) / len;
            double ny = (q.x() - p.x()) / len;
            if ((mid.x() - cx) * nx + (mid.y() - cy) * ny < 0) {
                nx = -nx;
                ny = -ny;
            }
            // outside the parcel: 2.5 mm out; a text below its baseline needs a little more room
            double off = ny > 0 ? 4.2 : 2.0;
            out.add(new Drawing.Text(new Pt(mid.x() + nx * off, mid.y() + ny * off), tape.get().typed() + " m", 2.6,
                    Anchor.MIDDLE, upright(angle(p, q)), false));
        }
    }

    private void mapFurniture(List<Drawing.Shape> out, Frame f, int scale, SiteSketch s) {
        out.add(new Drawing.Path(List.of(new Pt(MAP_X0, MAP_Y0), new Pt(MAP_X0 + MAP_W, MAP_Y0),
                new Pt(MAP_X0 + MAP_W, MAP_Y0 + MAP_H), new Pt(MAP_X0, MAP_Y0 + MAP_H)), true, Pen.solid(BLACK, 0.4),
                null, false, "frame"));
        // north arrow, top right of the map
        double ax = MAP_X0 + MAP_W - 12;
        double ay = MAP_Y0 + 8;
        out.add(new Drawing.Path(List.of(new Pt(ax, ay), new Pt(ax + 3, ay + 12), new Pt(ax, ay + 9), new Pt(ax - 3, ay + 12)),
                true, Pen.solid(BLACK, 0.2), BLACK, false, "north"));
        out.add(new Drawing.Text(new Pt(ax, ay - 1.5), m.get("sketch.layout.north"), 3.5, Anchor.MIDDLE, 0, true));
        // scale bar: a round length near 40 mm
        double metres = scale * 40 / 1000.0;
        double round = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double k : new double[] {5, 2, 1}) {
            if (k * round <= metres) {
                round *= k;
                break;
            }
        }
        double len = round * 1000 / scale;
        double bx = MAP_X0 + 8;
        double by = MAP_Y0 + MAP_H - 8;
        out.add(new Drawing.Path(List.of(new Pt(bx, by - 1), new Pt(bx, by), new Pt(bx + len, by), new Pt(bx + len, by - 1)),
                false, Pen.solid(BLACK, 0.4), null, false, "scalebar"));
        out.add(new Drawing.Text(new Pt(bx, by - 2), "0", 2.2, Anchor.MIDDLE, 0, false));
        out.add(new Drawing.Text(new Pt(bx + len, by - 2), m.get("sketch.layout.metres", fmt(round, 0)), 2.2,
                Anchor.MIDDLE, 0, false));
        out.add(new Drawing.Text(new Pt(bx + len / 2, by + 3.5), m.get("sketch.layout.scale", scale), 2.4,
                Anchor.MIDDLE, 0, false));
        // the four boundaries at the frame's sides
        var fb = s.fourBoundaries();
        double cx = MAP_X0 + MAP_W / 2;
        double cy = MAP_Y0 + MAP_H / 2;
        if (!fb.north().isEmpty()) {
            out.add(new Drawing.Text(new Pt(cx, MAP_Y0 + 5), m.get("sketch.layout.toNorth", fb.north()), 2.8, Anchor.MIDDLE, 0, false));
        }
        if (!fb.south().isEmpty()) {
            out.add(new Drawing.Text(new Pt(cx, MAP_Y0 + MAP_H - 2.5), m.get("sketch.layout.toSouth", fb.south()), 2.8,
                    Anchor.MIDDLE, 0, false));
        }
        if (!fb.west().isEmpty()) {
            out.add(new Drawing.Text(new Pt(MAP_X0 + 4, cy), m.get("sketch.layout.toWest", fb.west()), 2.8, Anchor.MIDDLE,
                    -90, false));
        }
        if (!fb.east().isEmpty()) {
            out.add(new Drawing.Text(new Pt(MAP_X0 + MAP_W - 4, cy), m.get("sketch.layout.toEast", fb.east()), 2.8,
                    Anchor.MIDDLE, 90, false));
        }
    }

    private static void polygons(List<Drawing.Shape> out, Frame f, Geometry g, Pen pen, String fill, boolean hatch,
            String role) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                List<Pt> pts = new ArrayList<>();
                Coordinate[] c = p.getExteriorRing().getCoordinates();
                for (int k = 0; k < c.length - 1; k++) {
                    pts.add(f.page(new PlanePoint(c[k].x, c[k].y)));
                }
                out.add(new Drawing.Path(pts, true, pen, fill, hatch, role));
            }
        }
    }

    private static Geometry largestPiece(Geometry g) {
        Geometry best = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > best.getArea()) {
                best = g.getGeometryN(i);
            }
        }
        return best;
    }

    private static Pt mid(Pt a, Pt b) {
        return new Pt((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static double angle(Pt a, Pt b) {
        return Math.toDegrees(Math.atan2(b.y() - a.y(), b.x() - a.x()));
    }

    /** An angle turned by 180° when the text would read upside down. */
    static double upright(double deg) {
        double a = ((deg % 360) + 360) % 360;
        if (a > 90 && a <= 270) {
            a -= 180;
        }
        return a > 180 ? a - 360 : a;
    }

    static String m2(double v) {
        return fmt(v, 1);
    }

    static String mu(double m2) {
        return fmt(org.lastmile.survey.area.Area.toMu(m2), 2);
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
