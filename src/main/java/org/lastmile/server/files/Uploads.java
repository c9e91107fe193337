package org.lastmile.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.sync.protocol.Limits;
import org.lastmile.sync.protocol.MissingAnswer;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;

/**
 * Attachments received in chunks (tus-like): a chunk must start where the server's copy ends
 * (else 409, nothing changed) and carry its own SHA-256 (else 422, chunk discarded). Bytes are
 * written to {@code uploads/SHA.part} and fsynced before the offset is committed (a chunk's answer
 * promises that the court holds it: the laptop never sends it again); when the last byte arrives
 * the whole file is hashed, and only a file whose hash is its name is moved to {@code blobs/SHA}
 * and marked verified ({@link VerifiedGroup}: files finishing together share the directory's fsync
 * and the commit); any other is deleted.
 *
 * <p>The whole-file hash is taken as the bytes arrive (a running digest per file, kept while the
 * chunks follow each other in this process), so the file is not read back from disk: a file of one
 * chunk, a photo, is hashed once. A digest that does not reach back to byte 0 (the server restarted
 * in the middle of the file) is not trusted: the part file is read and hashed then, as before.
 */
public final class Uploads {

    private final ServerDb db;
    private final Path blobs;
    private final Path partial;
    private final Clock clock;
    /** The piece a chunk's body is streamed in. */
    private static final int PIECE = 1 << 16;

    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    /** Digest of bytes 0..offset of each file being received, while its chunks come in order. */
    private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();
    private final FinishPause pause;
    private final VerifiedGroup durable;

    public Uploads(ServerDb db, Path dataDir, Clock clock) {
        this(db, dataDir, clock, FinishPause.none());
    }

    /** As {@link #Uploads(ServerDb, Path, Clock)}, stopping where a kill test asks ({@link FinishPause}). */
    public Uploads(ServerDb db, Path dataDir, Clock clock, FinishPause pause) {
        this.db = db;
        this.pause = pause;
        this.blobs = dataDir.resolve("blobs");
        this.partial = dataDir.resolve("uploads");
        this.clock = clock;
        this.durable = new VerifiedGroup(db, blobs, clock);
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadStatus status(String sha256) {
        name(sha256);
        return db.read(c -> AttachmentRows.status(c, sha256));
    }

    public MissingAnswer missing(MissingQuery query) {
        return db.transaction(c -> {
            List<String> out = new ArrayList<>();
            for (String sha : query.sha256()) {
                if (!AttachmentRows.verified(c, sha)) {
                    out.add(sha);
                }
            }
            return new MissingAnswer(out);
        });
    }

    /** The verified file of a hash (for the office), if there is one. */
    public Path file(String sha256) {
        return blobs.resolve(name(sha256));
    }

    /**
     * Appends one chunk.
     *
     * @param checksum the {@code Upload-Checksum} header: {@code sha256 HEX}
     * @throws Refusal 400 bad headers, 409 {@code server.upload.error.offset} or
     *     {@code server.upload.error.length}, 413 too large, 422 {@code server.upload.error.chunkChecksum}
     *     or {@code server.upload.error.fileHash}, 503 {@code server.upload.error.storage} when the
     *     court's own disk fails (retried by the laptop)
     */
    public UploadStatus append(String sha256, long offset, long length, String checksum, InputStream body) {
        name(sha256);
        if (length < 0 || length > Limits.MAX_ATTACHMENT_BYTES || offset < 0 || offset > length) {
            throw new Refusal(400, "server.upload.error.header", sha256);
        }
        if (checksum == null || !checksum.startsWith("sha256 ") || !isHex(checksum.substring(7))) {
            throw new Refusal(400, "server.upload.error.header", sha256);
        }
        // The court's own disk failing (a .part it cannot open, write, hash or move) is the court's
        // trouble: 503, which the laptop tries again. It used to reach the API's catch-all for
        // IOExceptions, answered 400 "request body incomplete", never retried: the file waited for
        // a person for good (CourtDiskFaultTest). Only a body that cannot be read is the request's fault.
        try {
            synchronized (locks.computeIfAbsent(sha256, k -> new Object())) {
                UploadStatus now = status(sha256);
                if (now.state() == UploadState.VERIFIED) {
                    running.remove(sha256);
                    return now;
                }
                if (movedBeforeACrash(sha256, length)) {
                    // killed between the move into blobs/ and the commit: finish the commit, and do not write
                    // the resent chunk (a new .part would fail the whole-file check and cost a full resend)
                    return markVerified(sha256, length);
                }
                if (now.length() >= 0 && now.length() != length) {
                    throw new Refusal(409, "server.upload.error.length", sha256);
                }
                if (offset != now.offset()) {
                    throw new Refusal(409, "server.upload.error.offset", sha256, now.offset());
                }
                Path part = partial.resolve(sha256 + ".part");
                Received chunk = receive(sha256, part, offset, length, checksum.substring(7), body);
                long received = offset + chunk.bytes;
                if (received < length) {
                    UploadStatus next = new UploadStatus(sha256, length, received, UploadState.PARTIAL);
                    db.transaction(c -> {
                        AttachmentRows.put(c, next, clock.instant());
                        return null;
                    });
                    return next;
                }
                return finish(sha256, length, part, chunk.whole);
            }
        } catch (UncheckedIOException disk) {
            throw new Refusal(503, "server.upload.error.storage", sha256);
        }
    }

    /** What one chunk brought: its length, and the whole file's SHA-256 when it was the last one and the digest reached back to byte 0. */
    private record Received(long bytes, String whole) {
    }

    /**
     * Streams the chunk's body into the part file from {@code offset} while it is hashed (its own
     * SHA-256 and, when the file's digest reaches back to byte 0, the whole file's), then checks it
     * and fsyncs. The body is never held whole in memory (it was read into one array and copied
     * twice: a photo's bytes as garbage three times over). A chunk refused (its checksum, too large,
     * a cut body) leaves the part file as it was: cut back to the committed offset, or gone if this
     * chunk made it.
     */
    private Received receive(String sha256, Path part, long offset, long length, String expected, InputStream body) {
        int max = (int) Math.min(Limits.MAX_CHUNK_BYTES, length - offset);
        Running before = running.remove(sha256); // put back only when this chunk is kept
        MessageDigest chunkDigest = sha256Digest();
        // a chunk at 0 is the start of the whole file's digest; a later one continues it if it is here
        MessageDigest wholeDigest = offset > 0 && before != null && before.offset == offset ? copy(before.digest) : null;
        boolean fresh = !Files.exists(part);
        boolean kept = false;
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            try {
                // bytes past the committed offset come from an attempt that never committed: drop them
                ch.truncate(offset);
                long bytes = copy(body, ch, offset, max, chunkDigest, wholeDigest);
                if (offset == 0) {
                    wholeDigest = copy(chunkDigest);
                }
                if (!HexFormat.of().formatHex(chunkDigest.digest()).equals(expected)) {
                    throw new Refusal(422, "server.upload.error.chunkChecksum", sha256);
                }
                // fdatasync: the bytes and the file's size (what reading them back needs), not its
                // times. The name: a finished file's is made durable by the directory's fsync in
                // VerifiedGroup; a part file's once, below, when its first chunk is not the whole file.
                ch.force(false);
                kept = true;
                long received = offset + bytes;
                if (received < length) {
                    if (fresh) {
                        // a new part whose offset is about to be committed: its name must survive a
                        // power cut too, or the next chunk would land after a hole and the whole file
                        // would go again (more than the one chunk a cut may cost)
                        forceDirectory(partial);
                    }
                    if (wholeDigest != null) {
                        running.put(sha256, new Running(wholeDigest, received));
                    }
                    return new Received(bytes, null);
                }
                return new Received(bytes, wholeDigest == null ? null : HexFormat.of().formatHex(wholeDigest.digest()));
            } finally {
                if (!kept && !fresh) {
                    ch.truncate(offset);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!kept && fresh) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // the next chunk truncates it to its offset anyway
                }
            }
        }
    }

    /**
     * Copies the body into {@code ch} at {@code offset}, at most {@code max} bytes, updating the digests.
     *
     * @throws Refusal 413 more than {@code max} bytes, 400 a body that cannot be read (cut)
     */
    private static long copy(InputStream body, FileChannel ch, long offset, int max, MessageDigest chunk,
            MessageDigest whole) throws IOException {
        byte[] buffer = new byte[PIECE];
        long copied = 0;
        while (true) {
            int n;
            try {
                n = body.read(buffer, 0, (int) Math.min(buffer.length, max - copied + 1));
            } catch (IOException | RuntimeException cut) {
                // Jetty's EofException for a cut body, or the stream failing: the request's fault
                throw new Refusal(400, "server.error.body");
            }
            if (n < 0) {
                return copied;
            }
            if (copied + n > max) {
                throw new Refusal(413, "server.upload.error.tooLarge", max);
            }
            chunk.update(buffer, 0, n);
            if (whole != null) {
                whole.update(buffer, 0, n);
            }
            ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
            long at = offset + copied;
            while (b.hasRemaining()) {
                at += ch.write(b, at);
            }
            copied += n;
        }
    }

    static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException notOnThisSystem) {
            // directories cannot be opened for fsync everywhere (Windows)
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private UploadStatus finish(String sha256, long length, Path part, String received) {
        Path target = blobs.resolve(sha256);
        try {
            pause.reached(FinishPause.Stage.HASHING, sha256);
            String whole = received != null ? received : hash(part); // null: begun before a restart
            if (!whole.equals(sha256) || Files.size(part) != length) {
                Files.deleteIfExists(part);
                db.transaction(c -> {
                    AttachmentRows.remove(c, sha256);
                    return null;
                });
                throw new Refusal(422, "server.upload.error.fileHash", sha256);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            pause.reached(FinishPause.Stage.MOVED, sha256);
            return durable.verified(sha256, length); // the directory's fsync, then the row
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadStatus markVerified(String sha256, long length) {
        running.remove(sha256);
        return durable.verified(sha256, length);
    }

    /** The digest of a file's first {@code offset} bytes as they arrived. */
    private record Running(MessageDigest digest, long offset) {
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code blobs/SHA} holds the whole file already (only a checked file is ever moved there). */
    private boolean movedBeforeACrash(String sha256, long length) {
        Path target = blobs.resolve(sha256);
        try {
            if (!Files.exists(target) || Files.size(target) != length || !hash(target).equals(sha256)) {
                return false;
            }
            Files.deleteIfExists(partial.resolve(sha256 + ".part"));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String name(String sha256) {
        if (!isHex(sha256) || sha256.length() != 64) {
            throw new Refusal(400, "server.upload.error.name", String.valueOf(sha256));
        }
        return sha256;
    }

    private static boolean isHex(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f');
    }
}
