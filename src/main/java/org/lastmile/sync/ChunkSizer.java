package org.lastmile.sync;

/**
 * The size of the next upload chunk: 1 MiB at first, doubled after each acknowledged chunk up to
 * a ceiling, halved after a timeout down to a floor, back to the floor after a dropped connection
 * and then grown only to half the size that was cut (sync.md, "Attachments"). A slow link ends up
 * with chunks it can carry in time; a fast one with few requests. Shared by the files in flight.
 */
final class ChunkSizer {

    static final int FIRST = 1 << 20;
    static final int FLOOR = 64 << 10;
    static final int CEILING = 16 << 20;

    private int size = FIRST;
    /** The largest size after a cut (the ceiling until one). */
    private int limit = CEILING;

    synchronized int next() {
        return size;
    }

    synchronized void succeeded() {
        size = Math.min(limit, size * 2);
    }

    synchronized void timedOut() {
        size = Math.max(FLOOR, size / 2);
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
    }
}
