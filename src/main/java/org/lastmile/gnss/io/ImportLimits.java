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

    /** 100 MiB files, 200 MiB unpacked, 64 KiB lines, 5 million vertices. */
    public static ImportLimits defaults() {
        return new ImportLimits(100L << 20, 200L << 20, 64 << 10, 5_000_000);
    }
}
