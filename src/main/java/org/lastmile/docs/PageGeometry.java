package org.lastmile.docs;

/**
 * The GB/T 9704-2012 page in PDF points, measured from the top-left corner downwards (the PDF's
 * own y axis points up; {@link PdfCanvas} turns it round). A4; top margin 37 mm, binding margin
 * 28 mm, text block 156 × 225 mm; body in 三号 (16 pt) at a 29 pt line pitch (22 lines).
 */
final class PageGeometry {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 210 * MM;
    static final float HEIGHT = 297 * MM;
    static final float LEFT = 28 * MM;
    static final float TOP = 37 * MM;
    static final float TEXT_WIDTH = 156 * MM;
    static final float TEXT_HEIGHT = 225 * MM;
    static final float BOTTOM = TOP + TEXT_HEIGHT;
    static final float RIGHT = LEFT + TEXT_WIDTH;

    /** 三号: the body size. */
    static final float BODY_SIZE = 16f;
    /** 225 mm over 22 lines. */
    static final float LINE_PITCH = TEXT_HEIGHT / 22f;
    /** 二号: the court's name. */
    static final float COURT_SIZE = 22f;
    /** 一号: the document's name. */
    static final float TITLE_SIZE = 26f;
    /** 四号: page numbers. */
    static final float PAGE_NUMBER_SIZE = 14f;
    /** 五号: running header, box labels, footer. */
    static final float SMALL_SIZE = 10.5f;

    /** One row of signature and fingerprint boxes at the foot of every page. */
    static final float SIGNATURE_ROW = 22 * MM;
    static final int SIGNERS_PER_ROW = 3;

    /** The QR code in the top margin, right-aligned to the text block. */
    static final float QR_SIZE = 22 * MM;
    static final float QR_TOP = 5 * MM;
    static final float QR_LEFT = RIGHT - QR_SIZE;

    private PageGeometry() {
    }
}
