package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.Launcher;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.server.office.RecordSummary;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.SyncState;

/**
 * sync.md's first fault: the client process killed ({@code kill -9}) in the middle of a sync of
 * records and attachments (an empty file, one a byte over a chunk, files of several chunks),
 * twice, then run again: every record on the court once, every attachment verified by the court
 * under its hash, the outbox drained, the SQLite file intact.
 */
class SyncKillTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;

    CourtServer server;
    int port;

    @BeforeEach
    void start() {
        CourtServer.init(court, null);
        server = CourtServer.open(court, null, Clock.systemUTC());
        port = server.start("127.0.0.1", 0, Messages.of(Language.ENGLISH));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void killedTwiceMidSyncThenResumedEverythingArrivesOnce() throws Exception {
        List<String> hashes = new ArrayList<>();
        String officer;
        try (Store store = TestStores.open(laptop, true)) {
            officer = store.settings().get("profile.officerId").orElseThrow();
            Random random = new Random(531);
            int[] sizes = {0, (1 << 20) + 1, 1, 3 << 20, 5 << 20, 2 << 20, 4 << 20, (1 << 20) - 1, 6 << 20, 3 << 20};
            for (int size : sizes) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                hashes.add(TestAttachments.add(store, bytes));
            }
        }
        String code = server.enrolment().newCode(officer, null);
        assertThat(run("sync", "enrol", "--server", "https://localhost:" + port, "--code", code, "--ca",
                court.resolve("ca.pem").toString()).exit).isZero();

        for (int kill = 1; kill <= 2; kill++) {
            killAtProgressLine(kill + 1);
        }

        CliRun resumed = run("sync", "--json");
        assertThat(resumed.exit).as(resumed.err).isZero();
        JsonNode summary = new ObjectMapper().readTree(resumed.out);
        assertThat(summary.path("safe_to_unplug").asBoolean()).isTrue();
        assertThat(summary.path("pending").asLong()).isZero();
        assertThat(query("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).isEqualTo("0");
        assertThat(query("PRAGMA integrity_check")).isEqualTo("ok");

        // The court's own view: no file of ours missing (it verified each under its hash), each record once.
        try (Store store = TestStores.open(laptop, true)) {
            var enrolment = new SyncState(store.database()).enrolment().orElseThrow();
            HttpCourtLink link = new HttpCourtLink(CourtTls.client(enrolment.caPem(), Duration.ofSeconds(5)), enrolment,
                    Duration.ofSeconds(30), Clock.systemUTC());
            assertThat(link.missing(hashes)).isEmpty();
        }
        List<RecordSummary> records = server.records().list();
        assertThat(records).extracting(RecordSummary::id).doesNotHaveDuplicates()
                .containsAll(Set.copyOf(localRecordIds()));
    }

    private void killAtProgressLine(int line) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "sync", "--data-dir", laptop.toString(), "--lang", "en").redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String text;
            while ((text = out.readLine()) != null) {
                if (text.startsWith("Changes ") && ++seen == line) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
                    break;
                }
            }
        }
        p.waitFor();
        assertThat(seen).as("the sync was still running when killed").isEqualTo(line);
    }

    private List<String> localRecordIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM records")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private String query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + laptop.resolve("lastmile.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = laptop.toString();
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "en";
        return CliRun.run(all);
    }
}
