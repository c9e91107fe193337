package org.lastmile.docs;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;

/**
 * The signature images and fingerprint photos of a document, each embedded once and drawn in the
 * signer's box on every page. An image that cannot be read leaves the box empty rather than
 * failing the document: the signature line on the last page still says who signed and when.
 */
final class SignatureImages {

    private final PDDocument pdf;
    private final java.util.Map<String, byte[]> images;
    private final Map<String, Optional<PDImageXObject>> embedded = new HashMap<>();

    /** @param images the captured images by SHA-256 ({@link RecordDocument#images()}) */
    SignatureImages(PDDocument pdf, Map<String, byte[]> images) {
        this.pdf = pdf;
        this.images = images;
    }

    Optional<PDImageXObject> of(Signature s) {
        if (s.kind() == SignatureKind.REFUSED || s.imageSha256() == null) {
            return Optional.empty();
        }
        return embedded.computeIfAbsent(s.imageSha256(), sha -> {
            byte[] bytes = images.get(sha);
            if (bytes == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(PDImageXObject.createFromByteArray(pdf, bytes, sha));
            } catch (IOException | IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        });
    }
}
