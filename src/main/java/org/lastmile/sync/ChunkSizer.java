package org.lastmile.sync;

/**
 * The size of the next upload chunk: 1 MiB at first, doubled after each acknowledged chunk up to
 * a ceiling, halved after a timeout down to a floor (sync.md, "Attachments"). A slow link ends up
 * with chunks it can carry in time; a fast one with few requests.
 */
final class ChunkSizer {

    static final int FIRST = 1 << 20;
    static final int FLOOR = 64 << 10;
    static final int CEILING = 16 << 20;

    private int size = FIRST;

    int next() {
        return size;
    }

    void succeeded() {
        size = Math.min(CEILING, size * 2);
    }

    void timedOut() {
        size = Math.max(FLOOR, size / 2);
    }
}
