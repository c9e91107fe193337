package org.lastmile.ui.sketch.canvas;

import javafx.geometry.Dimension2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;

/**
 * What layers draw with: the theme and the font of the current language (the bundled Tibetan face
 * for Tibetan, the system face for Chinese), and text with a halo so that it stays readable over
 * lines and in sunlight.
 */
public final class Pen {

    private final SketchTheme theme;
    private final Font font;
    private final Font small;
    private final LabelSprites sprites;
    private final double scale;

    /** A pen with its own label cache, drawing at one device pixel per px. */
    public Pen(SketchTheme theme, Font font) {
        this(theme, font, new LabelSprites(), 1);
    }

    /**
     * @param sprites the canvas's cache of label pictures and sizes, kept from frame to frame
     * @param scale device pixels per px (the window's render scale), for sharp label pictures
     */
    public Pen(SketchTheme theme, Font font, LabelSprites sprites, double scale) {
        this.theme = theme;
        this.font = font;
        this.small = Font.font(font.getFamily(), font.getSize() * 0.85);
        this.sprites = sprites;
        this.scale = scale;
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

    /** Text centred on (x, y) with a halo of the background colour (a picture drawn once, see {@link LabelSprites}). */
    public void label(GraphicsContext g, String text, double x, double y, Color colour, Font face) {
        sprites.draw(g, text, x, y, colour, theme.halo(), face, scale);
    }

    /** Width and height of a text's box in a face, px: what a label of it takes. */
    public Dimension2D size(String text, Font face) {
        return sprites.size(text, face);
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
