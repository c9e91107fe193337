package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.lastmile.domain.sketch.RingProblem;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Messages;
import org.lastmile.i18n.text.LineBreaks;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.Viewport;

/**
 * JTS validation drawn on the canvas: every line that is no valid polygon gets a red ring with a
 * cross where it crosses (or touches) itself, and its one-line message in the current language
 * stands in a banner at the top of the canvas, so the officer sees the place and the reason
 * together; the status bar says the same and gives no area for it. The banner keeps clear of the
 * north arrow: a long message (Tibetan ones are) is cut into lines instead of running under it.
 */
final class ValidationLayer implements Layer {

    /** Radius of the ring around the crossing, px: bigger than a corner circle, so it is not taken for one. */
    static final double RING_PX = 16;

    private static final double LEFT = 8;
    private static final double PAD = 8;
    /** Room kept between a banner and the north arrow, px. */
    static final double GAP = 8;

    private final Supplier<SketchResult> result;
    private final Supplier<Messages> text;

    ValidationLayer(Supplier<SketchResult> result, Supplier<Messages> text) {
        this.result = result;
        this.text = text;
    }

    /** A banner: its box and its text cut into lines that fit, px. */
    record Banner(Rectangle2D box, List<String> lines, double lineHeight) {
    }

    /**
     * Where the banners go: stacked at the top left, under the row of the north boundary's label,
     * never wider than the room left of the north arrow ({@code north}); a message longer than
     * that is cut into lines where a line may break (after a tsheg in Tibetan: {@link LineBreaks}).
     */
    static List<Banner> banners(Viewport v, Pen pen, List<String> messages, Rectangle2D north) {
        double size = pen.font().getSize();
        double lineHeight = size * 1.5;
        double maxText = Math.max(size * 4, north.getMinX() - GAP - LEFT - 2 * PAD);
        LineBreaks breaks = new LineBreaks();
        List<Banner> out = new ArrayList<>();
        double y = size * 2 + 6;
        for (String message : messages) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            double widest = 0;
            for (String piece : breaks.segments(message)) {
                String longer = line + piece;
                if (line.length() > 0 && pen.size(longer.stripTrailing(), pen.font()).getWidth() > maxText) {
                    lines.add(line.toString().stripTrailing());
                    widest = Math.max(widest, pen.size(lines.get(lines.size() - 1), pen.font()).getWidth());
                    line.setLength(0);
                    line.append(piece);
                } else {
                    line.append(piece);
                }
            }
            lines.add(line.toString().stripTrailing());
            widest = Math.max(widest, pen.size(lines.get(lines.size() - 1), pen.font()).getWidth());
            double h = lines.size() * lineHeight + size * 0.3;
            out.add(new Banner(new Rectangle2D(LEFT, y, Math.min(widest, maxText) + 2 * PAD, h), lines, lineHeight));
            y += h + 4;
        }
        return out;
    }

    /** The banners of a result on this canvas (none when it has no problem). */
    static List<Banner> banners(SketchResult r, Messages m, Viewport v, Pen pen, Rectangle2D north) {
        if (r == null || r.problems().isEmpty()) {
            return List.of();
        }
        return banners(v, pen, r.problems().stream().map(m::get).toList(), north);
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        SketchResult r = result.get();
        if (r == null || r.problems().isEmpty()) {
            return;
        }
        for (RingProblem p : r.problems()) {
            double x = v.screenX(p.at().e());
            double yy = v.screenY(p.at().n());
            pen.stroke(g, pen.theme().halo(), 7);
            g.strokeOval(x - RING_PX, yy - RING_PX, 2 * RING_PX, 2 * RING_PX);
            pen.stroke(g, pen.theme().bad(), 3.5);
            g.strokeOval(x - RING_PX, yy - RING_PX, 2 * RING_PX, 2 * RING_PX);
            g.strokeLine(x - 6, yy - 6, x + 6, yy + 6);
            g.strokeLine(x - 6, yy + 6, x + 6, yy - 6);
        }
        for (Banner b : banners(r, text.get(), v, pen, SiteLabels.north(v, pen, text.get()))) {
            banner(g, pen, b);
        }
    }

    private static void banner(GraphicsContext g, Pen pen, Banner b) {
        Rectangle2D box = b.box();
        g.setFill(pen.theme().halo());
        g.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        pen.stroke(g, pen.theme().bad(), 2);
        g.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        g.setFont(pen.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(pen.theme().bad());
        double y = box.getMinY() + pen.font().getSize() * 0.15 + b.lineHeight() / 2;
        for (String line : b.lines()) {
            g.fillText(line, box.getMinX() + PAD, y);
            y += b.lineHeight();
        }
    }
}
