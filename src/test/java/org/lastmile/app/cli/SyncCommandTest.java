package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.CourtServer;
import org.lastmile.server.office.RecordSummary;
import org.lastmile.sync.LoopbackCourt;

/**
 * {@code lastmile sync enrol} and {@code lastmile sync} against the real court server on a
 * loopback port over TLS with the CA {@code server init} made, from a real data directory.
 */
class SyncCommandTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;

    LoopbackCourt loopback;
    CourtServer server;
    int port;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void start() {
        loopback = new LoopbackCourt(court);
        server = loopback.server();
        port = loopback.port();
    }

    @AfterEach
    void stop() {
        loopback.close();
    }

    CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = laptop.toString();
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "en";
        return CliRun.run(all);
    }

    String profileOfficer() throws Exception {
        return query("SELECT value FROM settings WHERE key = 'profile.officerId'");
    }

    String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    CliRun enrol() throws Exception {
        assertThat(run("cases", "list").exit).isZero(); // the demo data directory
        String code = server.enrolment().newCode(profileOfficer(), null);
        return run("sync", "enrol", "--server", "https://localhost:" + port, "--code", code, "--ca",
                court.resolve("ca.pem").toString());
    }

    @Test
    void notEnrolledIsBadInputInOneLine() {
        CliRun r = run("sync");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("This device is not enrolled: run lastmile sync enrol first.");
    }

    @Test
    void aUsedOrWrongCodeIsRefusedAndAWrongCaIsBadInput() throws Exception {
        assertThat(run("cases", "list").exit).isZero();
        Path notACert = laptop.resolve("ca.txt");
        Files.writeString(notACert, "hello");
        CliRun badCa = run("sync", "enrol", "--server", "https://localhost:" + port, "--code", "AAAA-BBBB-CCCC",
                "--ca", notACert.toString());
        assertThat(badCa.exit).isEqualTo(2);
        assertThat(badCa.err.strip()).isEqualTo("The court CA file holds no certificate.");
        CliRun http = run("sync", "enrol", "--server", "http://localhost:" + port, "--code", "AAAA-BBBB-CCCC",
                "--ca", court.resolve("ca.pem").toString());
        assertThat(http.exit).isEqualTo(2);
        CliRun wrong = run("sync", "enrol", "--server", "https://localhost:" + port, "--code", "AAAA-BBBB-CCCC",
                "--ca", court.resolve("ca.pem").toString());
        assertThat(wrong.exit).isEqualTo(2);
        assertThat(wrong.err).startsWith("The court server refused the enrolment code (status 401)");
        assertThat(query("SELECT device_id FROM sync_state")).isNull();
    }

    @Test
    void theDemoDataGoesUpOnceAndAnAssignedCaseComesDown() throws Exception {
        CliRun enrolled = enrol();
        assertThat(enrolled.exit).as(enrolled.err).isZero();
        long outbox = Long.parseLong(query("SELECT count(*) FROM outbox"));

        CliRun first = run("sync", "--json");
        assertThat(first.exit).as(first.err).isZero();
        JsonNode summary = mapper.readTree(first.out);
        assertThat(summary.path("pushed").asLong() + summary.path("duplicates").asLong()).isEqualTo(outbox);
        assertThat(summary.path("pending").asLong()).isZero();
        assertThat(summary.path("safe_to_unplug").asBoolean()).isTrue();
        assertThat(summary.path("attachments_verified").asLong())
                .isEqualTo(Long.parseLong(query("SELECT count(*) FROM attachments")));
        assertThat(first.err).contains("Changes ");
        List<RecordSummary> records = server.records().list();
        String sealed = query("SELECT seal_sha256 FROM records WHERE state = 'sealed'");
        assertThat(records).extracting(RecordSummary::sealSha256).contains(sealed);

        // Again: nothing to send, nothing new.
        CliRun again = run("sync", "--json");
        assertThat(again.exit).isZero();
        assertThat(mapper.readTree(again.out).path("pushed").asLong()).isZero();
        assertThat(server.records().list()).hasSameSizeAs(records);

        // The office assigns a new case to this officer; it comes down with the next sync.
        ArrayNode cases = (ArrayNode) mapper.readTree(run("cases", "list", "--json").out);
        ObjectNode fresh = cases.get(0).deepCopy();
        fresh.put("id", UUID.randomUUID().toString());
        String number = "(2026)青2224执999号";
        fresh.put("case_number", number);
        Path file = court.resolve("assign.json");
        Files.writeString(file, mapper.writeValueAsString(mapper.createArrayNode().add(fresh)));
        assertThat(server.caseImport().importFile(file, profileOfficer())).isEqualTo(1);

        CliRun down = run("sync", "--json");
        assertThat(down.exit).as(down.err).isZero();
        assertThat(mapper.readTree(down.out).path("pulled").asLong()).isEqualTo(1);
        assertThat(run("cases", "list").out).contains(number);
        assertThat(run("audit", "verify").exit).isZero();
    }

    /**
     * sync.md: answers dropped after the server committed, a body cut off at a byte, a byte
     * flipped in a chunk; the sync completes once the faults stop, each record once on the court,
     * each file verified, and no batch or file sent far beyond its size.
     */
    @Test
    void cutAndCorruptedConnectionsAreRetriedAndNothingArrivesTwice() throws Exception {
        assertThat(run("cases", "list").exit).isZero();
        String code = server.enrolment().newCode(profileOfficer(), null);
        List<FaultyProxy.Fault> faults = List.of(
                FaultyProxy.Fault.cutDown(3_000),   // the answer to the first push cut after the server committed
                FaultyProxy.Fault.cutUp(2_500),     // a request body cut off
                FaultyProxy.Fault.flipUp(4_000),    // a byte flipped on the way up (TLS refuses the record)
                FaultyProxy.Fault.cutDown(200));
        try (FaultyProxy proxy = new FaultyProxy(port, faults)) {
            // Enrolment goes straight to the court; the sync goes through the proxy.
            assertThat(run("sync", "enrol", "--server", "https://localhost:" + port, "--code", code, "--ca",
                    court.resolve("ca.pem").toString()).exit).isZero();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                    Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE sync_state SET server_url = 'https://127.0.0.1:" + proxy.port() + "'");
            }
            long outbox = Long.parseLong(query("SELECT count(*) FROM outbox"));
            CliRun r = run("sync", "--json");
            assertThat(r.exit).as(r.err).isZero();
            assertThat(proxy.spoiled.get()).as("every fault happened").isEqualTo(faults.size());
            JsonNode summary = mapper.readTree(r.out);
            assertThat(summary.path("pushed").asLong() + summary.path("duplicates").asLong()).isEqualTo(outbox);
            assertThat(summary.path("safe_to_unplug").asBoolean()).isTrue();
            assertThat(server.records().list()).extracting(RecordSummary::id).doesNotHaveDuplicates();
            assertThat(query("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).isEqualTo("0");
            assertThat(query("SELECT count(*) FROM sync_blobs WHERE state <> 'verified'")).isEqualTo("0");
        }
    }

    @Test
    void aChainCutBackAfterASyncIsFoundByTheCourtsReceipt() throws Exception {
        assertThat(enrol().exit).isZero();
        assertThat(run("sync").exit).isZero();
        assertThat(query("SELECT count(*) FROM sync_receipts WHERE signature_ok = 1")).isNotEqualTo("0");
        // Cut the last events and rewrite every head kept on the laptop to agree with the shorter chain.
        ChainCut.cutLastEvents(laptop);
        CliRun verify = run("audit", "verify");
        assertThat(verify.exit).isEqualTo(1);
        assertThat(verify.err).contains("the head kept in the newest receipt from the court names event");
    }
}
