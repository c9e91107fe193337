package org.lastmile.gnss.io;

/**
 * Bounds that keep an import's memory and time in proportion to a sane file, whatever the file
 * holds.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxUncompressedBytes the most bytes unpacked from a KMZ (against zip bombs)
 * @param maxLineChars the longest line of a text file, in characters (longer lines are problems)
 * @param maxPositions the most vertices in one import
 */
public record ImportLimits(long maxFileBytes, long maxUncompressedBytes, int maxLineChars, int maxPositions) {

    /**
     * 100 MiB files, 200 MiB unpacked, 64 KiB lines, 2 million vertices. The vertex limit is what
     * the installed launcher's 1 GB heap holds as named points with room to spare (5 million
     * nameless CSV points already peak at 856 MB: docs/performance.md); 2 million is 23 days of a
     * track logged every second.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(100L << 20, 200L << 20, 64 << 10, 2_000_000);
    }
}
