package org.lastmile.docs;

/**
 * One line of a document as laid out: its text (Chinese, Tibetan or both mixed), size, alignment
 * and the vertical space it takes.
 */
record TextLine(String text, float size, Align align, float pitch) {

    enum Align { LEFT, CENTER, RIGHT }

    static TextLine blank() {
        return new TextLine("", PageGeometry.BODY_SIZE, Align.LEFT, PageGeometry.LINE_PITCH / 2);
    }
}
