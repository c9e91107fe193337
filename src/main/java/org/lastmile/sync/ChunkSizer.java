package org.lastmile.sync;

/**
 * The size of the next upload chunk: 1 MiB at first, doubled after each acknowledged chunk up to
 * a ceiling, halved after a timeout down to a floor, back to the floor after a dropped connection
 * and then grown only to half the size that was cut (sync.md, "Attachments"); after
 * {@link #STEADY} chunks in a row acknowledged at that limit the link counts as recovered and the
 * limit doubles, up to the ceiling. A slow link ends up with chunks it can carry in time; a fast
 * one with few requests; a link that dropped a few times in the morning is not held to 64 KiB
 * chunks for the rest of a long sync. Shared by the files in flight.
 */
final class ChunkSizer {

    static final int FIRST = 1 << 20;
    static final int FLOOR = 64 << 10;
    static final int CEILING = 16 << 20;
    /**
     * Chunks acknowledged in a row at the limit after which a cut limit doubles. Large against the
     * few chunks between the drops of a link that keeps dropping (SlowLinkTest: 2–5 chunks), so such
     * a link stays at the small sizes it carries.
     */
    static final int STEADY = 16;

    private int size = FIRST;
    /** The largest size after a cut (the ceiling until one). */
    private int limit = CEILING;
    /** Chunks acknowledged at the limit since the last cut or timeout. */
    private int steady;

    synchronized int next() {
        return size;
    }

    synchronized void succeeded() {
        if (size == limit && limit < CEILING && ++steady >= STEADY) {
            limit = Math.min(CEILING, limit * 2);
            steady = 0;
        }
        size = Math.min(limit, size * 2);
    }

    synchronized void timedOut() {
        size = Math.max(FLOOR, size / 2);
        steady = 0;
    }

    /**
     * A connection dropped in the middle of a chunk: the whole chunk goes again, and a link that
     * dropped once drops again. The next chunk starts from the floor and grows back only to half
     * the size that was cut, for the rest of this upload. Halving (as for a timeout) and growing
     * back to the ceiling sent a 2 MiB chunk whole three times over a link cut four times
     * ({@code SlowLinkTest}: 1.40 × the payload).
     */
    synchronized void cut() {
        limit = Math.max(FLOOR, size / 2);
        size = FLOOR;
        steady = 0;
    }

    /** The largest size the next chunks may grow to (for tests and the trace). */
    synchronized int limit() {
        return limit;
    }
}
