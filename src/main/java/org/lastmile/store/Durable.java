package org.lastmile.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forcing a file or a folder's entries to the disk, so that a power cut keeps what was written. */
public final class Durable {

    private Durable() {
    }

    /**
     * Forces a file's content, or a folder's entries (a rename inside it), to the disk. Quiet where
     * the platform cannot open a folder (Windows, whose renames are durable there).
     */
    public static void force(Path path) {
        boolean folder = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // A folder that cannot be opened; the file inside it was forced on its own.
        }
    }
}
