package org.lastmile.ui.sketch;

import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.lastmile.domain.sketch.RingProblem;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.Viewport;

/**
 * JTS validation drawn on the canvas: every line that is no valid polygon gets a red ring with a
 * cross where it crosses (or touches) itself, and its one-line message in the current language
 * stands in a banner at the top of the canvas, so the officer sees the place and the reason
 * together; the status bar says the same and gives no area for it.
 */
final class ValidationLayer implements Layer {

    /** Radius of the ring around the crossing, px: bigger than a corner circle, so it is not taken for one. */
    static final double RING_PX = 16;

    private final Supplier<SketchResult> result;
    private final Supplier<Messages> text;

    ValidationLayer(Supplier<SketchResult> result, Supplier<Messages> text) {
        this.result = result;
        this.text = text;
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SketchResult r = result.get();
        if (r == null || r.problems().isEmpty()) {
            return;
        }
        double y = pen.font().getSize() * 1.6 + 6;
        for (RingProblem p : r.problems()) {
            double x = v.screenX(p.at().e());
            double yy = v.screenY(p.at().n());
            pen.stroke(g, pen.theme().halo(), 7);
            g.strokeOval(x - RING_PX, yy - RING_PX, 2 * RING_PX, 2 * RING_PX);
            pen.stroke(g, pen.theme().bad(), 3.5);
            g.strokeOval(x - RING_PX, yy - RING_PX, 2 * RING_PX, 2 * RING_PX);
            g.strokeLine(x - 6, yy - 6, x + 6, yy + 6);
            g.strokeLine(x - 6, yy + 6, x + 6, yy - 6);
            banner(g, pen, text.get().get(p), y);
            y += pen.font().getSize() * 2;
        }
    }

    private static void banner(GraphicsContext g, Pen pen, String line, double y) {
        Text probe = new Text(line);
        probe.setFont(pen.font());
        double w = probe.getLayoutBounds().getWidth();
        double h = pen.font().getSize() * 1.7;
        g.setFill(pen.theme().halo());
        g.fillRect(8, y - h / 2, w + 16, h);
        pen.stroke(g, pen.theme().bad(), 2);
        g.strokeRect(8, y - h / 2, w + 16, h);
        g.setFont(pen.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(pen.theme().bad());
        g.fillText(line, 16, y);
    }
}
