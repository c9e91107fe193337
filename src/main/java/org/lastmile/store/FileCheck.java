package org.lastmile.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Refuses a file that is not a healthy SQLite database, before anything writes to it. On every
 * open only the first 100 bytes are read (cost independent of the file's size); the full page
 * check ({@link PageCheck}) runs after an unclean shutdown, before a migration or a backup, and on
 * request.
 */
final class FileCheck {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 100;

    private final Path file;

    FileCheck(Path file) {
        this.file = file;
    }

    /**
     * Passes for a missing or empty file and for a file that starts like an SQLite database and is
     * as long as its header says; reads only the first 100 bytes.
     *
     * @return whether there is a database file to check further
     */
    boolean requireHeaderOrAbsent() {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return false;
            }
            byte[] head = new byte[HEADER_LENGTH];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < HEADER.length || !Arrays.equals(Arrays.copyOf(head, HEADER.length), HEADER)) {
                throw new StoreException("store.error.notADatabase", file);
            }
            if (read < HEADER_LENGTH) {
                throw new StoreException("store.error.corrupt", file, "header");
            }
            requireWholeFile(ByteBuffer.wrap(head));
        } catch (IOException e) {
            throw new StoreException(e, "store.error.open", file);
        }
        return true;
    }

    /**
     * A file cut short (a copy interrupted, a disk that lost its tail) still starts well; its
     * header says how many pages it should have. Only when no write-ahead log is waiting: pages
     * in the log may still extend the file.
     */
    private void requireWholeFile(ByteBuffer head) throws IOException {
        int rawPageSize = Short.toUnsignedInt(head.getShort(16));
        long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        long changeCounter = Integer.toUnsignedLong(head.getInt(24));
        long pages = Integer.toUnsignedLong(head.getInt(28));
        long validFor = Integer.toUnsignedLong(head.getInt(92));
        boolean sizeValid = pages > 0 && changeCounter == validFor;
        if (pageSize < 512 || Long.bitCount(pageSize) != 1) {
            throw new StoreException("store.error.corrupt", file, "page size");
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean walWaiting = Files.exists(wal) && Files.size(wal) > 0;
        if (sizeValid && !walWaiting && Files.size(file) < pages * pageSize) {
            throw new StoreException("store.error.corrupt", file, "truncated");
        }
    }

    /** Runs {@link PageCheck} over every table, read-only; time grows with the file. */
    void requirePagesIntact() {
        new PageCheck(file).run(p -> { });
    }
}
