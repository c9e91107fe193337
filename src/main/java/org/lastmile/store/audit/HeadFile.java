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
 *
 * <p>The file is made once, holding the empty chain ({@link #EMPTY}), before a fresh data directory
 * receives its first event ({@link #start}), and put back by a restore from the restored
 * snapshot's own head. After that it is only ever replaced, never made again: a missing file means
 * someone deleted it, and {@code audit verify} reports that as tampering instead of the store
 * quietly writing a new one (issue 10).
 */
public final class HeadFile {

    /** The head of a chain without events: what a fresh data directory's file holds. */
    public static final ChainHead EMPTY = new ChainHead(0, "0".repeat(64));

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
            if (head == null || head.equals(written) || !Files.exists(file)) {
                return; // a deleted file stays deleted: that is the evidence audit verify reports
            }
            write(file, head);
            written = head;
        } catch (IOException | RuntimeException e) {
            // The database is the record; a missing head file weakens the evidence, not the data.
        }
    }

    /**
     * Makes the file with the empty chain's head for a data directory about to receive its first
     * event; a file already there is left alone.
     *
     * @throws IOException when it cannot be written (the directory is then not fit to seed)
     */
    public static void start(Path file) throws IOException {
        if (!Files.exists(file)) {
            write(file, EMPTY.text());
        }
    }

    /** Writes {@code head} whole or not at all, durably. */
    public static void write(Path file, String head) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, head + "\n", StandardCharsets.UTF_8);
        DataFolder.ownerOnly(partial, false);
        // Forced before and after the rename: after a power cut the file holds the old head or
        // the new one, never an empty file that reads as "no head kept".
        Durable.force(partial);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.force(file.getParent());
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
