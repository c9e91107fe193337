package org.lastmile.ui.sketch.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Dimension2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Haloed labels drawn once and then copied: the halo is the text's outline stroked, which the
 * software pipeline renders by stroking every glyph's curves (three quarters of a 30-corner
 * site's frame went there, issue 12); a label's picture is made once per text, face, colours and
 * pixel scale, and every later frame copies it. Sizes are measured once per text and face too
 * (a {@link Text} node each time costs a layout). Both caches forget the least recently used
 * entry beyond {@link #LIMIT}. FX thread only.
 */
public final class LabelSprites {

    /** Entries kept per cache: a few sites' worth of corner names and tape lengths in three languages. */
    static final int LIMIT = 4_000;

    private record Key(String text, Font font, Color ink, Color halo, double scale) {
    }

    private record Measure(String text, Font font) {
    }

    /** A label's picture and the point of it that goes on the label's centre, in px. */
    private record Sprite(WritableImage image, double width, double height) {
    }

    private final Map<Key, Sprite> sprites = lru();
    private final Map<Measure, Dimension2D> sizes = lru();
    private final Text probe = new Text();
    private final SnapshotParameters clear = new SnapshotParameters();
    private long made;

    public LabelSprites() {
        clear.setFill(Color.TRANSPARENT);
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LIMIT;
            }
        };
    }

    /** Width and height of the text's layout box in this face, px (as a {@link Text} node has them). */
    public Dimension2D size(String text, Font font) {
        return sizes.computeIfAbsent(new Measure(text, font), k -> {
            probe.setFont(font);
            probe.setText(text);
            return new Dimension2D(probe.getLayoutBounds().getWidth(), probe.getLayoutBounds().getHeight());
        });
    }

    /** Pictures made so far (a test sees that a frame reuses them). */
    public long made() {
        return made;
    }

    /** Width of the halo stroke for a face: a quarter of the text's height or so. */
    static double haloWidth(Font face) {
        return face.getSize() / 3.5;
    }

    /**
     * Draws the text centred on (x, y) with its halo, copied from its picture, on whole device
     * pixels so the copy is exact.
     *
     * @param scale device pixels per px of the canvas (the screen's render scale)
     */
    void draw(GraphicsContext g, String text, double x, double y, Color ink, Color halo, Font face, double scale) {
        if (text.isEmpty()) {
            return;
        }
        Sprite s = sprites.computeIfAbsent(new Key(text, face, ink, halo, scale), k -> make(k));
        double left = Math.round((x - s.width() / 2) * scale) / scale;
        double top = Math.round((y - s.height() / 2) * scale) / scale;
        g.drawImage(s.image(), left, top, s.width(), s.height());
    }

    private Sprite make(Key k) {
        Dimension2D size = size(k.text(), k.font());
        double pad = Math.ceil(haloWidth(k.font()) / 2 + 2);
        // whole device pixels each way, so that the centre lands where the canvas would put it
        double w = Math.ceil((size.getWidth() + 2 * pad) * k.scale()) / k.scale();
        double h = Math.ceil((size.getHeight() + 2 * pad) * k.scale()) / k.scale();
        Canvas c = new Canvas(w * k.scale(), h * k.scale());
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(k.scale(), k.scale());
        g.setFont(k.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(k.halo());
        g.setLineWidth(haloWidth(k.font()));
        g.strokeText(k.text(), w / 2, h / 2);
        g.setFill(k.ink());
        g.fillText(k.text(), w / 2, h / 2);
        made++;
        return new Sprite(c.snapshot(clear, null), w, h);
    }
}
