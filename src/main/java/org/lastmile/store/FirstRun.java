package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Seeds only a folder that holds nothing of LastMile. A database that is missing, empty, or was
 * never seeded, beside attachments, backups or the user's rule files, is what a lost file or a
 * lost {@code -wal} looks like: it is refused with a message (restore the backup) and nothing is
 * written. A {@code .seeding} marker, present only while the first-run transaction runs, tells an
 * interrupted first run (which may be seeded again) from such a loss.
 */
public final class FirstRun {

    static final String SEEDING = ".seeding";

    private final DataFolder folder;

    public FirstRun(DataFolder folder) {
        this.folder = folder;
    }

    /** Before the database is opened: an empty database beside LastMile's other files. */
    public void refuseOverData() {
        if (folder.databaseIsEmpty()) {
            refuseIfTraces();
        }
    }

    /** With the database open but never seeded. */
    public void refuseUnseededOverData() {
        refuseIfTraces();
    }

    private void refuseIfTraces() {
        if (Files.exists(marker())) {
            return; // our own first run, interrupted: its transaction left nothing
        }
        List<String> traces = folder.traces();
        if (!traces.isEmpty()) {
            throw new StoreException("store.error.dataWithoutDatabase", folder.database(), String.join(", ", traces),
                    RestoreHint.of(folder));
        }
    }

    /** Runs the first-run seeding with the marker in place. */
    public void seeding(Runnable seed) {
        try {
            Files.writeString(marker(), "");
        } catch (IOException e) {
            throw new StoreException(e, "store.error.directory", folder.root());
        }
        seed.run();
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            // Harmless: the database now says it was seeded.
        }
    }

    private Path marker() {
        return folder.root().resolve(SEEDING);
    }
}
