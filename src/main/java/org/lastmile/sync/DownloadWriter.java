package org.lastmile.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;
import org.lastmile.common.LocalizedException;

/**
 * Writes a download's body into its partial file from the offset the court answered, so that the
 * bytes received before a cut are kept and the next request continues after them. The file is
 * forced to disk when the body ends or breaks: what a checkpoint counts is on the disk.
 */
final class DownloadWriter {

    /** Bytes between two progress reports. */
    private static final long REPORT_EVERY = 4 << 20;

    private DownloadWriter() {
    }

    /**
     * @param start where the body begins in the file (the partial file is cut back to it first)
     * @param total the whole file's length
     * @return {@code total}
     * @throws IOException the body broke off (the bytes before stay), or the local disk failed
     */
    static long write(InputStream body, Path part, long start, long total, LongConsumer progress) throws IOException {
        // Only the body breaking off is the link's fault (IOException: retried, resumed). The laptop's
        // own disk failing (full, ENOSPC) is not: retrying it asked the court eight times for the same
        // bytes and then said "network fault" (LaptopFullDiskDownloadTest). It ends the run with one
        // line in the officer's language; what was written stays in the partial file for the next run.
        Path store = part.getParent().getParent();
        try (FileChannel out = open(part, start, store, total - start)) {
            long at = start;
            long reported = at;
            byte[] buffer = new byte[64 << 10];
            try {
                int n;
                while (at < total && (n = body.read(buffer, 0, (int) Math.min(buffer.length, total - at))) >= 0) {
                    ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                    try {
                        while (b.hasRemaining()) {
                            at += out.write(b, at);
                        }
                        if (at - reported >= REPORT_EVERY) {
                            out.force(false);
                            progress.accept(at);
                            reported = at;
                        }
                    } catch (IOException disk) {
                        throw local(disk, store, total - at);
                    }
                }
            } finally {
                try {
                    out.force(false);
                } catch (IOException disk) {
                    // the disk failing here is told by the write that failed, or by the next line
                    if (at >= total) {
                        throw local(disk, store, 0);
                    }
                }
            }
            if (at < total) {
                throw new IOException("body ended at " + at + " of " + total);
            }
            progress.accept(at);
            return total;
        }
    }

    /** The partial file, cut back to {@code start}; the laptop's disk failing here is the laptop's fault. */
    private static FileChannel open(Path part, long start, Path store, long needed) {
        FileChannel out = null;
        try {
            Files.createDirectories(part.getParent());
            out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (out.size() > start) {
                out.truncate(start);
            }
            return out;
        } catch (IOException disk) {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the failure told below is the one that matters
                }
            }
            throw local(disk, store, needed);
        }
    }

    /**
     * The laptop's disk failing under a download: {@code sync.error.diskFull} when the store has
     * less room than the bytes still to come (ENOSPC, as a full disk answers), otherwise
     * {@code blob.error.write} naming the folder.
     */
    private static LocalizedException local(IOException disk, Path store, long needed) {
        long room;
        try {
            room = Files.getFileStore(store).getUsableSpace();
        } catch (IOException unknown) {
            room = Long.MAX_VALUE;
        }
        return room < Math.max(1, needed) || String.valueOf(disk.getMessage()).contains("No space left")
                ? new LocalizedException(disk, "sync.error.diskFull", store)
                : new LocalizedException(disk, "blob.error.write", store);
    }
}
