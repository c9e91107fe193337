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
import org.lastmile.ui.sketch.SurroundingsText;
import org.lastmile.ui.sketch.canvas.Viewport;

/**
 * Draws the landmarks with the symbols and colours of the exported sketch ({@code
 * org.lastmile.sketch.SketchLayout}: road a broad grey line, canal dashed blue, building a grey
 * outline, tree a green ring with a dot, well a blue ring, water source a blue disc). Their labels
 * (name or else kind) and the four boundaries (四至, "北至 …") are laid out with the sketch's
 * other labels ({@code ui.sketch.SiteLabels}), so that none covers another.
 */
public final class SurroundingsLayer implements Layer {

    private final Supplier<SiteSketch> sketch;

    /** @param text not read any more: the labels are laid out and drawn with the sketch's others */
    public SurroundingsLayer(Supplier<SiteSketch> sketch, Supplier<Messages> text) {
        this.sketch = sketch;
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SiteSketch s = sketch.get();
        for (Landmark l : s.landmarks()) {
            landmark(g, v, pen, l);
        }
    }

    /** The label the export writes for a landmark: its name, or else its kind. */
    public static String label(Landmark l, Messages m) {
        return SurroundingsText.label(l, m);
    }

    /** The four boundaries as the export words them, north, east, south, west; empty sides left out as "". */
    public static List<String> boundaryTexts(FourBoundaries f, Messages m) {
        return SurroundingsText.boundaryTexts(f, m);
    }

    private static void landmark(GraphicsContext g, Viewport v, Pen pen, Landmark l) {
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
    }
}
