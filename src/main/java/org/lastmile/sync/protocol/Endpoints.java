package org.lastmile.sync.protocol;

/**
 * The server's URLs (relative to {@code https://HOST:PORT}) and the headers the protocol uses.
 * Every URL but {@link #ENROL} needs {@code Authorization: Bearer TOKEN} with the device token
 * that enrolment returned.
 */
public final class Endpoints {

    /** {@code POST} {@link EnrolRequest} → {@link EnrolAnswer}; no token. */
    public static final String ENROL = "/api/v1/enrol";
    /** {@code POST} {@link PushRequest} → {@link PushResponse}. */
    public static final String PUSH = "/api/v1/push";
    /** {@code GET ?after=CURSOR&limit=N} → {@link PullResponse}. */
    public static final String PULL = "/api/v1/pull";
    /** {@code POST} {@link MissingQuery} → {@link MissingAnswer}. */
    public static final String MISSING = "/api/v1/attachments/missing";
    /**
     * {@code GET} → {@link UploadStatus} (the offset to resume from); {@code PATCH} with the raw
     * chunk as body and the headers {@link #UPLOAD_OFFSET}, {@link #UPLOAD_LENGTH},
     * {@link #UPLOAD_CHECKSUM} → {@link UploadStatus}; {@code 409} when the offset is not the
     * server's, {@code 422} when the chunk's checksum does not hold (chunk discarded) or the whole
     * file's hash is not its name (file deleted). Replace {@code {sha256}}.
     */
    public static final String ATTACHMENT = "/api/v1/attachments/{sha256}";
    /**
     * {@code GET} with {@code Range: bytes=N-} → the bytes of a verified file from offset N ({@code 206}
     * with {@code Content-Range: bytes N-END/TOTAL}; {@code 200} and the whole file without a range or
     * for an empty file); {@code 400 server.download.error.range} for a range of another form or
     * beyond the file; {@code 404 server.download.error.notFound} unless a record the device's
     * officer may see names the file. Replace {@code {sha256}}.
     */
    public static final String DOWNLOAD = "/api/v1/attachments/{sha256}/content";
    /** {@code GET} → {@link Receipt}, the newest one the server signed for this device. */
    public static final String RECEIPT = "/api/v1/receipt";

    /** Where this chunk starts in the file (decimal bytes). */
    public static final String UPLOAD_OFFSET = "Upload-Offset";
    /** The whole file's length (decimal bytes), sent with every chunk. */
    public static final String UPLOAD_LENGTH = "Upload-Length";
    /** {@code sha256 HEX}: the chunk's own SHA-256. */
    public static final String UPLOAD_CHECKSUM = "Upload-Checksum";
    /** The bearer token header. */
    public static final String AUTHORIZATION = "Authorization";
    /** The media type of a chunk body. */
    public static final String CHUNK_TYPE = "application/offset+octet-stream";

    private Endpoints() {
    }

    /** The download URL of a hash. */
    public static String download(String sha256) {
        return DOWNLOAD.replace("{sha256}", sha256);
    }

    /** The attachment URL of a hash. */
    public static String attachment(String sha256) {
        return ATTACHMENT.replace("{sha256}", sha256);
    }
}
