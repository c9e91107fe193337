package org.lastmile.docs;

import org.lastmile.domain.record.seal.SealCode;

/**
 * What the running header of every page names: the court (in each script it has), the case
 * number and, for a sealed record, its seal code and the QR code's text; a draft has neither.
 *
 * @param sealCode the short seal code, or {@code null} for a draft
 * @param qrPayload the QR code's text ({@link SealCode#qrPayload}), or {@code null} for a draft
 */
record Letterhead(String courtZh, String courtBo, String caseNumber, String sealCode, String qrPayload) {

    static Letterhead of(RecordDocument doc) {
        if (!doc.sealed()) {
            return draft(doc.courtZh(), doc.courtBo(), doc.caseNumber());
        }
        return new Letterhead(doc.courtZh(), doc.courtBo(), doc.caseNumber(), doc.stored().sealCode(),
                SealCode.qrPayload(doc.stored().record().id().toString(), doc.stored().sealSha256()));
    }

    static Letterhead draft(String courtZh, String courtBo, String caseNumber) {
        return new Letterhead(courtZh, courtBo, caseNumber, null, null);
    }

    boolean sealed() {
        return qrPayload != null;
    }
}
