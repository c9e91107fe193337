package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.Launcher;
import org.lastmile.server.CourtServer;
import org.lastmile.server.office.RecordSummary;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.LoopbackCourt;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncState;

/**
 * sync.md's first fault: the client process killed ({@code kill -9}) in the middle of a sync of
 * records and attachments (an empty file, one a byte over a chunk, files of several chunks),
 * twice, then run again: every record on the court once, every attachment verified by the court
 * under its hash, the outbox drained, the SQLite file intact.
 *
 * <p>The laptop reaches the court through a {@link FaultyProxy}; each kill comes when the link has
 * carried a set number of bytes of that run, with the uplink held there, so the kill is certainly
 * in the middle of the upload on a fast machine as on a loaded one (it used to come at the second
 * and third progress line, printed once a second, which a fast machine may never print). That the
 * sync was not over is checked, not assumed: the killed run had files left to send.
 */
class SyncKillTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;
    /** What each killed run printed (for a failure's message). */
    @TempDir
    Path logs;

    LoopbackCourt loopback;
    CourtServer server;
    int port;

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

    /** Upstream bytes of each killed run before its kill: files in flight, well short of the ~30 MB sent in all. */
    private static final long[] KILL_AFTER = {5_000_000, 7_000_000};

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
        try (FaultyProxy link = FaultyProxy.passing(port)) {
            assertThat(run("sync", "enrol", "--server", "https://localhost:" + link.port(), "--code", code, "--ca",
                    court.resolve("ca.pem").toString()).exit).isZero();
            for (long bytes : KILL_AFTER) {
                killAfter(link, bytes, hashes);
            }
            CliRun resumed = run("sync", "--json");
            assertResumed(resumed, hashes);
        }
    }

    private void assertResumed(CliRun resumed, List<String> hashes) throws Exception {
        assertThat(resumed.exit).as(resumed.err).isZero();
        JsonNode summary = new ObjectMapper().readTree(resumed.out);
        assertThat(summary.path("safe_to_unplug").asBoolean()).isTrue();
        assertThat(summary.path("pending").asLong()).isZero();
        assertThat(query("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).isEqualTo("0");
        assertThat(query("PRAGMA integrity_check")).isEqualTo("ok");

        // The court's own view: no file of ours missing (it verified each under its hash), each record once.
        assertThat(courtLink().missing(hashes)).isEmpty();
        List<RecordSummary> records = server.records().list();
        assertThat(records).extracting(RecordSummary::id).doesNotHaveDuplicates()
                .containsAll(Set.copyOf(localRecordIds()));
    }

    /**
     * Runs {@code lastmile sync} until the link has carried {@code bytes} more upstream bytes, holds
     * the uplink there and kills the process; fails if the run ended first or left nothing to send.
     */
    private void killAfter(FaultyProxy link, long bytes, List<String> hashes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = Files.createTempFile(logs, "sync-killed", ".txt");
        CountDownLatch held = link.holdAt(link.upstreamBytes.get() + bytes);
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "sync", "--data-dir", laptop.toString(), "--lang", "en").redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            // a hang's bound, not a wait: the run reaches its kill point or ends first (then it fails below)
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!held.await(1, TimeUnit.SECONDS) && p.isAlive() && System.nanoTime() < deadline) {
                // the uplink's count or the process's end, whichever comes first
            }
            assertThat(held.getCount()).as("the run ended (or hung) before its kill point, %d upstream bytes: %s",
                    bytes, Files.readString(output)).isZero();
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("killed process gone").isTrue();
        } finally {
            p.destroyForcibly();
            link.release();
        }
        assertThat(p.exitValue()).as("killed, not finished: %s", Files.readString(output)).isNotZero();
        // The kill came before the end: the court still lacks some of the files (asked past the proxy).
        assertThat(courtLink().missing(hashes)).as("files the court lacks after the kill").isNotEmpty();
    }

    /** The laptop's link to the court itself (not through the proxy), with its own timeouts: a loaded machine is slow. */
    private HttpCourtLink courtLink() {
        try (Store store = TestStores.open(laptop, true)) {
            var via = new SyncState(store.database()).enrolment().orElseThrow();
            var enrolment = new org.lastmile.sync.Enrolment(java.net.URI.create("https://localhost:" + port),
                    via.deviceId(), via.credential(), via.caPem(), via.officerId(), via.courtCode(), via.receiptKey());
            return new HttpCourtLink(CourtTls.client(enrolment.caPem(), SyncClient.CONNECT_TIMEOUT), enrolment,
                    SyncClient.REQUEST_TIMEOUT, Clock.systemUTC());
        }
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
