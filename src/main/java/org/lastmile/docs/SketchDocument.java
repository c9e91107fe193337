package org.lastmile.docs;

import java.util.Objects;

/**
 * The site sketch (现场图) printed on its own, from the sketch screen: the sketch page the record's
 * PDF carries, with the header, seal code and QR, and the signers' boxes of the record that holds
 * it. A sketch held by a sealed record prints that record's seal (and embeds it, so that
 * {@code record verify} accepts the paper); one that no sealed record holds is a draft.
 *
 * @param courtZh the court's name in Chinese
 * @param courtBo the court's name in Tibetan, or {@code null}
 * @param caseNumber the case number as written on documents
 * @param drawing the sketch, with its sheet and SHA-256
 * @param holder the record that holds this very sketch (its signers sign it), or {@code null}
 */
public record SketchDocument(String courtZh, String courtBo, String caseNumber, SketchDrawing drawing,
        RecordDocument holder) {

    public SketchDocument {
        Objects.requireNonNull(courtZh);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(drawing);
    }

    boolean sealed() {
        return holder != null && holder.sealed();
    }
}
