package org.lastmile.ui.record.sign;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;

/**
 * Draws strokes smoothly: quadratic curves through the midpoints of successive samples (each
 * sample is the control point), a straight end to the last sample, a dot for a tap. Widths follow
 * the pressure as in the stored PNG ({@code 1.2 + 2.4 × pressure}).
 */
public final class StrokeRenderer {

    static final Color INK = Color.rgb(20, 24, 60);
    private static final Color GUIDE = Color.rgb(200, 196, 186);
    private static final Color FRAME = Color.rgb(138, 132, 120);

    /** Clears the canvas, draws the frame, the signing line and every stroke (and the one being drawn). */
    void drawAll(GraphicsContext g, double width, double height, List<Stroke> strokes, List<StrokePoint> current) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, width - 1, height - 1);
        double base = Math.round(height * 0.72) + 0.5;
        g.setStroke(GUIDE);
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(16, base, width - 16, base);
        g.setLineDashes();
        for (Stroke s : strokes) {
            drawStroke(g, s.points());
        }
        if (!current.isEmpty()) {
            drawStroke(g, current);
        }
    }

    /** A whole stroke. */
    void drawStroke(GraphicsContext g, List<StrokePoint> p) {
        prepare(g);
        if (p.size() == 1) {
            dot(g, p.get(0));
            return;
        }
        for (int i = 1; i < p.size(); i++) {
            piece(g, p, i);
        }
    }

    /** The part of a stroke in progress that its newest sample settles, plus a provisional tail. */
    void drawTail(GraphicsContext g, List<StrokePoint> p) {
        prepare(g);
        int n = p.size();
        if (n == 1) {
            dot(g, p.get(0));
            return;
        }
        if (n >= 3) {
            piece(g, p, n - 2);
        }
        StrokePoint a = p.get(n - 2);
        StrokePoint b = p.get(n - 1);
        g.setLineWidth(width(a, b));
        g.strokeLine(n >= 3 ? mid(a.x(), b.x()) : a.x(), n >= 3 ? mid(a.y(), b.y()) : a.y(), b.x(), b.y());
    }

    /**
     * The piece of the smooth path that ends at sample {@code i}'s outgoing midpoint: from the
     * previous midpoint (or the first sample) with sample {@code i} as control; the last piece goes
     * straight to the last sample.
     */
    private void piece(GraphicsContext g, List<StrokePoint> p, int i) {
        int n = p.size();
        StrokePoint prev = p.get(i - 1);
        StrokePoint at = p.get(i);
        double sx = i == 1 ? prev.x() : mid(prev.x(), at.x());
        double sy = i == 1 ? prev.y() : mid(prev.y(), at.y());
        g.setLineWidth(width(prev, at));
        g.beginPath();
        g.moveTo(sx, sy);
        if (i == n - 1) {
            g.lineTo(at.x(), at.y());
        } else {
            StrokePoint next = p.get(i + 1);
            g.quadraticCurveTo(at.x(), at.y(), mid(at.x(), next.x()), mid(at.y(), next.y()));
        }
        g.stroke();
    }

    private static void prepare(GraphicsContext g) {
        g.setStroke(INK);
        g.setFill(INK);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    private static void dot(GraphicsContext g, StrokePoint p) {
        double r = width(p, p) / 2;
        g.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }

    private static double width(StrokePoint a, StrokePoint b) {
        return 1.2 + 2.4 * (a.pressure() + b.pressure()) / 2;
    }

    private static double mid(double a, double b) {
        return (a + b) / 2;
    }
}
