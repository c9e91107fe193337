package org.lastmile.store;

import org.lastmile.store.audit.ChainCheck;
import org.lastmile.store.open.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainCheck;

class StoreFileSafetyTest {

    @TempDir
    Path dir;

    @Test
    void changingOneByteOfOneAuditEventInTheFileBreaksTheChainAtThatEvent() throws Exception {
        String target;
        try (Store store = TestStores.open(dir, true)) {
            target = store.database().read(tx -> {
                try (var s = tx.connection().prepareStatement("SELECT payload_sha256 FROM audit_events WHERE seq = 5");
                        var r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            });
        }
        char flipped = target.charAt(10) == 'a' ? 'b' : 'a';
        SqliteFiles.replaceInTable(dir.resolve(Database.FILE_NAME), "audit_events", target,
                target.substring(0, 10) + flipped + target.substring(11));

        try (Store store = TestStores.open(dir, true)) {
            ChainCheck check = store.audit().verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBroken()).map(AuditEvent::seq).contains(5L);
            assertThat(check.reason()).isEqualTo(ChainCheck.Reason.HASH);
        }
    }

    @Test
    void auditEventsCannotBeUpdatedOrDeletedThroughSql() {
        try (Store store = TestStores.open(dir, true)) {
            assertThatThrownBy(() -> store.database().transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate("UPDATE audit_events SET actor = 'x' WHERE seq = 1");
                }
            })).hasMessageContaining("append-only");
            assertThatThrownBy(() -> store.database().transaction(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate("DELETE FROM audit_events");
                }
            })).hasMessageContaining("append-only");
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] garbage = "this is a photo, not a database".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        assertKey(() -> TestStores.open(dir, true), "store.error.notADatabase");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDatabaseWithBrokenPagesIsRefusedAndLeftUntouched() throws Exception {
        TestStores.open(dir, true).close();
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite the middle of the file, keeping the header: pages become garbage.
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 4); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertKey(() -> TestStores.open(dir, true), "store.error.corrupt");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aFileWrittenByANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        TestStores.open(dir, true).close();
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', '2030-01-01 00:00:00.000', 1, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        assertKey(() -> TestStores.open(dir, true), "store.error.newerVersion");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anExistingFileIsBackedUpBeforeAMigrationChangesIt() throws Exception {
        TestStores.open(dir, true).close();
        Path file = dir.resolve(Database.FILE_NAME);
        new Migrator(file, dir.resolve("backups"), TestStores.CLOCK, "classpath:db/migration", "classpath:db/extra")
                .migrate();
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            Path backup = backups.findFirst().orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                    Statement s = c.createStatement();
                    var r = s.executeQuery("SELECT count(*) FROM cases")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(8);
            }
        }
        // A fresh directory has nothing to back up.
        Path fresh = dir.resolve("fresh");
        Files.createDirectories(fresh);
        new Migrator(fresh.resolve(Database.FILE_NAME), fresh.resolve("backups"), TestStores.CLOCK).migrate();
        assertThat(fresh.resolve("backups")).doesNotExist();
    }

    private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LocalizedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
