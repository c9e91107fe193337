package org.lastmile.sync.protocol;

/** The bounds both sides hold to; the server refuses anything larger with {@code 413} or {@code 400}. */
public final class Limits {

    /** Operations in one push. */
    public static final int MAX_OPERATIONS = 500;
    /** Characters of one operation's payload (canonical JSON). */
    public static final int MAX_PAYLOAD_CHARS = 1 << 20;
    /** Bytes of one JSON request body. */
    public static final int MAX_BODY_BYTES = 16 << 20;
    /** Audit events carried by one push. */
    public static final int MAX_CHAIN_EVENTS = 20_000;
    /** Attachments one operation may name. */
    public static final int MAX_ATTACHMENTS_PER_OP = 1_000;
    /** Hashes in one missing-hash query. */
    public static final int MAX_HASH_QUERY = 5_000;
    /** Bytes of one upload chunk. */
    public static final int MAX_CHUNK_BYTES = 32 << 20;
    /** Bytes of one attachment (a long body-camera file). */
    public static final long MAX_ATTACHMENT_BYTES = 64L << 30;
    /** Changes in one pull page. */
    public static final int MAX_PULL_PAGE = 1_000;
    /** Characters of a short text field (ids, names, keys). */
    public static final int MAX_SHORT_TEXT = 200;

    private Limits() {
    }
}
