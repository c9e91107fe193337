package org.lastmile.domain.record.seal;

import java.time.Instant;
import org.lastmile.domain.record.SiteRecord;

/**
 * A record as the store holds it.
 *
 * @param record the record
 * @param sealed whether it is sealed (and can no longer change)
 * @param sealSha256 the seal: SHA-256 of the sealed canonical bytes, or {@code null} for a draft
 * @param sealedAt when it was sealed, or {@code null}
 * @param version the version (1 after the first save)
 */
public record StoredRecord(SiteRecord record, boolean sealed, String sealSha256, Instant sealedAt, long version) {

    /** The seal as people read it aloud or compare on paper, e.g. {@code 7QK2-MD4X}. */
    public String sealCode() {
        return sealSha256 == null ? null : SealCode.of(sealSha256);
    }
}
