package org.lastmile.store.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lastmile.store.Durable;
import org.lastmile.store.StoreException;

/**
 * Files named by the SHA-256 of their bytes under {@code blobs/ab/abcdef…}. A file is written to a
 * temporary name, forced to disk and renamed before any row that names it commits, so a power cut
 * leaves either the whole file or none.
 */
public final class BlobStore {

    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
    }

    /** Where the blob with this hash lives (whether or not it exists). */
    public Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Where a file being fetched from the court collects its bytes until it hashed to its name. */
    public Path partial(String sha256) {
        return root.resolve("downloads").resolve(sha256 + ".part");
    }

    /**
     * Takes a complete file (a download's partial file) into the store under its name: forced to
     * disk, renamed atomically, the directory forced, so that a power cut leaves the whole file or
     * none. The caller has checked that its bytes hash to {@code sha256}; a file of that name that is
     * there already stays and {@code file} is deleted.
     */
    public void adopt(Path file, String sha256) {
        try {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path target = path(sha256);
            if (Files.exists(target)) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(target.getParent());
            move(file, target);
            forceDirectory(target.getParent());
        } catch (IOException e) {
            throw new StoreException(e, "blob.error.write", e.getMessage());
        }
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * Copies a stream into the store.
     *
     * @return the SHA-256 and size of what was stored
     */
    public Stored put(InputStream in) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "in-", ".part");
            try {
                MessageDigest digest = sha256();
                long size;
                try (DigestInputStream din = new DigestInputStream(in, digest);
                        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                        OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                    size = din.transferTo(out);
                    out.flush();
                    channel.force(true);
                }
                String hash = HexFormat.of().formatHex(digest.digest());
                Path target = path(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    move(temp, target);
                    forceDirectory(target.getParent());
                }
                return new Stored(hash, size);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StoreException(e, "blob.error.write", e.getMessage());
        }
    }

    /** Copies a file into the store. */
    public Stored put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new StoreException(e, "blob.error.read", file);
        }
    }

    /** The SHA-256 and size of a file, read without copying it. */
    public static Stored hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Stored(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()), size);
        } catch (IOException e) {
            throw new StoreException(e, "blob.error.read", file);
        }
    }

    /** Whether the stored file still hashes to its name. */
    public boolean intact(String sha256) {
        return exists(sha256) && hash(path(sha256)).sha256().equals(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // The rename itself must reach the disk before the row that names the file commits.
    private static void forceDirectory(Path dir) {
        Durable.force(dir);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stored file.
     *
     * @param sha256 lower-case hex SHA-256
     * @param size bytes
     */
    public record Stored(String sha256, long size) {
    }
}
