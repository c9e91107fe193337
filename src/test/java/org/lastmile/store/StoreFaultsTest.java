package org.lastmile.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.open.Store;
import org.sqlite.SQLiteConfig;

/** Findings 2, 4, 5 and 6 of issue 10 and the open path of issue 18, on real SQLite files. */
class StoreFaultsTest {

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve(Database.FILE_NAME);
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** What a killed process leaves: its marker, with a process id that no longer runs. */
    private void leaveUncleanMarker() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve(SessionMarker.PREFIX + gone.pid()), "");
    }

    private static void damageLastPages(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length - 3 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
    }

    // Issue 10: a failure SQLite has no sentence of ours for (here a broken constraint) still speaks the
    // user's language: the driver's English text stays out, its result code stays in for support.
    @Test
    void anUnexpectedSqliteFailureIsToldInTheUsersLanguageWithItsCodeAndChangesNothing() throws Exception {
        try (Store store = TestStores.open(dir, true)) {
            Database database = store.database();
            long before = database.<Long>read(tx -> count(tx.connection()));
            assertThatThrownBy(() -> database.transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.executeUpdate("INSERT INTO settings(key, value) VALUES ('probe.a', '1')");
                    s.executeUpdate("INSERT INTO settings(key, value) VALUES ('probe.a', '2')");
                }
                return null;
            })).isInstanceOfSatisfying(LocalizedException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("store.error.write");
                String zh = Messages.of(Language.CHINESE).get(e);
                assertThat(zh).contains("SQLITE_CONSTRAINT").doesNotContain("constraint failed")
                        .doesNotContain("UNIQUE constraint");
                assertThat(Messages.of(Language.TIBETAN).get(e)).contains("SQLITE_CONSTRAINT")
                        .doesNotContain("constraint failed");
            });
            assertThat(database.<Long>read(tx -> count(tx.connection()))).as("rolled back").isEqualTo(before);
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM settings")) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    // Issue 18: a clean file opens without reading its pages; after a kill, the pages are read first.
    @Test
    void pagesAreReadOnlyAfterAnUncleanShutdownAndThenTheMessageNamesTheNewestBackup() throws Exception {
        TestStores.open(dir, true).close();
        new org.lastmile.store.backup.Backups(dir, TestStores.CLOCK).now("manual", false, p -> { });
        String backup = new DataFolder(dir).newestBackup().orElseThrow().getFileName().toString();
        damageLastPages(db());
        byte[] damaged = Files.readAllBytes(db());

        try (Store store = TestStores.open(dir, true)) {
            assertThat(store.database().integrityDue()).as("closed cleanly: no check on open").isFalse();
        }
        leaveUncleanMarker();
        List<String> before = names();
        assertThatThrownBy(() -> TestStores.open(dir, true)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("store.error.corrupt");
            assertThat(Messages.of(Language.ENGLISH).get(e)).contains("The newest backup is " + backup
                    + "; put it back with: lastmile backup restore " + backup);
        });
        assertThat(Files.readAllBytes(db())).isEqualTo(damaged);
        assertThat(names()).as("no -wal or -shm beside the damaged file").isEqualTo(before);
    }

    // Finding 2: a file cut to half is refused from its header alone, and the message says so.
    @Test
    void aFileCutToHalfIsRefusedWithoutReadingItsPages() throws Exception {
        TestStores.open(dir, true).close();
        byte[] bytes = Files.readAllBytes(db());
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        Files.write(db(), half);
        List<String> before = names();
        assertThatThrownBy(() -> TestStores.open(dir, true)).isInstanceOfSatisfying(LocalizedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("store.error.corrupt");
            assertThat(Messages.of(Language.ENGLISH).get(e)).endsWith(
                    "There is no backup yet: copy the whole data folder somewhere safe and ask for help");
        });
        assertThat(names()).isEqualTo(before);
        assertThat(Files.readAllBytes(db())).isEqualTo(half);
    }

    // Finding 5: a read-only folder was reported as a damaged file.
    @Test
    void aReadOnlyFileIsToldApartFromADamagedOne() throws Exception {
        TestStores.open(dir, true).close();
        // As root, file modes do not stop SQLite: a read-only connection gives the same SQLITE_READONLY.
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLException readOnly = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db(), config.toProperties());
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE settings SET value = 'x' WHERE key = 'ui.language'");
        } catch (SQLException e) {
            readOnly = e;
        }
        assertThat((Object) readOnly).as("SQLite refused the write").isNotNull();
        StoreException fault = Database.fault(readOnly, db()).orElseThrow();
        assertThat(fault.messageKey()).isEqualTo("store.fault.readonly");
        assertThat(Messages.of(Language.CHINESE).get(fault)).contains("只读").doesNotContain("损坏");
    }

    // Finding 6: a full disk printed Flyway's stack trace and an English "upgrade failed".
    @Test
    void aFullDiskIsOneSentenceAndNothingElseIsPrinted() throws Exception {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Store store = TestStores.open(dir, true)) {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            // SQLite's own page limit gives the same SQLITE_FULL a full disk gives.
            store.database().transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pageCount(tx.connection()));
                }
                return null;
            });
            assertThatThrownBy(() -> store.database().transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.executeUpdate("CREATE TABLE filler (x BLOB)");
                    s.executeUpdate("INSERT INTO filler VALUES (zeroblob(1000000))");
                }
                return null;
            })).isInstanceOfSatisfying(LocalizedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("store.fault.diskfull"));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void flywayPrintsNothingWhenAMigrationFails() throws Exception {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        TestStores.open(dir, true).close();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> new Migrator(db(), dir.resolve("backups"), TestStores.CLOCK,
                    "classpath:db/migration", "classpath:db/failing").migrate())
                    .isInstanceOf(LocalizedException.class);
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static long pageCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA page_count")) {
            r.next();
            return r.getLong(1);
        }
    }

    // Finding 4: a kill while seeding made the seed run again (32 outbox rows instead of 17).
    @Test
    void aProcessKilledWhileSeedingLeavesNothingHalfSeeded() throws Exception {
        Path seeded = dir.resolve("reference");
        try (Store store = TestStores.open(seeded, true)) {
            assertThat(store.outbox().pending()).isPositive();
        }
        long expectedOutbox;
        try (Store store = TestStores.open(seeded, true)) {
            expectedOutbox = store.outbox().pending();
        }
        Path target = dir.resolve("killed");
        Files.createDirectories(target);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SeedingProcess.class.getName(), target.toString()).redirectErrorStream(true).start();
        Path marker = target.resolve(FirstRun.SEEDING);
        boolean sawSeeding = false;
        while (p.isAlive()) {
            if (Files.exists(marker)) {
                sawSeeding = true;
                break;
            }
            Thread.onSpinWait();
        }
        p.destroyForcibly().waitFor();
        try (Store store = TestStores.open(target, true)) {
            assertThat(store.outbox().pending()).isEqualTo(expectedOutbox);
            assertThat(store.chainAudit().verify().intact()).isTrue();
        }
        assertThat(sawSeeding).as("the kill fell inside the seeding (else the test proved nothing)").isTrue();
    }
}
