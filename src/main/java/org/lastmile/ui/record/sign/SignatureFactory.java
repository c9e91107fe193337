package org.lastmile.ui.record.sign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * Makes the domain {@link Signature} of a pad signature, a fingerprint photo or a refusal, with
 * everything documents.md asks to keep. Storing the pad's PNG is I/O: call these off the FX thread.
 */
public final class SignatureFactory {

    private final SignatureRequest request;
    private final SignatureServices services;
    private final ReadBack readBack;

    SignatureFactory(SignatureRequest request, SignatureServices services) {
        this.request = request;
        this.services = services;
        this.readBack = ReadBack.of(request.signer(), request.recordLanguage());
    }

    ReadBack readBack() {
        return readBack;
    }

    /**
     * A pad signature: the strokes, the SHA-256 of their canonical text, and their PNG on a canvas
     * of the pad's size, stored as an attachment (both by the signing service).
     */
    Signature pad(List<Stroke> strokes, double padWidth, double padHeight, IdentityCheck check, Instant at) {
        int width = extent(padWidth, strokes, true);
        int height = extent(padHeight, strokes, false);
        String strokesSha256 = services.signing().strokesSha256(strokes);
        String imageSha256 = services.signing().storePad(strokes, width, height);
        return signature(SignatureKind.PAD, strokes, strokesSha256, imageSha256, check,
                deviceWithPad(width, height), at, readBack.sentence(), null, null);
    }

    /** A fingerprint photo already stored as the attachment {@code photoSha256}. */
    Signature fingerprint(String photoSha256, IdentityCheck check, Instant at) {
        return signature(SignatureKind.FINGERPRINT, List.of(), null, photoSha256, check, services.device(), at,
                readBack.sentence(), null, null);
    }

    /** A refusal: no confirmation, the reason and who witnessed it. */
    Signature refusal(String reason, Participant witness, IdentityCheck check, Instant at) {
        return signature(SignatureKind.REFUSED, List.of(), null, null, check, services.device(), at, null, reason,
                witness.id());
    }

    private Signature signature(SignatureKind kind, List<Stroke> strokes, String strokesSha256, String imageSha256,
            IdentityCheck check, String device, Instant at, String confirmation, String reason, UUID witness) {
        return new Signature(UUID.randomUUID(), request.signer().id(), kind, request.contentSha256(), strokes,
                strokesSha256, imageSha256, identityWords(check), device, services.appVersion(), at,
                request.place(), readBack.language(), confirmation, reason, witness);
    }

    /** The check in Chinese, the language of the record's original text (as the demo record keeps it). */
    private static String identityWords(IdentityCheck check) {
        return check == null ? null : Messages.of(Language.CHINESE).get(check.messageKey());
    }

    private String deviceWithPad(int width, int height) {
        String pad = "signature pad " + width + "×" + height;
        return services.device() == null ? pad : services.device() + "; " + pad;
    }

    /** The pad's size in whole units, never smaller than the strokes reach. */
    private static int extent(double padSize, List<Stroke> strokes, boolean horizontal) {
        double reach = 0;
        for (Stroke s : strokes) {
            for (StrokePoint p : s.points()) {
                reach = Math.max(reach, horizontal ? p.x() : p.y());
            }
        }
        double size = padSize > 0 ? Math.max(padSize, reach) : reach + 2; // unknown pad: the ink plus a margin
        return (int) Math.max(1, Math.ceil(size));
    }
}
