package org.lastmile.ui.sketch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
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
 * its cut, the tapes (a flagged slip red and heavier), the corners and the markers, and over them
 * every label where {@link SiteLabels} lays it out (tape lengths outside the parcel, a slip in red
 * with its suggestion). Positions are the adjusted ones once the adjustment has run.
 */
final class SketchDrawing implements Layer {

    private final SketchViewModel model;
    private final DivisionViewModel division;
    private final SiteLabels labels;

    /** @param text the messages of the current language */
    SketchDrawing(SketchViewModel model, DivisionViewModel division, java.util.function.Supplier<org.lastmile.i18n.Messages> text) {
        this.model = model;
        this.division = division;
        this.labels = new SiteLabels(model, division, text);
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SiteSketch s = model.current();
        SketchResult outcome = model.outcomeProperty().get();
        Map<String, PlanePoint> at = positions(s, outcome);
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
        for (SiteLabels.Label l : labels.labels(v, pen)) {
            Point2D c = l.placed().centre();
            Color colour = l.colour().apply(pen.theme());
            Font face = l.small() ? pen.small() : pen.font();
            if (l.degrees() == 0) {
                pen.label(g, l.placed().text(), c.getX(), c.getY(), colour, face);
            } else {
                g.save();
                g.translate(c.getX(), c.getY());
                g.rotate(l.degrees());
                pen.label(g, l.placed().text(), 0, 0, colour, face);
                g.restore();
            }
        }
    }

    /** Every label at this view, where it is drawn (for tests). */
    List<SiteLabels.Label> labels(Viewport v, Pen pen) {
        return labels.labels(v, pen);
    }

    /** The adjusted positions once the adjustment has run for every corner, the entered ones before. */
    static Map<String, PlanePoint> positions(SiteSketch s, SketchResult outcome) {
        return outcome != null && outcome.positions().keySet().containsAll(s.corners().stream().map(Corner::id).toList())
                ? outcome.positions() : positions(s);
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
        path(g, v, pts);
        if (closed) {
            g.closePath();
        }
        g.stroke();
    }

    /** Begins a path through {@code pts} on screen, left open for the caller to close, stroke or clip. */
    private static void path(GraphicsContext g, Viewport v, List<PlanePoint> pts) {
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
            }
        }
        pen.stroke(g, pen.theme().selection(), pen.theme().line() + 1, recorded ? new double[0] : new double[] {4, 4});
        for (var cut : d.get().cuts()) {
            for (int k = 0; k < cut.line().getNumGeometries(); k++) {
                polyline(g, v, points(cut.line().getGeometryN(k).getCoordinates()), false);
            }
        }
    }

    private static void hatchBetweenClaims(GraphicsContext g, Viewport v, Pen pen, SiteSketch s,
            Map<String, PlanePoint> at) {
        Optional<Geometry> between = SiteLabels.between(s, at);
        if (between.isEmpty()) {
            return;
        }
        for (int k = 0; k < between.get().getNumGeometries(); k++) {
            Polygon piece = (Polygon) between.get().getGeometryN(k);
            List<PlanePoint> pts = points(piece.getExteriorRing().getCoordinates());
            g.save();
            path(g, v, pts);
            g.closePath();
            g.clip();
            pen.stroke(g, pen.theme().hatch(), 1.2);
            for (double d = -v.height(); d < v.width(); d += 9) {
                g.strokeLine(d, v.height(), d + v.height(), 0);
            }
            g.restore();
        }
    }

    /** The tapes dashed: the good ones as one path (one shape for the renderer, not 59), the slips red and heavier over them. */
    private static void drawTapes(GraphicsContext g, Viewport v, Pen pen, SiteSketch s, Map<String, PlanePoint> at,
            SketchResult outcome) {
        for (boolean slips : new boolean[] {false, true}) {
            g.beginPath();
            for (Tape t : s.tapes()) {
                SketchResult.TapeFit check = outcome == null ? null : outcome.tape(t.id()).orElse(null);
                if ((check != null && check.rejected()) == slips) {
                    PlanePoint a = at.get(t.from());
                    PlanePoint b = at.get(t.to());
                    g.moveTo(v.screenX(a.e()), v.screenY(a.n()));
                    g.lineTo(v.screenX(b.e()), v.screenY(b.n()));
                }
            }
            pen.stroke(g, slips ? pen.theme().bad() : pen.theme().grid().darker(), slips ? 3 : 1, 3, 4);
            g.stroke();
        }
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

    static List<PlanePoint> points(Coordinate[] cs) {
        return java.util.Arrays.stream(cs).map(c -> new PlanePoint(c.x, c.y)).toList();
    }
}
