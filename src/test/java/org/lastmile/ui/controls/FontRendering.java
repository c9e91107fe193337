package org.lastmile.ui.controls;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/** Draws one line of text with JavaFX and with Java2D at the same origin, for comparison. */
final class FontRendering {

    static final int WIDTH = 1000;
    static final int HEIGHT = 110;
    static final int X = 12;
    static final int BASELINE = 70;

    private FontRendering() {
    }

    /** A JavaFX snapshot of a {@code Text} node with its baseline at ({@link #X}, {@link #BASELINE}). */
    static BufferedImage javafx(Font font, String text) {
        return onFx(() -> {
            Text node = new Text(X, BASELINE, text);
            node.setFont(font);
            Pane pane = new Pane(node);
            // White whatever stylesheets are loaded: once any control exists, Modena paints the
            // scene root grey, which would count as ink.
            pane.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    javafx.scene.paint.Color.WHITE, null, null)));
            pane.resize(WIDTH, HEIGHT);
            new Scene(pane, WIDTH, HEIGHT);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(javafx.scene.paint.Color.WHITE);
            parameters.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT));
            WritableImage image = pane.snapshot(parameters, new WritableImage(WIDTH, HEIGHT));
            return SwingFXUtils.fromFXImage(image, null);
        });
    }

    /**
     * Java2D's rendering of the same text ({@code TextLayout} shapes with HarfBuzz and keeps the
     * glyph offsets). Kerning is switched on: JavaFX (Pango) applies the font's kern feature, Java2D
     * only when asked, and DDC Uchen positions the tsheg through it.
     */
    static BufferedImage java2d(java.awt.Font font, String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            new TextLayout(text, font, g.getFontRenderContext()).draw(g, X, BASELINE);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A Java2D font from a font file's bytes, at a pixel size, with kerning on. */
    static java.awt.Font awtFont(InputStream in, float size) {
        try (in) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size)
                    .deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an image to $LASTMILE_DEBUG_IMAGES, when that is set, to look at a failure. */
    static void debugImage(String name, BufferedImage image) {
        String dir = System.getenv("LASTMILE_DEBUG_IMAGES");
        if (dir != null) {
            try {
                javax.imageio.ImageIO.write(image, "png", new java.io.File(dir, name.replace(' ', '_') + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
