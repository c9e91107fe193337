package org.lastmile.sketch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.lastmile.sketch.Drawing.Pt;

/**
 * A drawing rendered with Java2D (headless), which shapes Tibetan correctly with the bundled
 * LastMile Uchen face; other text in WenQuanYi Micro Hei when installed (the logical SansSerif
 * otherwise, which falls back to the system's CJK font).
 */
public final class PngWriter {

    private static final String TIBETAN_RESOURCE = "/fonts/tibetan/LastMileUchen-Regular.ttf";

    private final Font tibetan;
    private final Font cjk;

    public PngWriter() {
        try (InputStream in = PngWriter.class.getResourceAsStream(TIBETAN_RESOURCE)) {
            tibetan = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException | NullPointerException e) {
            throw new IllegalStateException("the bundled Tibetan font cannot be read", e);
        }
        Font wqy = new Font("WenQuanYi Micro Hei", Font.PLAIN, 1);
        cjk = wqy.getFamily().equals("WenQuanYi Micro Hei") ? wqy : new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /** The PNG bytes at {@code dpi} dots per inch. */
    public byte[] write(Drawing d, int dpi) {
        double k = dpi / 25.4;
        BufferedImage image = new BufferedImage((int) Math.round(d.widthMm() * k), (int) Math.round(d.heightMm() * k),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(k, k);
        draw(g, d);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Draws the drawing into {@code g}, whose user space must be in millimetres of the drawing
     * (origin at its top-left corner, y down): a PNG at some dpi, or a PDF page through
     * PDFBox-Graphics2D, whose strokes and fills stay vectors.
     */
    public void draw(Graphics2D g, Drawing d) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // device units per millimetre, for the size of the hatch tile
        double k = Math.max(1, Math.abs(g.getTransform().getScaleX()));
        for (Drawing.Shape shape : d.shapes()) {
            if (shape instanceof Drawing.Path p) {
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < p.points().size(); i++) {
                    Pt q = p.points().get(i);
                    if (i == 0) {
                        path.moveTo(q.x(), q.y());
                    } else {
                        path.lineTo(q.x(), q.y());
                    }
                }
                if (p.closed()) {
                    path.closePath();
                }
                if (p.hatch()) {
                    g.setPaint(hatch(k));
                    g.fill(path);
                } else if (p.fill() != null) {
                    g.setPaint(Color.decode(p.fill()));
                    g.fill(path);
                }
                stroke(g, p.pen(), path);
            } else if (shape instanceof Drawing.Circle c) {
                Ellipse2D e = new Ellipse2D.Double(c.centre().x() - c.radiusMm(), c.centre().y() - c.radiusMm(),
                        2 * c.radiusMm(), 2 * c.radiusMm());
                if (c.fill() != null) {
                    g.setPaint(Color.decode(c.fill()));
                    g.fill(e);
                }
                stroke(g, c.pen(), e);
            } else if (shape instanceof Drawing.Text t) {
                text(g, t);
            }
        }
    }

    private void text(Graphics2D g, Drawing.Text t) {
        // one face per script run: Tibetan in the bundled face, the rest (Chinese names, digits) in the CJK face
        int style = t.bold() ? Font.BOLD : Font.PLAIN;
        Font bo = tibetan.deriveFont(style, (float) t.sizeMm());
        Font zh = cjk.deriveFont(style, (float) t.sizeMm());
        java.text.AttributedString text = new java.text.AttributedString(t.text());
        for (Drawing.Run run : Drawing.runs(t.text())) {
            text.addAttribute(java.awt.font.TextAttribute.FONT, run.tibetan() ? bo : zh, run.start(), run.end());
        }
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text.getIterator(), frc);
        double w = layout.getAdvance();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform at = new AffineTransform();
        at.translate(t.at().x(), t.at().y());
        at.rotate(Math.toRadians(t.rotateDeg()));
        at.translate(dx, 0);
        Shape outline = layout.getOutline(at);
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke((float) (t.sizeMm() * 0.25), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setPaint(Color.BLACK);
        g.fill(outline);
    }

    private static void stroke(Graphics2D g, Drawing.Pen pen, Shape s) {
        if (pen == null) {
            return;
        }
        float[] dash = null;
        if (pen.dashMm().length > 0) {
            dash = new float[pen.dashMm().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) pen.dashMm()[i];
            }
        }
        g.setStroke(new BasicStroke((float) pen.widthMm(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.setPaint(Color.decode(pen.color()));
        g.draw(s);
    }

    private static TexturePaint hatch(double k) {
        int size = Math.max(4, (int) Math.round(1.5 * k));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        t.setColor(new Color(0x60, 0x60, 0x60));
        t.setStroke(new BasicStroke((float) Math.max(1, 0.2 * k)));
        t.drawLine(0, size, size, 0);
        t.dispose();
        return new TexturePaint(tile, new java.awt.geom.Rectangle2D.Double(0, 0, size / k, size / k));
    }
}
