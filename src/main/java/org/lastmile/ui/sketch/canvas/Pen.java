package org.lastmile.ui.sketch.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What layers draw with: the theme and the font of the current language (the bundled Tibetan face
 * for Tibetan, the system face for Chinese), and text with a halo so that it stays readable over
 * lines and in sunlight.
 */
public final class Pen {

    private final SketchTheme theme;
    private final Font font;
    private final Font small;

    public Pen(SketchTheme theme, Font font) {
        this.theme = theme;
        this.font = font;
        this.small = Font.font(font.getFamily(), font.getSize() * 0.85);
    }

    public SketchTheme theme() {
        return theme;
    }

    public Font font() {
        return font;
    }

    public Font small() {
        return small;
    }

    /** Text centred on (x, y) with a halo of the background colour. */
    public void label(GraphicsContext g, String text, double x, double y, Color colour, Font face) {
        g.setFont(face);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(theme.halo());
        g.setLineWidth(face.getSize() / 3.5);
        g.setLineDashes();
        g.strokeText(text, x, y);
        g.setFill(colour);
        g.fillText(text, x, y);
    }

    public void label(GraphicsContext g, String text, double x, double y) {
        label(g, text, x, y, theme.ink(), font);
    }

    /** Starts a stroke of this colour and width, solid or dashed. */
    public void stroke(GraphicsContext g, Color colour, double width, double... dashes) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
    }
}
