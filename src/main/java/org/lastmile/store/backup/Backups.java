package org.lastmile.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.lastmile.store.audit.ChainAudit;
import org.lastmile.store.audit.HeadFile;
import org.lastmile.store.Durable;
import org.lastmile.store.DataFolder;
import org.lastmile.store.PageCheck;
import org.lastmile.store.SessionMarker;
import org.lastmile.store.StoreException;
import org.lastmile.store.StoreFault;

/**
 * Snapshots of the database in {@code backups/}: made with SQLite's {@code VACUUM INTO} on a
 * connection of their own (a consistent copy while the window keeps saving), each after the pages
 * of the live file passed {@link PageCheck} so that a damaged file never pushes a good snapshot
 * out. Named {@code lastmile-YYYYMMDD-HHMMSS-REASON-sSEQ.db} (UTC; SEQ is the last audit event, so
 * a snapshot of an unchanged file is not made twice). Restoring moves the current file aside as
 * {@code damaged-TIMESTAMP.db}; nothing is ever deleted but snapshots beyond {@link Retention}.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataFolder folder;
    private final Clock clock;
    private final Retention retention;

    public Backups(DataFolder folder, Clock clock, Retention retention) {
        this.folder = folder;
        this.clock = clock;
        this.retention = retention;
    }

    public Backups(Path directory, Clock clock) {
        this(new DataFolder(directory), clock, Retention.DEFAULT);
    }

    /** The snapshots, oldest first. */
    public List<Backup> list() {
        List<Backup> all = new ArrayList<>();
        for (Path p : folder.backupFiles()) {
            all.add(Backup.of(p));
        }
        return all;
    }

    /** The newest snapshot, if any. */
    public Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Checks the pages, then writes a snapshot and applies the retention rule.
     *
     * @param unlessUnchanged skip (empty result) when the newest snapshot already holds the same
     *     last audit event (closing the window twice without an edit)
     * @throws StoreException {@code store.error.corrupt} (nothing written, no snapshot removed),
     *     a disk fault, {@code backup.error.noDatabase}
     */
    public Optional<Backup> now(String reason, boolean unlessUnchanged, Consumer<PageCheck.Progress> progress) {
        Path db = folder.database();
        if (folder.databaseIsEmpty()) {
            throw new StoreException("backup.error.noDatabase", db);
        }
        new PageCheck(db).run(progress);
        long seq = lastEvent(db);
        if (unlessUnchanged && newest().map(b -> b.auditSeq() == seq).orElse(false)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder.backups());
            DataFolder.ownerOnly(folder.backups(), true);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.backup", folder.backups());
        }
        String name = "lastmile-" + STAMP.format(clock.instant()) + "-" + reason + "-s" + seq + ".db";
        Path target = folder.backups().resolve(name);
        Path partial = folder.backups().resolve(name + ".partial");
        try (Connection c = org.lastmile.store.SqliteConnections.open("jdbc:sqlite:" + db);
                PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            Files.deleteIfExists(partial);
            s.setString(1, partial.toString());
            s.execute();
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw StoreFault.of(e).filter(f -> f != StoreFault.DAMAGED)
                    .map(f -> new StoreException(e, f.messageKey(), partial))
                    .orElseGet(() -> new StoreException(e, "store.error.backup", target));
        } catch (IOException e) {
            throw new StoreException(e, "store.error.backup", target);
        }
        try {
            DataFolder.ownerOnly(partial, false);
            fsync(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(e, "store.error.backup", target);
        }
        for (Path old : retention.toRemove(folder.backupFiles(), clock.instant())) {
            deleteQuietly(old);
        }
        return Optional.of(Backup.of(target));
    }

    /** Whether the newest snapshot is older than {@code age} (or there is none). */
    public boolean olderThan(Duration age) {
        return newest().map(b -> b.takenAt().plus(age).isBefore(clock.instant())).orElse(true);
    }

    /**
     * Puts a snapshot back: checks its pages, moves the current database (and its {@code -wal},
     * {@code -shm} and audit head file) aside as {@code damaged-TIMESTAMP…}, and copies the
     * snapshot in its place. Refused while the window has the store open.
     *
     * @return the name the current file was moved to (absent when there was none)
     * @throws StoreException {@code backup.error.unknown}, {@code backup.error.inUse},
     *     {@code store.error.corrupt} for a damaged snapshot (nothing moved)
     */
    public Optional<Path> restore(String name) {
        Path source = folder.backupFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new StoreException("backup.error.unknown", name));
        if (SessionMarker.othersAlive(folder.root())) {
            throw new StoreException("backup.error.inUse", folder.root());
        }
        new PageCheck(source).run(p -> { });
        String stamp = STAMP.format(clock.instant());
        Path aside = folder.root().resolve("damaged-" + stamp + ".db");
        Path restoring = folder.root().resolve("lastmile.db.restoring");
        try {
            Files.copy(source, restoring, StandardCopyOption.REPLACE_EXISTING);
            DataFolder.ownerOnly(restoring, false);
            fsync(restoring);
            Optional<Path> moved = Optional.empty();
            if (Files.exists(folder.database())) {
                Files.move(folder.database(), aside, StandardCopyOption.ATOMIC_MOVE);
                moved = Optional.of(aside);
            }
            moveIfExists(folder.wal(), folder.root().resolve(aside.getFileName() + "-wal"));
            moveIfExists(folder.shm(), folder.root().resolve(aside.getFileName() + "-shm"));
            moveIfExists(folder.headFile(), folder.root().resolve("damaged-" + stamp + "." + DataFolder.HEAD_FILE));
            Files.move(restoring, folder.database(), StandardCopyOption.ATOMIC_MOVE);
            fsync(folder.root());
            // The snapshot's own head goes beside it: the restored chain is checked against it from now on.
            HeadFile.write(folder.headFile(), settingsHead(folder.database()).orElse(HeadFile.EMPTY.text()));
            return moved;
        } catch (IOException e) {
            deleteQuietly(restoring);
            throw new StoreException(e, "backup.error.restore", name);
        }
    }

    private static Optional<String> settingsHead(Path db) {
        try (Connection c = org.lastmile.store.SqliteConnections.open("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT value FROM settings WHERE key = '" + ChainAudit.SETTINGS_HEAD + "'")) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty(); // audit verify reports a snapshot without its head
        }
    }

    private static long lastEvent(Path db) {
        try (Connection c = org.lastmile.store.SqliteConnections.open("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM audit_events")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return -1; // an old file without the table: every snapshot counts as new
        }
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void fsync(Path p) {
        Durable.force(p);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next run.
        }
    }

    /** One snapshot: its file, when it was taken, why, and the last audit event it holds. */
    public record Backup(Path file, Instant takenAt, String reason, long auditSeq, long size) {

        public String name() {
            return file.getFileName().toString();
        }

        static Backup of(Path file) {
            String n = file.getFileName().toString();
            String body = n.substring("lastmile-".length(), n.length() - ".db".length());
            String[] parts = body.split("-");
            Instant at = Instant.EPOCH;
            if (parts.length >= 2) {
                try {
                    at = java.time.LocalDateTime.parse(parts[0] + parts[1],
                            DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException e) {
                    at = Instant.EPOCH;
                }
            }
            String reason = parts.length >= 3 ? parts[2] : "migration";
            long seq = -1;
            if (parts.length >= 4 && parts[3].startsWith("s")) {
                try {
                    seq = Long.parseLong(parts[3].substring(1));
                } catch (NumberFormatException e) {
                    seq = -1;
                }
            }
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = -1;
            }
            return new Backup(file, at, reason, seq, size);
        }
    }
}
