package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.lastmile.domain.sketch.Claim;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.division.Division;
import org.lastmile.ui.sketch.canvas.MapFurniture;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.SketchTheme;
import org.lastmile.ui.sketch.canvas.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Where every label of the sketch goes at a view, all laid out by one {@link LabelPlacer}: the four
 * boundaries (四至) at the canvas's sides, corner names beside their circles, the areas of the
 * parts and between the claims about the inside of their area, tape lengths outside their side,
 * marker names and landmark names beside their symbol or along their line. None covers another
 * label, a corner circle, a landmark symbol, the scale bar, the north arrow, the legend or a
 * validation banner; they keep off the drawn lines (roads, canals, buildings, the parcel, the
 * claims, the agreed line, the cut) where a free place exists.
 */
final class SiteLabels {

    /** Kinds of label, for tests. */
    static final int CORNER = 0;
    static final int TAPE = 1;
    static final int MARKER = 2;
    static final int AREA = 3;
    static final int LANDMARK = 4;
    static final int BOUNDARY = 5;

    /** Half width of a road as drawn, px (a 10 px grey line). */
    static final double ROAD_HALF_WIDTH = 5;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** A label laid out, with its colour from the theme, its face, and its turn (the east and west boundaries stand on end). */
    record Label(LabelPlacer.Placed placed, Function<SketchTheme, Color> colour, boolean small, double degrees) {
    }

    private final SketchViewModel model;
    private final DivisionViewModel division;
    private final Supplier<Messages> text;

    SiteLabels(SketchViewModel model, DivisionViewModel division, Supplier<Messages> text) {
        this.model = model;
        this.division = division;
        this.text = text;
    }

    /** Where the north arrow and its letter are on this canvas (the letter in the current language). */
    static Rectangle2D north(Viewport v, Pen pen, Messages m) {
        return MapFurniture.northBox(v, pen.size(m.get("sketch.north"), pen.font()));
    }

    /** Every label of the sketch at this view, in the order placed. */
    List<Label> labels(Viewport v, Pen pen) {
        SiteSketch s = model.current();
        SketchResult outcome = model.outcomeProperty().get();
        Map<String, PlanePoint> at = SketchDrawing.positions(s, outcome);
        Messages m = text.get();
        LabelPlacer placer = new LabelPlacer(new Rectangle2D(0, 0, v.width(), v.height()));
        List<Label> out = new ArrayList<>();
        obstacles(v, pen, s, at, outcome, m, placer);
        lines(v, pen, s, at, placer);
        boundaries(v, pen, s, m, placer, out);
        double r = s.agreedLine().isPresent() ? 7 : 5;
        for (Corner c : s.corners()) {
            PlanePoint p = at.get(c.id());
            Dimension2D wh = pen.size(c.name(), pen.font());
            out.add(new Label(placer.place(c.name(), wh.getWidth(), wh.getHeight(),
                    LabelPlacer.around(v.screenX(p.e()), v.screenY(p.n()), r + 2, wh.getWidth(), wh.getHeight()), CORNER),
                    SketchTheme::ink, false, 0));
        }
        areas(v, pen, s, at, m, placer, out);
        tapes(v, pen, s, at, outcome, m, placer, out);
        for (Marker k : s.markers()) {
            Dimension2D wh = pen.size(k.name(), pen.font());
            out.add(new Label(placer.place(k.name(), wh.getWidth(), wh.getHeight(), LabelPlacer.around(
                    v.screenX(k.design().e()), v.screenY(k.design().n()), 7, wh.getWidth(), wh.getHeight()), MARKER),
                    SketchTheme::ink, false, 0));
        }
        landmarks(v, pen, s, m, placer, out);
        return out;
    }

    private static void obstacles(Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at, SketchResult outcome,
            Messages m, LabelPlacer placer) {
        double r = s.agreedLine().isPresent() ? 7 : 5;
        for (Corner c : s.corners()) {
            PlanePoint p = at.get(c.id());
            placer.obstacle(new Rectangle2D(v.screenX(p.e()) - r - 1, v.screenY(p.n()) - r - 1, 2 * r + 2, 2 * r + 2));
        }
        for (Marker k : s.markers()) {
            placer.obstacle(new Rectangle2D(v.screenX(k.design().e()) - 6, v.screenY(k.design().n()) - 6, 12, 12));
        }
        for (Landmark l : s.landmarks()) {
            if (!l.kind().linear() && l.kind() != LandmarkKind.BUILDING) {
                PlanePoint p = l.points().get(0);
                placer.obstacle(new Rectangle2D(v.screenX(p.e()) - 11, v.screenY(p.n()) - 11, 22, 22));
            }
        }
        Rectangle2D north = north(v, pen, m);
        placer.obstacle(north);
        placer.obstacle(MapFurniture.barBox(v));
        placer.obstacle(Legend.box(v, pen));
        for (ValidationLayer.Banner b : ValidationLayer.banners(outcome, m, v, pen, north)) {
            placer.obstacle(b.box());
        }
    }

    /** The drawn lines labels keep off: the landmarks' lines, the parcel, the claims, the agreed line, the cut. */
    private void lines(Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at, LabelPlacer placer) {
        double line = pen.theme().line();
        for (Landmark l : s.landmarks()) {
            double half = switch (l.kind()) {
                case ROAD -> ROAD_HALF_WIDTH;
                case CANAL -> 1.5;
                case BUILDING -> 0.75;
                default -> -1;
            };
            if (half >= 0) {
                polyline(v, placer, l.points(), l.kind() == LandmarkKind.BUILDING, half);
            }
        }
        s.parcels().forEach(p -> polyline(v, placer, ring(p.ring(), at), true, line / 2));
        s.claims().forEach(c -> polyline(v, placer, ring(c.ring(), at), true, line / 2));
        s.agreedLine().ifPresent(a -> polyline(v, placer, ring(a.ring(), at), true, line * 0.8));
        for (Division d : cuts()) {
            for (var cut : d.cuts()) {
                for (int k = 0; k < cut.line().getNumGeometries(); k++) {
                    polyline(v, placer, SketchDrawing.points(cut.line().getGeometryN(k).getCoordinates()), false,
                            (line + 1) / 2);
                }
            }
        }
    }

    private static void polyline(Viewport v, LabelPlacer placer, List<PlanePoint> pts, boolean closed, double half) {
        int n = pts.size();
        for (int i = 0; i + 1 < n || closed && i < n && n > 2; i++) {
            PlanePoint a = pts.get(i);
            PlanePoint b = pts.get((i + 1) % n);
            placer.line(new LabelPlacer.Line(v.screenX(a.e()), v.screenY(a.n()), v.screenX(b.e()), v.screenY(b.n()), half));
        }
    }

    private static List<PlanePoint> ring(List<String> ids, Map<String, PlanePoint> at) {
        return ids.stream().map(at::get).toList();
    }

    /** The four boundaries where the sketch has always had them: north and south centred, east and west on end. */
    private static void boundaries(Viewport v, Pen pen, SiteSketch s, Messages m, LabelPlacer placer, List<Label> out) {
        List<String> t = SurroundingsText.boundaryTexts(s.fourBoundaries(), m);
        double inset = pen.font().getSize() * 1.2;
        Point2D[] centres = {new Point2D(v.width() / 2, inset), new Point2D(v.width() - inset, v.height() / 2),
            new Point2D(v.width() / 2, v.height() - inset), new Point2D(inset, v.height() / 2)};
        double[] turns = {0, 90, 0, -90};
        for (int i = 0; i < 4; i++) {
            if (t.get(i).isEmpty()) {
                continue;
            }
            Dimension2D wh = pen.size(t.get(i), pen.font());
            boolean onEnd = turns[i] != 0;
            out.add(new Label(placer.fixed(t.get(i), centres[i], onEnd ? wh.getHeight() : wh.getWidth(),
                    onEnd ? wh.getWidth() : wh.getHeight(), BOUNDARY), SketchTheme::ink, false, turns[i]));
        }
    }

    private List<Division> cuts() {
        List<Division> cuts = new ArrayList<>();
        StakeoutViewModel.cut(model).ifPresent(cuts::add);
        if (division.previewProperty().get() != null) {
            cuts.add(division.previewProperty().get());
        }
        return cuts;
    }

    /** The parts' areas and the area between the claims, each about the inside of its own area. */
    private void areas(Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at, Messages m, LabelPlacer placer,
            List<Label> out) {
        for (Division d : cuts()) {
            for (int i = 0; i < d.parts().size(); i++) {
                Geometry part = d.parts().get(i).geometry();
                String label = m.get("sketch.division.part", i + 1, d.parts().get(i).areaM2(), d.parts().get(i).mu());
                for (int k = 0; k < part.getNumGeometries(); k++) {
                    area(v, pen, placer, out, label, part.getGeometryN(k), 18);
                }
            }
        }
        between(s, at).ifPresent(between -> {
            double m2 = between.getArea();
            area(v, pen, placer, out, m.get("sketch.claims.between", m2, m2 * 15 / 10_000), between.getGeometryN(0), 0);
        });
    }

    /** The area between the two claims (their symmetric difference), if both are drawn and valid. */
    static Optional<Geometry> between(SiteSketch s, Map<String, PlanePoint> at) {
        Optional<Claim> a = s.claim(Party.A);
        Optional<Claim> b = s.claim(Party.B);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        try {
            Geometry between = ParcelGeometry.polygon(a.get().ring(), at)
                    .symDifference(ParcelGeometry.polygon(b.get().ring(), at));
            return between.isEmpty() ? Optional.empty() : Optional.of(between);
        } catch (RuntimeException invalid) {
            return Optional.empty(); // a crossing claim: the validation layer says so; nothing hatched, nothing labelled
        }
    }

    /**
     * An area's label: first where it has always been (the piece's interior point, {@code below} px
     * lower), then at points inside the piece nearer that point first.
     */
    private static void area(Viewport v, Pen pen, LabelPlacer placer, List<Label> out, String label, Geometry piece,
            double below) {
        Dimension2D wh = pen.size(label, pen.small());
        Coordinate c = piece.getInteriorPoint().getCoordinate();
        Point2D first = new Point2D(v.screenX(c.x), v.screenY(c.y) + below);
        List<Point2D> candidates = new ArrayList<>();
        candidates.add(first);
        var box = piece.getEnvelopeInternal();
        int n = 14;
        List<Point2D> inside = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double e = box.getMinX() + box.getWidth() * i / n;
                double no = box.getMinY() + box.getHeight() * j / n;
                if (piece.contains(FACTORY.createPoint(new Coordinate(e, no)))) {
                    inside.add(new Point2D(v.screenX(e), v.screenY(no)));
                }
            }
        }
        inside.sort(Comparator.comparingDouble(p -> p.distance(first)));
        candidates.addAll(inside);
        out.add(new Label(placer.place(label, wh.getWidth(), wh.getHeight(), candidates, AREA), SketchTheme::ink, true, 0));
    }

    /** Tape lengths outside the parcel: pushed away from the centre, square off the side, further out when taken. */
    private static void tapes(Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at, SketchResult outcome,
            Messages m, LabelPlacer placer, List<Label> out) {
        double ce = 0;
        double cn = 0;
        for (PlanePoint p : at.values()) {
            ce += p.e();
            cn += p.n();
        }
        ce /= Math.max(1, at.size());
        cn /= Math.max(1, at.size());
        List<String> ring = s.parcels().isEmpty() ? List.of() : s.parcels().get(0).ring();
        List<Tape> tapes = new ArrayList<>(s.tapes());
        // the sides first: their labels belong right outside them; diagonals take what is left
        tapes.sort(Comparator.comparing(t -> !side(ring, t)));
        Font font = pen.font();
        for (Tape t : tapes) {
            PlanePoint a = at.get(t.from());
            PlanePoint b = at.get(t.to());
            SketchResult.TapeFit check = outcome == null ? null : outcome.tape(t.id()).orElse(null);
            boolean slip = check != null && check.rejected();
            double ax = v.screenX(a.e());
            double ay = v.screenY(a.n());
            double bx = v.screenX(b.e());
            double by = v.screenY(b.n());
            double mx = (ax + bx) / 2;
            double my = (ay + by) / 2;
            double len = Math.max(1e-9, Math.hypot(bx - ax, by - ay));
            double nx = -(by - ay) / len;
            double ny = (bx - ax) / len;
            double cx = v.screenX(ce);
            double cy = v.screenY(cn);
            if ((mx - cx) * nx + (my - cy) * ny < 0) {
                nx = -nx;
                ny = -ny;
            }
            String label = slip && check.suggestion().isPresent()
                    ? m.get("sketch.tape.slip", t.typed(), check.suggestion().getAsDouble())
                    : m.get("sketch.tape.label", t.typed());
            Dimension2D wh = pen.size(label, font);
            double w = wh.getWidth();
            double h = wh.getHeight();
            // far enough that the box clears the line whatever the side's direction
            double d = Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2 + 4;
            List<Point2D> candidates = new ArrayList<>();
            if (!side(ring, t)) {
                // a diagonal's length on its own dashed line, as on a paper sketch, where that is free
                for (double off : new double[] {0, 0.6, -0.6}) {
                    for (double along : new double[] {0, -0.08, 0.08, -0.16, 0.16, -0.24, 0.24, -0.32, 0.32, -0.4, 0.4}) {
                        candidates.add(new Point2D(mx + (bx - ax) * along + nx * d * off, my + (by - ay) * along + ny * d * off));
                    }
                }
            }
            for (double along : new double[] {0, -0.22, 0.22, -0.36, 0.36}) {
                for (double out1 : new double[] {1, 2, 3.2}) {
                    candidates.add(new Point2D(mx + (bx - ax) * along + nx * d * out1, my + (by - ay) * along + ny * d * out1));
                }
            }
            for (double along : new double[] {0, -0.22, 0.22, -0.36, 0.36}) {
                for (double in : new double[] {1, 2}) {
                    candidates.add(new Point2D(mx + (bx - ax) * along - nx * d * in, my + (by - ay) * along - ny * d * in));
                }
            }
            // when all those are taken or on a line (diagonals cross the cut and the claims): anywhere beside it
            for (double off : new double[] {1, -1, 1.6, -1.6, 2.5, -2.5}) {
                for (double along : new double[] {-0.1, 0.1, -0.3, 0.3, -0.44, 0.44}) {
                    candidates.add(new Point2D(mx + (bx - ax) * along + nx * d * off, my + (by - ay) * along + ny * d * off));
                }
            }
            boolean warn = check != null && Math.abs(check.w()) > 3.29;
            out.add(new Label(placer.place(label, w, h, candidates, TAPE),
                    th -> slip ? th.bad() : warn ? th.warn() : th.ink(), false, 0));
        }
    }

    private static boolean side(List<String> ring, Tape t) {
        int i = ring.indexOf(t.from());
        int j = ring.indexOf(t.to());
        return i >= 0 && j >= 0 && (Math.abs(i - j) == 1 || Math.abs(i - j) == ring.size() - 1);
    }

    /** A landmark's name: right of its symbol, or beside its line (below first), about the middle first. */
    private static void landmarks(Viewport v, Pen pen, SiteSketch s, Messages m, LabelPlacer placer, List<Label> out) {
        for (Landmark l : s.landmarks()) {
            String label = SurroundingsText.label(l, m);
            Dimension2D wh = pen.size(label, pen.small());
            double w = wh.getWidth();
            double h = wh.getHeight();
            List<Point2D> candidates = new ArrayList<>();
            List<PlanePoint> pts = l.points();
            if (pts.size() == 1) {
                double x = v.screenX(pts.get(0).e());
                double y = v.screenY(pts.get(0).n());
                candidates.add(new Point2D(x + 14 + w / 2, y));
                candidates.addAll(LabelPlacer.around(x, y, 11, w, h));
            } else {
                double half = l.kind() == LandmarkKind.ROAD ? ROAD_HALF_WIDTH : 2;
                for (double f : new double[] {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86}) {
                    alongLine(v, pts, f, w, h, half, candidates);
                }
            }
            out.add(new Label(placer.place(label, w, h, candidates, LANDMARK), SketchTheme::ink, true, 0));
        }
    }

    /** Centres beside a polyline at a fraction of its length, below (or right of) it first, then above. */
    private static void alongLine(Viewport v, List<PlanePoint> pts, double fraction, double w, double h, double half,
            List<Point2D> candidates) {
        double total = 0;
        for (int i = 0; i + 1 < pts.size(); i++) {
            total += Math.hypot(v.screenX(pts.get(i + 1).e()) - v.screenX(pts.get(i).e()),
                    v.screenY(pts.get(i + 1).n()) - v.screenY(pts.get(i).n()));
        }
        double want = total * fraction;
        for (int i = 0; i + 1 < pts.size(); i++) {
            double ax = v.screenX(pts.get(i).e());
            double ay = v.screenY(pts.get(i).n());
            double bx = v.screenX(pts.get(i + 1).e());
            double by = v.screenY(pts.get(i + 1).n());
            double len = Math.hypot(bx - ax, by - ay);
            if (want <= len || i + 2 == pts.size()) {
                double t = len == 0 ? 0 : Math.min(1, want / len);
                double x = ax + (bx - ax) * t;
                double y = ay + (by - ay) * t;
                double nx = len == 0 ? 0 : -(by - ay) / len;
                double ny = len == 0 ? 1 : (bx - ax) / len;
                if (ny < 0 || ny == 0 && nx < 0) {
                    nx = -nx;
                    ny = -ny;
                }
                double d = half + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2 + 3;
                candidates.add(new Point2D(x + nx * d, y + ny * d));
                candidates.add(new Point2D(x - nx * d, y - ny * d));
                return;
            }
            want -= len;
        }
    }
}
