package org.lastmile.ui.sketch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.lastmile.domain.sketch.Claim;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Marker;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.division.Division;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.SketchTheme;
import org.lastmile.ui.sketch.canvas.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the sketch: the parcel, the claims (A red solid, B blue dashed, the area between them
 * hatched at 45°), the agreed line (black, heavier, with boundary-point circles), the division and
 * its cut, tape lengths outside the parcel (a flagged slip in red with its suggestion), the corners
 * and the markers. Positions are the adjusted ones once the adjustment has run.
 */
final class SketchDrawing implements Layer {

    private final SketchViewModel model;
    private final DivisionViewModel division;
    private final java.util.function.Supplier<org.lastmile.i18n.Messages> text;

    /** @param text the messages of the current language */
    SketchDrawing(SketchViewModel model, DivisionViewModel division, java.util.function.Supplier<org.lastmile.i18n.Messages> text) {
        this.model = model;
        this.division = division;
        this.text = text;
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SiteSketch s = model.current();
        SketchResult outcome = model.outcomeProperty().get();
        Map<String, PlanePoint> at = outcome != null && outcome.positions().keySet().containsAll(
                s.corners().stream().map(Corner::id).toList()) ? outcome.positions() : positions(s);
        for (Parcel p : s.parcels()) {
            fill(g, v, ring(p.ring(), at), pen.theme().parcelFill());
        }
        drawDivision(g, v, pen, StakeoutViewModel.cut(model), true);
        if (division.previewProperty().get() != null) {
            drawDivision(g, v, pen, Optional.of(division.previewProperty().get()), false);
        }
        hatchBetweenClaims(g, v, pen, s, at);
        for (Claim c : s.claims()) {
            boolean a = c.party() == Party.A;
            pen.stroke(g, a ? pen.theme().claimA() : pen.theme().claimB(), pen.theme().line(),
                    a ? new double[0] : new double[] {10, 6});
            polyline(g, v, ring(c.ring(), at), true);
        }
        s.agreedLine().ifPresent(line -> {
            pen.stroke(g, pen.theme().agreed(), pen.theme().line() * 1.6);
            polyline(g, v, ring(line.ring(), at), true);
        });
        drawTapes(g, v, pen, s, at, outcome);
        drawCorners(g, v, pen, s, at);
        for (Marker m : s.markers()) {
            double x = v.screenX(m.design().e());
            double y = v.screenY(m.design().n());
            g.setFill(pen.theme().ink());
            g.fillRect(x - 5, y - 5, 10, 10);
        }
        for (Label l : labels(v, pen.font(), pen.small())) {
            pen.label(g, l.placed().text(), l.placed().centre().getX(), l.placed().centre().getY(),
                    l.colour().apply(pen.theme()), l.small() ? pen.small() : pen.font());
        }
    }

    /** A label laid out by {@link LabelPlacer}, with its colour from the theme. */
    record Label(LabelPlacer.Placed placed, java.util.function.Function<org.lastmile.ui.sketch.canvas.SketchTheme, Color> colour,
            boolean small) {
    }

    /** Kinds of label, for tests. */
    static final int CORNER = 0;
    static final int TAPE = 1;
    static final int MARKER = 2;
    static final int AREA = 3;

    /**
     * Where every label goes at this view: corner names beside their circles, tape lengths outside
     * their side, marker names, the area between the claims and of the parts, none over another
     * or over a corner circle.
     */
    List<Label> labels(Viewport v, javafx.scene.text.Font font, javafx.scene.text.Font small) {
        SiteSketch s = model.current();
        SketchResult outcome = model.outcomeProperty().get();
        Map<String, PlanePoint> at = outcome != null && outcome.positions().keySet().containsAll(
                s.corners().stream().map(Corner::id).toList()) ? outcome.positions() : positions(s);
        LabelPlacer placer = new LabelPlacer();
        List<Label> out = new java.util.ArrayList<>();
        double r = s.agreedLine().isPresent() ? 7 : 5;
        for (Corner c : s.corners()) {
            PlanePoint p = at.get(c.id());
            placer.obstacle(new javafx.geometry.Rectangle2D(v.screenX(p.e()) - r - 1, v.screenY(p.n()) - r - 1,
                    2 * r + 2, 2 * r + 2));
        }
        for (Marker m : s.markers()) {
            placer.obstacle(new javafx.geometry.Rectangle2D(v.screenX(m.design().e()) - 6, v.screenY(m.design().n()) - 6,
                    12, 12));
        }
        areaLabelsAsObstacles(v, small, s, at, placer);
        for (Corner c : s.corners()) {
            PlanePoint p = at.get(c.id());
            double[] wh = size(c.name(), font);
            out.add(new Label(placer.place(c.name(), wh[0], wh[1],
                    LabelPlacer.around(v.screenX(p.e()), v.screenY(p.n()), r + 2, wh[0], wh[1]), CORNER),
                    SketchTheme::ink, false));
        }
        tapeLabels(v, font, s, at, outcome, placer, out);
        for (Marker m : s.markers()) {
            double[] wh = size(m.name(), font);
            out.add(new Label(placer.place(m.name(), wh[0], wh[1], LabelPlacer.around(v.screenX(m.design().e()),
                    v.screenY(m.design().n()), 7, wh[0], wh[1]), MARKER), SketchTheme::ink, false));
        }
        return out;
    }

    /** The part and between-the-claims labels stay where they are drawn; the others keep clear of them. */
    private void areaLabelsAsObstacles(Viewport v, javafx.scene.text.Font small, SiteSketch s, Map<String, PlanePoint> at,
            LabelPlacer placer) {
        List<Division> cuts = new java.util.ArrayList<>();
        StakeoutViewModel.cut(model).ifPresent(cuts::add);
        if (division.previewProperty().get() != null) {
            cuts.add(division.previewProperty().get());
        }
        for (Division d : cuts) {
            for (int i = 0; i < d.parts().size(); i++) {
                Geometry part = d.parts().get(i).geometry();
                String label = text.get().get("sketch.division.part", i + 1, d.parts().get(i).areaM2(),
                        d.parts().get(i).mu());
                for (int k = 0; k < part.getNumGeometries(); k++) {
                    Coordinate c = part.getGeometryN(k).getInteriorPoint().getCoordinate();
                    obstacle(placer, label, small, v.screenX(c.x), v.screenY(c.y) + 18);
                }
            }
        }
        Optional<Claim> a = s.claim(Party.A);
        Optional<Claim> b = s.claim(Party.B);
        if (a.isPresent() && b.isPresent()) {
            try {
                Geometry between = ParcelGeometry.polygon(a.get().ring(), at)
                        .symDifference(ParcelGeometry.polygon(b.get().ring(), at));
                if (!between.isEmpty()) {
                    Coordinate c = between.getGeometryN(0).getInteriorPoint().getCoordinate();
                    double m2 = between.getArea();
                    obstacle(placer, text.get().get("sketch.claims.between", m2, m2 * 15 / 10_000), small,
                            v.screenX(c.x), v.screenY(c.y));
                }
            } catch (RuntimeException invalid) {
                // a crossing claim: nothing hatched, nothing labelled
            }
        }
    }

    private static void obstacle(LabelPlacer placer, String label, javafx.scene.text.Font font, double x, double y) {
        double[] wh = size(label, font);
        placer.obstacle(new javafx.geometry.Rectangle2D(x - wh[0] / 2, y - wh[1] / 2, wh[0], wh[1]));
    }

    private static double[] size(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        return new double[] {probe.getLayoutBounds().getWidth(), probe.getLayoutBounds().getHeight()};
    }

    private static Map<String, PlanePoint> positions(SiteSketch s) {
        Map<String, PlanePoint> m = new java.util.HashMap<>();
        s.corners().forEach(c -> m.put(c.id(), c.position()));
        return m;
    }

    private static List<PlanePoint> ring(List<String> ids, Map<String, PlanePoint> at) {
        return ids.stream().map(at::get).toList();
    }

    private static void polyline(GraphicsContext g, Viewport v, List<PlanePoint> pts, boolean closed) {
        g.beginPath();
        for (int i = 0; i < pts.size(); i++) {
            double x = v.screenX(pts.get(i).e());
            double y = v.screenY(pts.get(i).n());
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        if (closed) {
            g.closePath();
        }
        g.stroke();
    }

    private static void fill(GraphicsContext g, Viewport v, List<PlanePoint> pts, Color colour) {
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = v.screenX(pts.get(i).e());
            ys[i] = v.screenY(pts.get(i).n());
        }
        g.setFill(colour);
        g.fillPolygon(xs, ys, pts.size());
    }

    private void drawDivision(GraphicsContext g, Viewport v, Pen pen, Optional<Division> d, boolean recorded) {
        if (d.isEmpty()) {
            return;
        }
        List<Party> parties = model.current().divisionOf().map(x -> x.parties()).orElse(List.of());
        for (int i = 0; i < d.get().parts().size(); i++) {
            Geometry part = d.get().parts().get(i).geometry();
            Party party = recorded && i < parties.size() ? parties.get(i) : null;
            Color colour = party == Party.A ? pen.theme().claimA() : party == Party.B ? pen.theme().claimB()
                    : pen.theme().selection();
            for (int k = 0; k < part.getNumGeometries(); k++) {
                Geometry piece = part.getGeometryN(k);
                fill(g, v, points(((Polygon) piece).getExteriorRing().getCoordinates()), Color.color(colour.getRed(),
                        colour.getGreen(), colour.getBlue(), 0.16));
                Coordinate c = piece.getInteriorPoint().getCoordinate();
                String label = text.get().get("sketch.division.part", i + 1, d.get().parts().get(i).areaM2(),
                        d.get().parts().get(i).mu());
                pen.label(g, label, v.screenX(c.x), v.screenY(c.y) + 18, pen.theme().ink(), pen.small());
            }
        }
        pen.stroke(g, pen.theme().selection(), pen.theme().line() + 1, recorded ? new double[0] : new double[] {4, 4});
        for (var cut : d.get().cuts()) {
            for (int k = 0; k < cut.line().getNumGeometries(); k++) {
                polyline(g, v, points(cut.line().getGeometryN(k).getCoordinates()), false);
            }
        }
    }

    private void hatchBetweenClaims(GraphicsContext g, Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at) {
        Optional<Claim> a = s.claim(Party.A);
        Optional<Claim> b = s.claim(Party.B);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        try {
            Geometry between = ParcelGeometry.polygon(a.get().ring(), at)
                    .symDifference(ParcelGeometry.polygon(b.get().ring(), at));
            if (between.isEmpty()) {
                return;
            }
            for (int k = 0; k < between.getNumGeometries(); k++) {
                Polygon piece = (Polygon) between.getGeometryN(k);
                List<PlanePoint> pts = points(piece.getExteriorRing().getCoordinates());
                g.save();
                g.beginPath();
                for (int i = 0; i < pts.size(); i++) {
                    double x = v.screenX(pts.get(i).e());
                    double y = v.screenY(pts.get(i).n());
                    if (i == 0) {
                        g.moveTo(x, y);
                    } else {
                        g.lineTo(x, y);
                    }
                }
                g.closePath();
                g.clip();
                pen.stroke(g, pen.theme().hatch(), 1.2);
                for (double d = -v.height(); d < v.width(); d += 9) {
                    g.strokeLine(d, v.height(), d + v.height(), 0);
                }
                g.restore();
            }
            Coordinate c = between.getGeometryN(0).getInteriorPoint().getCoordinate();
            double m2 = between.getArea();
            pen.label(g, text.get().get("sketch.claims.between", m2, m2 * 15 / 10_000), v.screenX(c.x),
                    v.screenY(c.y), pen.theme().ink(), pen.small());
        } catch (RuntimeException invalid) {
            // a crossing claim ring: the validation layer says so; nothing to hatch
        }
    }

    private void drawTapes(GraphicsContext g, Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at,
            SketchResult outcome) {
        for (Tape t : s.tapes()) {
            PlanePoint a = at.get(t.from());
            PlanePoint b = at.get(t.to());
            SketchResult.TapeFit check = outcome == null ? null : outcome.tape(t.id()).orElse(null);
            boolean slip = check != null && check.rejected();
            pen.stroke(g, slip ? pen.theme().bad() : pen.theme().grid().darker(), slip ? 3 : 1, 3, 4);
            g.strokeLine(v.screenX(a.e()), v.screenY(a.n()), v.screenX(b.e()), v.screenY(b.n()));
        }
    }

    /** Tape lengths outside the parcel: pushed away from the centre, square off the side, further out when taken. */
    private void tapeLabels(Viewport v, javafx.scene.text.Font font, SiteSketch s, Map<String, PlanePoint> at,
            SketchResult outcome, LabelPlacer placer, List<Label> out) {
        double ce = 0;
        double cn = 0;
        for (PlanePoint p : at.values()) {
            ce += p.e();
            cn += p.n();
        }
        ce /= Math.max(1, at.size());
        cn /= Math.max(1, at.size());
        List<String> ring = s.parcels().isEmpty() ? List.of() : s.parcels().get(0).ring();
        List<Tape> tapes = new java.util.ArrayList<>(s.tapes());
        // the sides first: their labels belong right outside them; diagonals take what is left
        tapes.sort(java.util.Comparator.comparing(t -> !side(ring, t)));
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
                    ? text.get().get("sketch.tape.slip", t.typed(), check.suggestion().getAsDouble())
                    : text.get().get("sketch.tape.label", t.typed());
            double[] wh = size(label, font);
            List<javafx.geometry.Point2D> candidates = new java.util.ArrayList<>();
            for (double along : new double[] {0, -0.22, 0.22, -0.36, 0.36}) {
                for (double out1 : new double[] {1, 2, 3.2}) {
                    // far enough that the box clears the line whatever the side's direction
                    double d = out1 * (Math.abs(nx) * wh[0] / 2 + Math.abs(ny) * wh[1] / 2 + 4);
                    candidates.add(new javafx.geometry.Point2D(mx + (bx - ax) * along + nx * d,
                            my + (by - ay) * along + ny * d));
                }
            }
            for (double along : new double[] {0, -0.22, 0.22}) {
                double d = Math.abs(nx) * wh[0] / 2 + Math.abs(ny) * wh[1] / 2 + 4;
                candidates.add(new javafx.geometry.Point2D(mx + (bx - ax) * along - nx * d, my + (by - ay) * along - ny * d));
            }
            boolean warn = check != null && Math.abs(check.w()) > 3.29;
            out.add(new Label(placer.place(label, wh[0], wh[1], candidates, TAPE),
                    th -> slip ? th.bad() : warn ? th.warn() : th.ink(), false));
        }
    }

    private static boolean side(List<String> ring, Tape t) {
        int i = ring.indexOf(t.from());
        int j = ring.indexOf(t.to());
        return i >= 0 && j >= 0 && (Math.abs(i - j) == 1 || Math.abs(i - j) == ring.size() - 1);
    }

    private static void drawCorners(GraphicsContext g, Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at) {
        boolean agreed = s.agreedLine().isPresent();
        for (Corner c : s.corners()) {
            PlanePoint p = at.get(c.id());
            double x = v.screenX(p.e());
            double y = v.screenY(p.n());
            double r = agreed ? 7 : 5;
            g.setFill(pen.theme().background());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(pen.theme().ink());
            g.setLineWidth(2);
            g.setLineDashes();
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static List<PlanePoint> points(Coordinate[] cs) {
        return java.util.Arrays.stream(cs).map(c -> new PlanePoint(c.x, c.y)).toList();
    }
}
