package org.lastmile.docs;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.seal.StoredRecord;

/**
 * What a record's PDF is made from: the stored record with its seal (or none, for a draft) and
 * the case's court and number, which the record itself does not carry.
 *
 * @param stored the record as the store holds it
 * @param courtZh the court's name in Chinese (the header's first line)
 * @param courtBo the court's name in Tibetan, or {@code null}
 * @param caseNumber the case number as written on documents, e.g. (2026)青2224执218号
 * @param zone the time zone the times are printed in
 * @param images the captured signature images and fingerprint photos by SHA-256 (PNG or JPEG);
 *     a signature whose image is absent gets an empty box
 * @param enforcementCase the case, for the parties' sides, addresses, cause and title on the
 *     agreement and the receipts; {@code null} when not known (parties are then "当事人")
 * @param canonical the exact canonical bytes the store sealed (UTF-8 text), embedded in the PDF
 *     so that {@code record verify FILE.pdf} needs no database; {@code null} for a draft
 * @param sketch draws the site sketch page, or {@code null} when the record has none
 */
public record RecordDocument(StoredRecord stored, String courtZh, String courtBo, String caseNumber, ZoneId zone,
        Map<String, byte[]> images, EnforcementCase enforcementCase, String canonical, SketchDrawing sketch) {

    public RecordDocument {
        Objects.requireNonNull(stored);
        Objects.requireNonNull(courtZh);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(zone);
        images = Map.copyOf(images);
    }

    /** Without the case, the canonical bytes or a sketch. */
    public RecordDocument(StoredRecord stored, String courtZh, String courtBo, String caseNumber, ZoneId zone,
            Map<String, byte[]> images) {
        this(stored, courtZh, courtBo, caseNumber, zone, images, null, null, null);
    }

    /** Without signature images. */
    public RecordDocument(StoredRecord stored, String courtZh, String courtBo, String caseNumber, ZoneId zone) {
        this(stored, courtZh, courtBo, caseNumber, zone, Map.of());
    }

    /** A sealed record carries its seal code and QR on every page; a draft carries neither. */
    public boolean sealed() {
        return stored.sealed() && stored.sealSha256() != null;
    }

    /** The same document with the site sketch page drawn by {@code drawing}. */
    public RecordDocument withSketch(SketchDrawing drawing) {
        return new RecordDocument(stored, courtZh, courtBo, caseNumber, zone, images, enforcementCase, canonical,
                drawing);
    }
}
