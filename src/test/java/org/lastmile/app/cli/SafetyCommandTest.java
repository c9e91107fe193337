package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings 2, 3 and 7–10 of issue 10, through the command line a tester used. */
class SafetyCommandTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", dir.toString(), "--lang", "en"))
                .toArray(String[]::new);
        return CliRun.run(all);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lastmile.db"));
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private String demoRecordId() throws Exception {
        JsonNode records = mapper.readTree(run("record", "list", "(2026)青2224执218号", "--json").out);
        return records.get(0).path("id").asText();
    }

    // Finding 7: deleting the last audit events, or all of them, passed "audit verify".
    @Test
    void cuttingTheChainShortIsFoundByItsHeads() throws Exception {
        assertThat(run("audit", "verify").exit).isZero();
        sql("DROP TRIGGER audit_events_no_delete",
                "DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 3 FROM audit_events)");
        CliRun cut = run("audit", "verify");
        assertThat(cut.exit).isEqualTo(1);
        assertThat(cut.err).startsWith("The audit chain was cut short: the head kept in the settings names event");

        sql("DELETE FROM audit_events", "DELETE FROM settings WHERE key = 'audit.head'");
        CliRun all = run("audit", "verify");
        assertThat(all.exit).as("no events left at all").isEqualTo(1);
        assertThat(all.err).contains("cut short");
    }

    // Issue 10, a leftover of finding 7: deleting the head file beside the database passed audit verify, and the
    // next save wrote a new one. The file exists from before the first event on, so a missing one is tampering.
    @Test
    void aDeletedHeadFileIsTamperingAndTheNewestBackupPutsItBack() throws Exception {
        Path head = dir.resolve("audit-head");
        assertThat(run("cases", "list").exit).as("the first call seeds the demo cases").isZero();
        assertThat(head).as("made before the first event").exists();
        assertThat(run("audit", "verify").exit).isZero();
        assertThat(run("backup", "now").exit).isZero();
        String name = mapper.readTree(run("backup", "list", "--json").out).get(0).path("name").asText();

        Files.delete(head);
        CliRun deleted = run("audit", "verify");
        assertThat(deleted.exit).isEqualTo(1);
        assertThat(deleted.err).startsWith("The file audit-head, which keeps the audit chain's head outside the database,"
                + " was deleted or overwritten").contains("lastmile backup restore " + name);

        try (org.lastmile.store.open.Store store = org.lastmile.store.TestStores.open(dir, true)) {
            store.settings().put("ui.language", "bo", "test"); // a save: it must not write a new head file
        }
        assertThat(head).as("not silently made again").doesNotExist();
        assertThat(run("audit", "verify").exit).isEqualTo(1);

        Files.writeString(head, "not a head\n");
        assertThat(run("audit", "verify").err).as("overwritten").startsWith("The file audit-head");

        assertThat(run("backup", "restore", name).exit).isZero();
        assertThat(head).as("the restored snapshot's own head").exists();
        assertThat(run("audit", "verify").exit).isZero();
    }

    // Issue 10: a data directory that never held an event is not tampered with for lacking a head.
    @Test
    void aFreshDataDirectoryStartsWithTheEmptyChainsHead() throws Exception {
        CliRun empty = run("audit", "verify", "--no-demo");
        assertThat(empty.exit).isZero();
        assertThat(Files.readString(dir.resolve("audit-head")).strip())
                .as("written before the first event; replaced by the first commit's head")
                .matches("\\d+ [0-9a-f]{64}");
    }

    // Finding 8: a sealed record set back to draft, or deleted, passed; record verify said exit 2.
    @Test
    void aSealedRecordSetBackToDraftOrDeletedIsTampering() throws Exception {
        String id = demoRecordId();
        sql("DROP TRIGGER records_sealed_no_update", "DROP TRIGGER records_sealed_no_delete",
                "UPDATE records SET state = 'draft', seal_sha256 = NULL WHERE id = '" + id + "'");
        CliRun audit = run("audit", "verify");
        assertThat(audit.exit).isEqualTo(1);
        assertThat(audit.err).startsWith("Record " + id + " was sealed at audit event");
        CliRun record = run("record", "verify", id);
        assertThat(record.exit).isEqualTo(1);
        assertThat(record.err).startsWith("Record " + id + " was sealed");

        sql("DELETE FROM records WHERE id = '" + id + "'");
        assertThat(run("record", "verify", id).exit).isEqualTo(1);
        assertThat(run("audit", "verify").exit).isEqualTo(1);
    }

    // Finding 9: a case edited in the file passed audit verify.
    @Test
    void aCaseEditedInTheFileNoLongerMatchesItsLastAuditEvent() throws Exception {
        assertThat(run("audit", "verify").exit).isZero();
        sql("UPDATE cases SET doc = replace(doc, '扎西', '扎面') WHERE doc LIKE '%扎西%'");
        CliRun changed = run("audit", "verify");
        assertThat(changed.exit).isEqualTo(1);
        assertThat(changed.err).startsWith("The case ").contains("was changed outside LastMile");
    }

    // Finding 3: an empty database beside attachments was seeded over with demo data.
    @Test
    void anEmptyDatabaseBesideAttachmentsIsRefusedAndNothingIsWritten() throws Exception {
        assertThat(run("cases", "list").exit).isZero();
        Files.write(dir.resolve("lastmile.db"), new byte[0]);
        Files.deleteIfExists(dir.resolve("lastmile.db-wal"));
        Files.deleteIfExists(dir.resolve("lastmile.db-shm"));
        CliRun refused = run("cases", "list");
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).startsWith("The database " + dir.resolve("lastmile.db")
                + " is missing or empty, but the folder holds LastMile data (blobs/");
        assertThat(Files.size(dir.resolve("lastmile.db"))).isZero();
        assertThat(dir.resolve("lastmile.db-wal")).doesNotExist();
    }

    // Finding 2: no backups existed; the message named a folder that did not exist.
    @Test
    void backupsAreMadeListedAndRestoredWithTheDamagedFileKeptAside() throws Exception {
        assertThat(run("backup", "now").exit).as("nothing to back up yet").isEqualTo(2);
        assertThat(run("cases", "list").exit).isZero();
        CliRun made = run("backup", "now");
        assertThat(made.exit).isZero();
        JsonNode list = mapper.readTree(run("backup", "list", "--json").out);
        assertThat(list).hasSize(1);
        String name = list.get(0).path("name").asText();
        assertThat(name).matches("lastmile-\\d{8}-\\d{6}-manual-s\\d+\\.db");

        Path db = dir.resolve("lastmile.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = bytes.length - 3 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(db, bytes);
        CliRun check = run("store", "check");
        assertThat(check.exit).isEqualTo(1);
        assertThat(check.err).contains("is damaged").contains("lastmile backup restore " + name);
        assertThat(dir.resolve("lastmile.db-wal")).as("nothing created beside a damaged file").doesNotExist();
        assertThat(dir.resolve("lastmile.db-shm")).doesNotExist();
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);

        CliRun restored = run("backup", "restore", name);
        assertThat(restored.exit).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().matches("damaged-\\d{8}-\\d{6}\\.db"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).as("the damaged file is kept, never deleted").isEqualTo(bytes);
        }
        assertThat(run("store", "check").exit).isZero();
        assertThat(run("audit", "verify").exit).isZero();
        assertThat(run("backup", "restore", "lastmile-nope.db").exit).isEqualTo(2);
    }

    // Finding 10: record show --json printed full ID numbers; files were world-readable.
    @Test
    void idNumbersAreMaskedUnlessRevealedAndTheFilesAreTheOwnersOnly() throws Exception {
        String id = demoRecordId();
        String shown = run("record", "show", id, "--json").out;
        assertThat(shown).doesNotContainPattern("\"id_number\" *: *\"\\d{17}[\\dX]\"")
                .containsPattern("\"id_number\" *: *\"\\d{6}\\*{8}\\d{3}[\\dX]\"");
        String revealed = run("record", "show", id, "--json", "--reveal-ids").out;
        assertThat(revealed).containsPattern("\"id_number\" *: *\"\\d{17}[\\dX]\"");

        run("backup", "now");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("lastmile.db"))))
                .isEqualTo("rw-------");
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups).allSatisfy(p -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(p))).isEqualTo("rw-------"));
        }
    }
}
