package org.lastmile.ui.sketch.field;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.Viewport;

/**
 * Draws the landmarks with the symbols and colours of the exported sketch ({@code
 * org.lastmile.sketch.SketchLayout}: road a broad grey line, canal dashed blue, building a grey
 * outline, tree a green ring with a dot, well a blue ring, water source a blue disc), each
 * labelled by its name or else its kind, and the four boundaries (四至) at the canvas's sides
 * with the same words as the export ("北至 …").
 */
public final class SurroundingsLayer implements Layer {

    private final Supplier<SiteSketch> sketch;
    private final Supplier<Messages> text;

    public SurroundingsLayer(Supplier<SiteSketch> sketch, Supplier<Messages> text) {
        this.sketch = sketch;
        this.text = text;
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SiteSketch s = sketch.get();
        Messages m = text.get();
        for (Landmark l : s.landmarks()) {
            landmark(g, v, pen, l, m);
        }
        boundaries(g, v, pen, s.fourBoundaries(), m);
    }

    /** The label the export writes for a landmark: its name, or else its kind. */
    public static String label(Landmark l, Messages m) {
        return l.label().isEmpty() ? m.get(l.kind().messageKey()) : l.label();
    }

    /** The four boundaries as the export words them, north, east, south, west; empty sides left out as "". */
    public static List<String> boundaryTexts(FourBoundaries f, Messages m) {
        return List.of(f.north().isEmpty() ? "" : m.get("sketch.layout.toNorth", f.north()),
                f.east().isEmpty() ? "" : m.get("sketch.layout.toEast", f.east()),
                f.south().isEmpty() ? "" : m.get("sketch.layout.toSouth", f.south()),
                f.west().isEmpty() ? "" : m.get("sketch.layout.toWest", f.west()));
    }

    private static void landmark(GraphicsContext g, Viewport v, Pen pen, Landmark l, Messages m) {
        List<PlanePoint> pts = l.points();
        double[] xs = pts.stream().mapToDouble(p -> v.screenX(p.e())).toArray();
        double[] ys = pts.stream().mapToDouble(p -> v.screenY(p.n())).toArray();
        Color blue = Color.web("#3070b0");
        switch (l.kind()) {
            case ROAD -> {
                pen.stroke(g, Color.web("#909090"), 10);
                g.strokePolyline(xs, ys, xs.length);
            }
            case CANAL -> {
                pen.stroke(g, blue, 3, 14, 5);
                g.strokePolyline(xs, ys, xs.length);
            }
            case BUILDING -> {
                g.setFill(Color.web("#e0e0e0"));
                g.fillPolygon(xs, ys, xs.length);
                pen.stroke(g, pen.theme().ink(), 1.5);
                g.strokePolygon(xs, ys, xs.length);
            }
            case TREE -> {
                pen.stroke(g, Color.web("#2f7d32"), 2.5);
                g.strokeOval(xs[0] - 9, ys[0] - 9, 18, 18);
                g.setFill(Color.web("#2f7d32"));
                g.fillOval(xs[0] - 2.5, ys[0] - 2.5, 5, 5);
            }
            case WELL -> {
                g.setFill(Color.WHITE);
                g.fillOval(xs[0] - 7, ys[0] - 7, 14, 14);
                pen.stroke(g, blue, 3);
                g.strokeOval(xs[0] - 7, ys[0] - 7, 14, 14);
            }
            case WATER_SOURCE -> {
                g.setFill(Color.web("#9cc3e8"));
                g.fillOval(xs[0] - 7, ys[0] - 7, 14, 14);
                pen.stroke(g, blue, 2);
                g.strokeOval(xs[0] - 7, ys[0] - 7, 14, 14);
            }
        }
        String label = label(l, m);
        if (xs.length > 1) {
            int last = xs.length - 1;
            pen.label(g, label, (xs[0] + xs[last]) / 2, (ys[0] + ys[last]) / 2 + 18, pen.theme().ink(), pen.small());
        } else {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(label);
            measure.setFont(pen.small());
            double w = measure.getLayoutBounds().getWidth();
            pen.label(g, label, xs[0] + 14 + w / 2, ys[0], pen.theme().ink(), pen.small());
        }
    }

    private static void boundaries(GraphicsContext g, Viewport v, Pen pen, FourBoundaries f, Messages m) {
        List<String> t = boundaryTexts(f, m);
        double inset = pen.font().getSize() * 1.2;
        if (!t.get(0).isEmpty()) {
            pen.label(g, t.get(0), v.width() / 2, inset);
        }
        if (!t.get(2).isEmpty()) {
            pen.label(g, t.get(2), v.width() / 2, v.height() - inset);
        }
        rotated(g, pen, t.get(1), v.width() - inset, v.height() / 2, 90);
        rotated(g, pen, t.get(3), inset, v.height() / 2, -90);
    }

    private static void rotated(GraphicsContext g, Pen pen, String text, double x, double y, double degrees) {
        if (text.isEmpty()) {
            return;
        }
        g.save();
        g.translate(x, y);
        g.rotate(degrees);
        pen.label(g, text, 0, 0);
        g.restore();
    }
}
