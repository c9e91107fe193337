package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of every document (GB/T 9704): the court's name (二号), the document's name
 * (一号), centred, Tibetan above Chinese; the case number right-aligned on the line below.
 */
final class Heading {

    private Heading() {
    }

    static List<TextLine> of(RecordDocument doc, Bilingual text, String nameKey) {
        List<TextLine> lines = new ArrayList<>();
        if (text.language().showsTibetan() && doc.courtBo() != null) {
            lines.add(centered(doc.courtBo(), PageGeometry.COURT_SIZE));
        }
        if (text.language().showsChinese() || doc.courtBo() == null) {
            lines.add(centered(doc.courtZh(), PageGeometry.COURT_SIZE));
        }
        for (String name : text.lines(nameKey)) {
            lines.add(centered(name, PageGeometry.TITLE_SIZE));
        }
        lines.add(new TextLine(doc.caseNumber(), PageGeometry.BODY_SIZE, TextLine.Align.RIGHT,
                PageGeometry.LINE_PITCH));
        return lines;
    }

    private static TextLine centered(String text, float size) {
        return new TextLine(text, size, TextLine.Align.CENTER,
                PageGeometry.LINE_PITCH * size / PageGeometry.BODY_SIZE);
    }
}
