package org.lastmile.docs;

import java.util.List;

/**
 * One line of a document as laid out: its text (Chinese, Tibetan or both mixed), size, alignment
 * and the vertical space it takes; or, where {@code signers} is not empty, a row of signature and
 * fingerprint boxes (the officers' and interpreter's on the record's last page).
 */
record TextLine(String text, float size, Align align, float pitch, List<org.lastmile.domain.record.Participant> signers) {

    enum Align { LEFT, CENTER, RIGHT }

    TextLine {
        signers = List.copyOf(signers);
    }

    TextLine(String text, float size, Align align, float pitch) {
        this(text, size, align, pitch, List.of());
    }

    static TextLine blank() {
        return new TextLine("", PageGeometry.BODY_SIZE, Align.LEFT, PageGeometry.LINE_PITCH / 2);
    }

    /** A row of boxes for up to {@link PageGeometry#SIGNERS_PER_ROW} signers. */
    static TextLine boxes(List<org.lastmile.domain.record.Participant> row) {
        return new TextLine("", PageGeometry.BODY_SIZE, Align.LEFT, PageGeometry.SIGNATURE_ROW, row);
    }
}
