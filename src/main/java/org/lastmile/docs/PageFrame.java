package org.lastmile.docs;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The text block of one sheet size, in points from the top-left corner: A4 is GB/T 9704's page
 * ({@link PageGeometry}); a larger sheet (A3 for a big sketch) keeps A4's margins, header, boxes
 * and type sizes and gives the extra paper to the text block, so that only the sketch grows.
 *
 * @param paper the sheet
 * @param textWidth the text block's width (156 mm on A4)
 * @param bottom the text block's foot (262 mm on A4)
 */
record PageFrame(PDRectangle paper, float textWidth, float bottom) {

    static final PageFrame A4 = of(PDRectangle.A4);

    /** A sheet with A4's margins on every side. */
    static PageFrame of(PDRectangle paper) {
        float rightMargin = PageGeometry.WIDTH - PageGeometry.RIGHT;
        float bottomMargin = PageGeometry.HEIGHT - PageGeometry.BOTTOM;
        return new PageFrame(paper, paper.getWidth() - PageGeometry.LEFT - rightMargin,
                paper.getHeight() - bottomMargin);
    }

    float left() {
        return PageGeometry.LEFT;
    }

    float top() {
        return PageGeometry.TOP;
    }

    float right() {
        return PageGeometry.LEFT + textWidth;
    }

    /** The left edge of the seal's QR code: in the top margin, right-aligned to the text block. */
    float qrLeft() {
        return right() - PageGeometry.QR_SIZE;
    }

    float width() {
        return paper.getWidth();
    }

    float height() {
        return paper.getHeight();
    }
}
