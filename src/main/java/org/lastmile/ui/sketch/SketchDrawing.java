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
            pen.label(g, m.name(), x + 16, y - 14);
        }
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
        double ce = 0;
        double cn = 0;
        for (PlanePoint p : at.values()) {
            ce += p.e();
            cn += p.n();
        }
        ce /= Math.max(1, at.size());
        cn /= Math.max(1, at.size());
        for (Tape t : s.tapes()) {
            PlanePoint a = at.get(t.from());
            PlanePoint b = at.get(t.to());
            SketchResult.TapeFit check = outcome == null ? null : outcome.tape(t.id()).orElse(null);
            boolean slip = check != null && check.rejected();
            pen.stroke(g, slip ? pen.theme().bad() : pen.theme().grid().darker(), slip ? 3 : 1, 3, 4);
            g.strokeLine(v.screenX(a.e()), v.screenY(a.n()), v.screenX(b.e()), v.screenY(b.n()));
            // the label outside the parcel: pushed away from the centre, perpendicular to the side
            double mx = (a.e() + b.e()) / 2;
            double my = (a.n() + b.n()) / 2;
            double ux = mx - ce;
            double uy = my - cn;
            double len = Math.max(1e-9, Math.hypot(ux, uy));
            double x = v.screenX(mx) + ux / len * 20;
            double y = v.screenY(my) - uy / len * 20;
            String label = slip && check.suggestion().isPresent()
                    ? text.get().get("sketch.tape.slip", t.typed(), check.suggestion().getAsDouble())
                    : text.get().get("sketch.tape.label", t.typed());
            Color colour = slip ? pen.theme().bad()
                    : check != null && Math.abs(check.w()) > 3.29 ? pen.theme().warn() : pen.theme().ink();
            pen.label(g, label, x, y, colour, pen.font());
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
            g.setTextAlign(TextAlignment.CENTER);
            pen.label(g, c.name(), x - 14, y - 16);
        }
    }

    private static List<PlanePoint> points(Coordinate[] cs) {
        return java.util.Arrays.stream(cs).map(c -> new PlanePoint(c.x, c.y)).toList();
    }
}
