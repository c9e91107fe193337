package org.lastmile.store;

import java.nio.file.Path;
import java.util.Optional;
import org.lastmile.common.MessageKeyed;

/**
 * The second half of the message about a damaged database: the newest backup and the command that
 * puts it back, or that there is none yet.
 *
 * @param backup the newest snapshot's file name, or null when there is none
 */
public record RestoreHint(String backup) implements MessageKeyed {

    /** The newest backup of {@code folder}, or none. */
    public static RestoreHint of(DataFolder folder) {
        Optional<Path> newest = folder.newestBackup();
        return new RestoreHint(newest.map(p -> p.getFileName().toString()).orElse(null));
    }

    @Override
    public String messageKey() {
        return backup == null ? "store.restore.none" : "store.restore.hint";
    }

    @Override
    public Object[] messageArgs() {
        return backup == null ? new Object[0] : new Object[] {backup};
    }

    @Override
    public String toString() {
        return backup == null ? "no backup" : "restore " + backup;
    }
}
