package org.lastmile.sync;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk: a tmpfs of a fixed size mounted on a directory ({@code mount -t tmpfs}), so a
 * write past its size fails with ENOSPC as a full disk does. Where mounting is not allowed (not
 * root, no CAP_SYS_ADMIN, not Linux) the test is skipped with an assumption that says so. Closing
 * unmounts it (lazily if something still holds it).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code bytes} on the (empty, existing) directory, or skips the test. */
    public static SmallDisk mount(Path dir, long bytes) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"),
                "a small tmpfs is mounted only on Linux; this machine is " + System.getProperty("os.name"));
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", dir.toString());
        assumeTrue(rc == 0, "mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN; mount exited "
                + rc + "): the full-disk test is skipped");
        return new SmallDisk(dir);
    }

    /** Bytes a file may still take here. */
    public long free() throws IOException {
        FileStore store = Files.getFileStore(dir);
        return store.getUsableSpace();
    }

    /**
     * Writes a file of zeros that leaves about {@code left} bytes free (tmpfs counts whole pages).
     *
     * @return the filler, to delete when the disk is to have room again
     */
    public Path fillLeaving(long left) throws IOException {
        Path filler = dir.resolve("filler.bin");
        long size = free() - left;
        try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
            long written = 0;
            while (written < size) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - written));
                written += ch.write(zeros);
            }
        }
        return filler;
    }

    @Override
    public void close() throws Exception {
        if (run("umount", dir.toString()) != 0) {
            run("umount", "-l", dir.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noCommand) {
            return 127;
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return 124;
        }
        return p.exitValue();
    }
}
