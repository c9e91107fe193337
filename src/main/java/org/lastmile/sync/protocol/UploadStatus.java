package org.lastmile.sync.protocol;

/**
 * The server's view of one attachment upload (tus-like): the next chunk must start at {@code offset}.
 *
 * @param sha256 the file's name
 * @param length the whole file's length, {@code -1} when not known yet
 * @param offset the bytes received and kept
 * @param state absent, partial or verified
 */
public record UploadStatus(String sha256, long length, long offset, UploadState state) {

    public UploadStatus {
        Check.sha256(sha256, "sha256");
        Check.notNegative(offset, "offset");
        Check.present(state, "state");
    }
}
