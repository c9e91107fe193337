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
import org.lastmile.store.Hashes;
import org.lastmile.sync.protocol.Limits;
import org.lastmile.sync.protocol.MissingAnswer;
import org.lastmile.sync.protocol.MissingQuery;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;

/**
 * Attachments received in chunks (tus-like): a chunk must start where the server's copy ends
 * (else 409, nothing changed) and carry its own SHA-256 (else 422, chunk discarded). Bytes are
 * written to {@code uploads/SHA.part} and fsynced before the offset is committed; when the last
 * byte arrives the whole file is hashed, and only a file whose hash is its name is moved to
 * {@code blobs/SHA} and marked verified; any other is deleted.
 */
public final class Uploads {

    private final ServerDb db;
    private final Path blobs;
    private final Path partial;
    private final Clock clock;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
    private final FinishPause pause;

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
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadStatus status(String sha256) {
        name(sha256);
        return db.transaction(c -> AttachmentRows.status(c, sha256));
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
     *     or {@code server.upload.error.fileHash}
     */
    public UploadStatus append(String sha256, long offset, long length, String checksum, InputStream body) {
        name(sha256);
        if (length < 0 || length > Limits.MAX_ATTACHMENT_BYTES || offset < 0 || offset > length) {
            throw new Refusal(400, "server.upload.error.header", sha256);
        }
        if (checksum == null || !checksum.startsWith("sha256 ") || !isHex(checksum.substring(7))) {
            throw new Refusal(400, "server.upload.error.header", sha256);
        }
        synchronized (locks.computeIfAbsent(sha256, k -> new Object())) {
            UploadStatus now = status(sha256);
            if (now.state() == UploadState.VERIFIED) {
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
            byte[] chunk = read(body, length - offset);
            if (!Hashes.sha256(chunk).equals(checksum.substring(7))) {
                throw new Refusal(422, "server.upload.error.chunkChecksum", sha256);
            }
            Path part = partial.resolve(sha256 + ".part");
            write(part, offset, chunk);
            long received = offset + chunk.length;
            if (received < length) {
                UploadStatus next = new UploadStatus(sha256, length, received, UploadState.PARTIAL);
                db.transaction(c -> {
                    AttachmentRows.put(c, next, clock.instant());
                    return null;
                });
                return next;
            }
            return finish(sha256, length, part);
        }
    }

    private UploadStatus finish(String sha256, long length, Path part) {
        Path target = blobs.resolve(sha256);
        try {
            pause.reached(FinishPause.Stage.HASHING, sha256);
            if (!hash(part).equals(sha256) || Files.size(part) != length) {
                Files.deleteIfExists(part);
                db.transaction(c -> {
                    AttachmentRows.remove(c, sha256);
                    return null;
                });
                throw new Refusal(422, "server.upload.error.fileHash", sha256);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(blobs, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException notOnThisSystem) {
                // directories cannot be opened for fsync everywhere (Windows); the move is atomic anyway
            }
            pause.reached(FinishPause.Stage.MOVED, sha256);
            return markVerified(sha256, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadStatus markVerified(String sha256, long length) {
        UploadStatus done = new UploadStatus(sha256, length, length, UploadState.VERIFIED);
        db.transaction(c -> {
            AttachmentRows.put(c, done, clock.instant());
            return null;
        });
        return done;
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

    private static void write(Path part, long offset, byte[] chunk) {
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // bytes past the committed offset come from an attempt that never committed: drop them
            ch.truncate(offset);
            ByteBuffer b = ByteBuffer.wrap(chunk);
            long at = offset;
            while (b.hasRemaining()) {
                at += ch.write(b, at);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(InputStream body, long remaining) {
        int max = (int) Math.min(Limits.MAX_CHUNK_BYTES, remaining);
        try {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new Refusal(413, "server.upload.error.tooLarge", max);
            }
            return bytes;
        } catch (IOException e) {
            throw new Refusal(400, "server.error.body");
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
