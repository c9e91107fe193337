package org.lastmile.ui.sketch.canvas;

import java.util.function.DoubleFunction;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The grid of the plane, the scale bar and the north arrow. Grid lines are 1-2-5 metres apart,
 * never closer than {@link #MIN_GRID_PX}; the scale bar is the longest round length under
 * {@link #MAX_BAR_PX}. North is grid north: the plane's y axis.
 */
public final class MapFurniture {

    static final double MIN_GRID_PX = 70;
    static final double MAX_BAR_PX = 160;
    private static final double BAR_X = 20;
    private static final double BAR_BOTTOM = 24;
    private static final double NORTH_RIGHT = 36;
    private static final double NORTH_TOP = 18;

    private final DoubleFunction<String> metres;
    private final String north;

    /**
     * @param metres writes a length in metres for the scale bar, in the current language
     * @param north the letter of north in the current language
     */
    public MapFurniture(DoubleFunction<String> metres, String north) {
        this.metres = metres;
        this.north = north;
    }

    /** Spacing of the grid lines at this scale, in metres. */
    public static double gridStep(double pxPerMetre) {
        return NiceStep.atLeast(MIN_GRID_PX / pxPerMetre);
    }

    /** Length of the scale bar at this scale, in metres. */
    public static double barLength(double pxPerMetre) {
        return NiceStep.atMost(MAX_BAR_PX / pxPerMetre);
    }

    public Layer grid() {
        return (g, v, pen) -> {
            double step = gridStep(v.scale());
            pen.stroke(g, pen.theme().grid(), pen.theme().gridLine());
            double e0 = Math.floor(v.planeE(0) / step) * step;
            double n0 = Math.floor(v.planeN(v.height()) / step) * step;
            g.beginPath();
            for (double e = e0; v.screenX(e) <= v.width(); e += step) {
                double x = Math.round(v.screenX(e)) + 0.5;
                g.moveTo(x, 0);
                g.lineTo(x, v.height());
            }
            for (double n = n0; v.screenY(n) >= 0; n += step) {
                double y = Math.round(v.screenY(n)) + 0.5;
                g.moveTo(0, y);
                g.lineTo(v.width(), y);
            }
            g.stroke();
        };
    }

    /** Scale bar at the bottom left and the north arrow at the top right; drawn last. */
    public Layer overlay() {
        return (g, v, pen) -> {
            drawBar(g, v, pen);
            drawNorth(g, v, pen);
        };
    }

    /** Where the scale bar and its length are drawn, px: labels keep clear of it. */
    public static Rectangle2D barBox(Viewport v) {
        double px = barLength(v.scale()) * v.scale();
        return new Rectangle2D(BAR_X - 6, v.height() - BAR_BOTTOM - 28, px + 12, 38);
    }

    /** Where the north arrow and its letter are drawn, px, for a letter of the given size. */
    public static Rectangle2D northBox(Viewport v, Dimension2D letter) {
        double cx = v.width() - NORTH_RIGHT;
        double w = Math.max(24, letter.getWidth() + 4);
        double top = NORTH_TOP + 4 - letter.getHeight() / 2 - 2;
        return new Rectangle2D(cx - w / 2, top, w, NORTH_TOP + 52 - top);
    }

    /** Where the north arrow and its letter are drawn on this canvas, px. */
    public Rectangle2D northBox(Viewport v, Pen pen) {
        return northBox(v, pen.size(north, pen.font()));
    }

    private void drawBar(GraphicsContext g, Viewport v, Pen pen) {
        double length = barLength(v.scale());
        double px = length * v.scale();
        double x = BAR_X;
        double y = v.height() - BAR_BOTTOM;
        g.setFill(pen.theme().halo());
        g.fillRect(x - 6, y - 28, px + 12, 38);
        g.setFill(pen.theme().ink());
        g.fillRect(x, y, px / 2, 6);
        g.setStroke(pen.theme().ink());
        g.setLineWidth(1.5);
        g.setLineDashes();
        g.strokeRect(x, y, px, 6);
        pen.label(g, metres.apply(length), x + px / 2, y - 12);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawNorth(GraphicsContext g, Viewport v, Pen pen) {
        double cx = v.width() - NORTH_RIGHT;
        double top = NORTH_TOP;
        g.setFill(pen.theme().ink());
        g.fillPolygon(new double[] {cx, cx + 11, cx}, new double[] {top + 14, top + 50, top + 40}, 3);
        g.setStroke(pen.theme().ink());
        g.setLineWidth(1.5);
        g.setLineDashes();
        g.strokePolygon(new double[] {cx, cx + 11, cx, cx - 11}, new double[] {top + 14, top + 50, top + 40, top + 50}, 4);
        pen.label(g, north, cx, top + 4);
    }
}
