package org.lastmile.docs;

import java.awt.Graphics2D;
import java.util.Optional;

/**
 * The hook for the site sketch page (issue 12 draws it): the record's PDF gives the sketch a page
 * of its own after the record, with the same running header, seal code, QR, signature boxes and
 * page number as every other page, and hands the drawing a {@link Graphics2D} whose strokes and
 * fills become PDF vectors (PDFBox-Graphics2D). Tibetan drawn as text through it is shaped by
 * Java2D like the rest of the document.
 */
@FunctionalInterface
public interface SketchDrawing {

    /**
     * Draws the sketch (title block, north arrow, scale, legend, claims, cut, stake-out table) into
     * the text block of the page.
     *
     * @param g origin at the text block's top-left corner, units of PDF points (1/72 in), y down
     * @param width the text block's width in points (156 mm)
     * @param height the height left above the signature boxes, in points
     */
    void draw(Graphics2D g, float width, float height);

    /** The sheet the sketch is laid out on and how close its labelled points come; empty: always A4. */
    default Optional<SketchSheet> sheet() {
        return Optional.empty();
    }

    /**
     * The SHA-256 of the sketch drawn (what a record holding it carries), printed under it so that
     * the paper names the sketch; empty for a drawing that is no stored sketch.
     */
    default Optional<String> sha256() {
        return Optional.empty();
    }

    /** The same drawing, saying what its sheet is (so that the page can be A3 when A4 is too small). */
    default SketchDrawing on(SketchSheet sheet) {
        return on(sheet, sha256().orElse(null));
    }

    /** The same drawing with its sheet and the SHA-256 of the sketch it draws ({@code null}: none). */
    default SketchDrawing on(SketchSheet sheet, String sha256) {
        SketchDrawing drawing = this;
        return new SketchDrawing() {
            @Override
            public void draw(Graphics2D g, float width, float height) {
                drawing.draw(g, width, height);
            }

            @Override
            public Optional<SketchSheet> sheet() {
                return Optional.of(sheet);
            }

            @Override
            public Optional<String> sha256() {
                return Optional.ofNullable(sha256);
            }
        };
    }
}
