package org.lastmile.ui.record.seal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.domain.record.seal.StoredRecord;

/**
 * What a seal badge shows of a sealed record.
 *
 * @param recordId the record
 * @param sealSha256 the seal: SHA-256 of the sealed canonical bytes
 * @param sealedAt when it was sealed
 * @param sealedBy who sealed it, as a name to show (the audit log's actor, resolved by the caller)
 */
public record SealInfo(UUID recordId, String sealSha256, Instant sealedAt, String sealedBy) {

    public SealInfo {
        Objects.requireNonNull(recordId);
        Objects.requireNonNull(sealSha256);
        Objects.requireNonNull(sealedAt);
    }

    /** The seal of a stored record, which must be sealed. */
    public static SealInfo of(StoredRecord stored, String sealedBy) {
        if (!stored.sealed()) {
            throw new IllegalArgumentException("record " + stored.record().id() + " is not sealed");
        }
        return new SealInfo(stored.record().id(), stored.sealSha256(), stored.sealedAt(), sealedBy);
    }

    /** The short code people read aloud: {@code QRGW-4AYZ}. */
    public String code() {
        return SealCode.of(sealSha256);
    }

    /** What the QR code carries. */
    public String qrPayload() {
        return SealCode.qrPayload(recordId.toString(), sealSha256);
    }
}
