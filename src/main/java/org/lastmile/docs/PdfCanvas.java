package org.lastmile.docs;

import com.google.zxing.common.BitMatrix;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.RenderingHints;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * One page being drawn, in top-down coordinates (points from the top-left corner). Chinese and
 * Latin go in as embedded text; Tibetan is shaped by Java2D and drawn as outlines, one form per
 * glyph ({@link TibetanGlyphs}), with the same text written invisibly in the Tibetan font
 * (rendering mode 3) so that the PDF stays searchable and copyable.
 */
final class PdfCanvas implements AutoCloseable {

    private final PDDocument document;
    private final PDPageContentStream content;
    private final PDFont cjk;
    private final PDFont tibetanText;
    private final TextMeasure measure;
    private final TibetanGlyphs glyphs;
    /** The vector Graphics2D for a drawing (the sketch), made only on a page that has one. */
    private PdfBoxGraphics2D outlines;
    private final float width;
    private final float height;

    PdfCanvas(PDDocument document, PDPage page, PDFont cjk, PDFont tibetanText, TextMeasure measure,
            TibetanGlyphs glyphs) throws IOException {
        this.document = document;
        this.content = new PDPageContentStream(document, page);
        // a larger sheet (A3 for a big sketch) is laid out in its own size (PageFrame), not enlarged
        this.width = page.getMediaBox().getWidth();
        this.height = page.getMediaBox().getHeight();
        this.cjk = cjk;
        this.tibetanText = tibetanText;
        this.measure = measure;
        this.glyphs = glyphs;
    }


    private float pdfY(float top) {
        return height - top;
    }

    /** Draws a line of mixed text with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, float size) throws IOException {
        float pen = x;
        for (ScriptRuns.Run run : ScriptRuns.split(text)) {
            if (run.tibetan()) {
                float advance = glyphs.draw(content, run.text(), measure.tibetanAt(size), pen, pdfY(baseline));
                invisibleTibetan(run.text(), pen, baseline, size, advance);
                pen += advance;
            } else {
                content.beginText();
                content.setFont(cjk, size);
                content.newLineAtOffset(pen, pdfY(baseline));
                content.showText(run.text());
                content.endText();
                pen += measure.width(run.text(), size);
            }
        }
    }

    /**
     * The searchable copy of a Tibetan run: unshaped code points in the embedded font, not painted,
     * squeezed horizontally to the shaped width so that a selection covers the drawn letters.
     */
    private void invisibleTibetan(String run, float x, float baseline, float size, float shapedWidth)
            throws IOException {
        float size1 = size * TextMeasure.TIBETAN_SCALE;
        float natural;
        try {
            natural = tibetanText.getStringWidth(run) / 1000f * size1;
        } catch (IllegalArgumentException notInFont) {
            return; // a code point the font lacks: the outlines are still there, only search misses it
        }
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(tibetanText, size1);
        if (natural > 0) {
            content.setHorizontalScaling(100f * shapedWidth / natural);
        }
        content.newLineAtOffset(x, pdfY(baseline));
        content.showText(run);
        content.setHorizontalScaling(100f);
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
    }

    void text(TextLine line, float x, float width, float baseline) throws IOException {
        float w = measure.width(line.text(), line.size());
        float left = switch (line.align()) {
            case LEFT -> x;
            case CENTER -> x + (width - w) / 2;
            case RIGHT -> x + width - w;
        };
        text(line.text(), left, baseline, line.size());
    }

    void rect(float x, float top, float w, float h) throws IOException {
        content.setLineWidth(0.6f);
        content.addRect(x, pdfY(top + h), w, h);
        content.stroke();
    }

    void hline(float x1, float x2, float top) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(x1, pdfY(top));
        content.lineTo(x2, pdfY(top));
        content.stroke();
    }

    /** An image fitted into a box, keeping its proportions, centred. */
    void image(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, float x, float top, float w, float h)
            throws IOException {
        float scale = Math.min(w / image.getWidth(), h / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        content.drawImage(image, x + (w - iw) / 2, pdfY(top + (h + ih) / 2), iw, ih);
    }

    /** A QR code as filled squares (vector, sharp at any print resolution). */
    void qr(BitMatrix matrix, float x, float top, float size) throws IOException {
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, pdfY(top + (row + 1) * module), module, module);
                }
            }
        }
        content.fill();
    }

    /** Hands the page's vector Graphics2D to a drawing, its origin moved to {@code (x, top)} and clipped to the box. */
    void drawing(SketchDrawing drawing, float x, float top, float w, float h) throws IOException {
        if (outlines == null) {
            outlines = new PdfBoxGraphics2D(document, width, height);
            outlines.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            outlines.setColor(Color.BLACK);
        }
        java.awt.Graphics2D g = (java.awt.Graphics2D) outlines.create();
        try {
            g.translate(x, top);
            g.clip(new java.awt.geom.Rectangle2D.Float(0, 0, w, h));
            drawing.draw(g, w, h);
        } finally {
            g.dispose();
        }
    }

    /** A large, light, diagonal mark across the page (the draft's "草稿 / draft"). */
    void watermark(String text) throws IOException {
        float size = 64f;
        PDExtendedGraphicsState light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.18f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(light);
        float w = measure.width(text, size);
        Matrix m = Matrix.getRotateInstance(Math.toRadians(45), width / 2, height / 2);
        m.translate(-w / 2, -size / 3);
        content.beginText();
        content.setFont(cjk, size);
        content.setTextMatrix(m);
        content.showText(text);
        content.endText();
        content.restoreGraphicsState();
    }

    @Override
    public void close() throws IOException {
        if (outlines != null) {
            outlines.dispose();
            content.drawForm(outlines.getXFormObject());
        }
        content.close();
    }

    PDDocument document() {
        return document;
    }
}
