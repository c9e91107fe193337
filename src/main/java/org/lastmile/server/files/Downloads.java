package org.lastmile.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.server.store.AttachmentAccess;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.sync.protocol.AttachmentNames;

/**
 * Verified files served to a device's laptop by SHA-256, whole or from an offset ({@code Range:
 * bytes=N-} or {@code bytes=N-M}), so that a download cut off is continued, not started over. Only
 * a file that a record the device's officer may see names ({@link AttachmentAccess}) is served;
 * any other answer is the same 404 {@code server.download.error.notFound}, whether the court holds
 * the file for another court, holds it unverified or not at all. The court does not hash the file
 * again as it serves it: the laptop hashes what it received before it shows it.
 */
public final class Downloads {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{1,18})-(\\d{0,18})");

    private final ServerDb db;
    private final Path blobs;

    public Downloads(ServerDb db, Path dataDir) {
        this.db = db;
        this.blobs = dataDir.resolve("blobs");
    }

    /**
     * A part of a file on its way out.
     *
     * @param start its first byte
     * @param length how many bytes follow
     * @param total the whole file's length
     * @param partial whether the answer is a part ({@code 206} with {@code Content-Range}) or the whole
     * @param body the bytes; the caller closes it
     */
    public record Served(long start, long length, long total, boolean partial, InputStream body) {

        /** The {@code Content-Range} of a partial answer. */
        public String contentRange() {
            return "bytes " + start + "-" + (start + length - 1) + "/" + total;
        }
    }

    /**
     * Opens the file for a device.
     *
     * @param range the request's {@code Range} header, {@code null} for the whole file
     * @throws Refusal 400 {@code server.download.error.range} (a range not of the form {@code bytes=N-}
     *     or {@code bytes=N-M}, or beyond the file), 404 {@code server.download.error.notFound}
     */
    public Served open(Device device, String sha256, String range) {
        long[] asked = parse(range, sha256);
        boolean allowed = AttachmentNames.isSha256(sha256) && db.transaction(c ->
                AttachmentRows.verified(c, sha256) && AttachmentAccess.visible(c, device, sha256));
        Path file = allowed ? blobs.resolve(sha256) : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw new Refusal(404, "server.download.error.notFound", sha256);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                long total = channel.size();
                if (asked == null || total == 0 && asked[0] == 0) {
                    return new Served(0, total, total, false, Channels.newInputStream(channel));
                }
                long start = asked[0];
                long end = asked[1] < 0 ? total - 1 : Math.min(asked[1], total - 1);
                if (start >= total || end < start) {
                    throw new Refusal(400, "server.download.error.range", sha256, range);
                }
                channel.position(start);
                return new Served(start, end - start + 1, total, true,
                        new Bounded(Channels.newInputStream(channel), end - start + 1));
            } catch (RuntimeException | IOException e) {
                channel.close();
                throw e;
            }
        } catch (IOException disk) {
            throw new java.io.UncheckedIOException(disk); // the court's own storage: 503
        }
    }

    /** {@code [start, end]} of a {@code Range} header, end -1 when open; {@code null} without a header. */
    private static long[] parse(String range, String sha256) {
        if (range == null) {
            return null;
        }
        Matcher m = RANGE.matcher(range.trim());
        if (!m.matches()) {
            throw new Refusal(400, "server.download.error.range", sha256, range);
        }
        long start = Long.parseLong(m.group(1));
        long end = m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2));
        if (end >= 0 && end < start) {
            throw new Refusal(400, "server.download.error.range", sha256, range);
        }
        return new long[] {start, end};
    }

    /** At most {@code left} bytes of a stream. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
