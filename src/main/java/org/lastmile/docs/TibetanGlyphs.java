package org.lastmile.docs;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Tibetan drawn as outlines, one form per glyph. Java2D shapes a run (the glyphs and their
 * positions, stacks and vowel signs placed by the font's rules); each distinct glyph's outline is
 * written once per document as a form XObject at 1,000 units to the em and placed at its shaped
 * position. A record repeats a few hundred glyphs thousands of times: writing every outline's path
 * coordinates each time it appears was half the render time and most of the file.
 */
final class TibetanGlyphs {

    /** Size the forms are drawn at; placing scales them to the run's size. */
    private static final float UNITS = 1000f;

    private final PDDocument document;
    private final Font unitFont;
    private final Map<Integer, Optional<PDFormXObject>> forms = new HashMap<>();

    /** @param tibetan the Tibetan face at any size */
    TibetanGlyphs(PDDocument document, Font tibetan) {
        this.document = document;
        this.unitFont = tibetan.deriveFont(UNITS);
    }

    /**
     * Draws a shaped run with its pen at {@code (x, baseline)} in PDF coordinates (y upward).
     *
     * @param font the Tibetan face at the size to draw
     * @return the shaped advance, in points
     */
    float draw(PDPageContentStream content, String run, Font font, float x, float baseline) throws IOException {
        char[] chars = run.toCharArray();
        GlyphVector shaped = font.layoutGlyphVector(TextMeasure.FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        float scale = font.getSize2D() / UNITS;
        for (int i = 0; i < shaped.getNumGlyphs(); i++) {
            Optional<PDFormXObject> form = form(shaped.getGlyphCode(i));
            if (form.isEmpty()) {
                continue; // a space or a mark with no ink
            }
            Point2D at = shaped.getGlyphPosition(i);
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale, x + (float) at.getX(), baseline - (float) at.getY()));
            content.drawForm(form.get());
            content.restoreGraphicsState();
        }
        return (float) shaped.getGlyphPosition(shaped.getNumGlyphs()).getX();
    }

    private Optional<PDFormXObject> form(int glyph) throws IOException {
        Optional<PDFormXObject> known = forms.get(glyph);
        if (known != null) {
            return known;
        }
        Shape outline = unitFont.createGlyphVector(TextMeasure.FRC, new int[] {glyph}).getGlyphOutline(0);
        Rectangle2D b = outline.getBounds2D();
        Optional<PDFormXObject> made = Optional.empty();
        if (!b.isEmpty()) {
            PDFormXObject form = new PDFormXObject(document);
            // Java2D's y runs down from the baseline, the PDF's up: the box and the path are mirrored
            form.setBBox(new PDRectangle((float) b.getMinX() - 1, (float) -b.getMaxY() - 1,
                    (float) b.getWidth() + 2, (float) b.getHeight() + 2));
            try (PDFormContentStream path = new PDFormContentStream(form)) {
                writePath(path, outline);
                path.fill();
            }
            made = Optional.of(form);
        }
        forms.put(glyph, made);
        return made;
    }

    /** The outline as PDF path operators; quadratic segments (TrueType) raised to cubic. */
    private static void writePath(PDFormContentStream path, Shape outline) throws IOException {
        float[] c = new float[6];
        float x = 0;
        float y = 0;
        float startX = 0;
        float startY = 0;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    path.moveTo(c[0], -c[1]);
                    x = c[0];
                    y = c[1];
                    startX = x;
                    startY = y;
                }
                case PathIterator.SEG_LINETO -> {
                    path.lineTo(c[0], -c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    float c1x = x + 2f / 3f * (c[0] - x);
                    float c1y = y + 2f / 3f * (c[1] - y);
                    float c2x = c[2] + 2f / 3f * (c[0] - c[2]);
                    float c2y = c[3] + 2f / 3f * (c[1] - c[3]);
                    path.curveTo(c1x, -c1y, c2x, -c2y, c[2], -c[3]);
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    path.curveTo(c[0], -c[1], c[2], -c[3], c[4], -c[5]);
                    x = c[4];
                    y = c[5];
                }
                default -> {
                    path.closePath();
                    x = startX;
                    y = startY;
                }
            }
        }
    }
}
