package org.lastmile.domain.record;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * A signatory's confirmation of the record, with what documents.md requires be kept for a
 * signature made on a screen.
 *
 * @param id identity
 * @param participantId who signs (or refuses)
 * @param kind pad, fingerprint photo or refusal
 * @param contentSha256 the SHA-256 of exactly the record content the signer saw and confirmed
 * @param strokes the raw strokes (pad signatures), empty otherwise
 * @param strokesSha256 the SHA-256 of the canonical stroke data, or {@code null}
 * @param imageSha256 the rendered signature image or the fingerprint photo (an attachment), or
 *     {@code null} for a refusal
 * @param identityCheck how the signer's identity was checked (ID card shown, known to the officer)
 * @param device the device and screen it was made on
 * @param appVersion the LastMile version
 * @param at when
 * @param place where
 * @param readBackLanguage the language the record was read back in to the signer
 * @param confirmation the read-back confirmation sentence in that language
 * @param refusalReason for a refusal, why (required)
 * @param refusalWitnessId for a refusal, the participant who witnessed it
 */
public record Signature(UUID id, UUID participantId, SignatureKind kind, String contentSha256, List<Stroke> strokes,
        String strokesSha256, String imageSha256, String identityCheck, String device, String appVersion, Instant at,
        Place place, SpokenLanguage readBackLanguage, String confirmation, String refusalReason,
        UUID refusalWitnessId) {

    public Signature {
        Objects.requireNonNull(id);
        Objects.requireNonNull(participantId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(contentSha256);
        Objects.requireNonNull(at);
        strokes = List.copyOf(strokes);
        identityCheck = Text.cleanOrNull(identityCheck);
        device = Text.cleanOrNull(device);
        confirmation = Text.cleanOrNull(confirmation);
        refusalReason = Text.cleanOrNull(refusalReason);
    }
}
