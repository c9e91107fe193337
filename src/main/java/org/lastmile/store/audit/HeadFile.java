package org.lastmile.store.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.lastmile.store.Database;
import org.lastmile.store.DataFolder;
import org.lastmile.store.Durable;

/**
 * The audit chain's head in a small file beside the database ({@code audit-head}), rewritten after
 * each commit that moved it. Someone who deletes the last events in the database must also find
 * and edit this file; a head file behind the chain after a crash is normal (it is written after
 * the commit), a head file ahead of it is not.
 */
public final class HeadFile {

    private final Database database;
    private final Path file;
    private volatile String written;

    public HeadFile(Database database, Path file) {
        this.database = database;
        this.file = file;
    }

    /** Writes the head when it changed since the last write. Never throws: it is evidence, not data. */
    public void refresh() {
        try {
            String head = database.read(tx -> {
                try (PreparedStatement s = tx.connection().prepareStatement(
                        "SELECT value FROM settings WHERE key = '" + ChainAudit.SETTINGS_HEAD + "'");
                        ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            });
            if (head == null || head.equals(written)) {
                return;
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, head + "\n", StandardCharsets.UTF_8);
            DataFolder.ownerOnly(partial, false);
            // Forced before and after the rename: after a power cut the file holds the old head or
            // the new one, never an empty file that reads as "no head kept".
            Durable.force(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durable.force(file.getParent());
            written = head;
        } catch (IOException | RuntimeException e) {
            // The database is the record; a missing head file weakens the evidence, not the data.
        }
    }

    /** The head the file holds, if it exists and reads. */
    public static Optional<ChainHead> read(Path file) {
        try {
            return Files.exists(file) ? ChainHead.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
