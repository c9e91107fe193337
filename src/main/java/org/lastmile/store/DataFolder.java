package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The files of an officer's data directory and what they say about it: whether it already holds
 * LastMile data (so that demo data is never seeded over it), where the backups are, and who may
 * read it (the folder 0700, the database and its backups 0600 where the file system has POSIX
 * permissions; on Windows the user's profile folder already carries the user's own ACL).
 */
public final class DataFolder {

    /** The folder of snapshots, {@code lastmile-YYYYMMDD-HHMMSS*.db}. */
    public static final String BACKUPS = "backups";
    /** Attachments named by their SHA-256. */
    public static final String BLOBS = "blobs";
    /** The audit chain's head, kept beside the database (see {@code store.audit.ChainHeads}). */
    public static final String HEAD_FILE = "audit-head";
    /** Files a user keeps beside the database: their presence means the folder is in use. */
    static final List<String> SETTINGS_FILES = List.of("deadlines.properties", "record-rules.properties", HEAD_FILE);


    private final Path root;

    public DataFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve(Database.FILE_NAME);
    }

    public Path wal() {
        return root.resolve(Database.FILE_NAME + "-wal");
    }

    public Path shm() {
        return root.resolve(Database.FILE_NAME + "-shm");
    }

    public Path backups() {
        return root.resolve(BACKUPS);
    }

    public Path headFile() {
        return root.resolve(HEAD_FILE);
    }

    /**
     * Whether the database holds nothing: no file, zero bytes, or an SQLite file without a single
     * table (the state a lost {@code -wal} leaves behind). Opens nothing beside the file.
     */
    public boolean databaseIsEmpty() {
        Path db = database();
        try {
            if (!Files.exists(db) || Files.size(db) == 0) {
                return true;
            }
            if (Files.exists(wal()) && Files.size(wal()) > 0) {
                return false; // the tables may still be in the log
            }
        } catch (IOException e) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        // immutable: SQLite reads the file as it is and creates no -wal or -shm beside it.
        try (Connection c = SqliteConnections.open("jdbc:sqlite:file:" + db.toUri().getRawPath() + "?immutable=1",
                config.toProperties());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return r.next() && r.getLong(1) == 0;
        } catch (SQLException e) {
            return false; // unreadable is not empty: the open path reports it
        }
    }

    /**
     * What of LastMile is in the folder besides the database: attachments, backups, a damaged
     * copy set aside, the files a user keeps there. Empty for a folder never used.
     */
    public List<String> traces() {
        List<String> found = new ArrayList<>();
        for (String dir : List.of(BLOBS, BACKUPS)) {
            if (hasEntries(root.resolve(dir))) {
                found.add(dir + "/");
            }
        }
        for (String file : SETTINGS_FILES) {
            if (Files.exists(root.resolve(file))) {
                found.add(file);
            }
        }
        try (Stream<Path> files = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("damaged-")).sorted()
                    .forEach(found::add);
        } catch (IOException e) {
            found.add(root.toString());
        }
        return found;
    }

    /** The snapshots in {@code backups/}, oldest first (their names sort by time). */
    public List<Path> backupFiles() {
        if (!Files.isDirectory(backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups())) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("lastmile-") && n.endsWith(".db") && Files.isRegularFile(p);
            }).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest snapshot, if there is one. */
    public Optional<Path> newestBackup() {
        List<Path> all = backupFiles();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Creates the folder readable by its owner only. */
    public void create() throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root);
            ownerOnly(root, true);
        }
    }

    /**
     * Makes the folder, the database, its {@code -wal} and {@code -shm}, the backups and the head
     * file readable by the owner only ({@link OwnerOnly}). Best effort: a file system with neither
     * POSIX permissions nor ACLs keeps its own rules.
     */
    public void secure() {
        ownerOnly(root, true);
        for (Path p : List.of(database(), wal(), shm(), headFile())) {
            ownerOnly(p, false);
        }
        if (Files.isDirectory(backups())) {
            ownerOnly(backups(), true);
            backupFiles().forEach(p -> ownerOnly(p, false));
        }
    }

    /** Restricts one file or folder to its owner: POSIX permissions, or the owner's own ACL (Windows). */
    public static void ownerOnly(Path p, boolean directory) {
        OwnerOnly.apply(p, directory);
    }

    private static boolean hasEntries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}
