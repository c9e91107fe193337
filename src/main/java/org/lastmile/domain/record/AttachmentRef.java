package org.lastmile.domain.record;

import java.time.Instant;
import java.util.Objects;
import org.lastmile.domain.Text;

/**
 * A file attached to a record, named by the SHA-256 of its bytes.
 *
 * @param sha256 lower-case hex SHA-256 of the file
 * @param kind photo, audio, body-camera file, …
 * @param fileName the name it had when imported
 * @param size bytes
 * @param mediaType e.g. {@code image/jpeg}
 * @param capturedAt when it was taken (EXIF for photos), may be {@code null}
 * @param longitude where it was taken (EXIF GPS), degrees, may be {@code null}
 * @param latitude degrees, may be {@code null}
 * @param byReference whether the file stays where it is (large body-camera files) instead of being
 *     copied into the data directory; its hash is recorded either way
 * @param location for a file kept by reference, its path; otherwise {@code null}
 */
public record AttachmentRef(String sha256, AttachmentKind kind, String fileName, long size, String mediaType,
        Instant capturedAt, Double longitude, Double latitude, boolean byReference, String location) {

    public AttachmentRef {
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(kind);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        fileName = Text.cleanOrNull(fileName);
        location = Text.cleanOrNull(location);
    }
}
