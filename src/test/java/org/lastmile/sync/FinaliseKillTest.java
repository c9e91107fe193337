package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lastmile.server.CourtServer;
import org.lastmile.server.files.FinishPause;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * sync.md: the server killed while finalising an attachment. A real court server process (the test
 * launcher {@link PausingCourt}, wired as {@code lastmile server start}) stops ({@link FinishPause})
 * after the last chunk arrived, either before its whole-file hash check or after the move into
 * {@code blobs/} but before the row is marked verified, and is SIGKILLed there. Started again as
 * {@code lastmile server start}, the court lets the laptop's next sync complete the upload: the
 * court's file is byte for byte the laptop's, nothing half done is visible, and nothing but the
 * last chunk is sent twice.
 */
class FinaliseKillTest {

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @ParameterizedTest
    @EnumSource(FinishPause.Stage.class)
    void theServerKilledWhileFinalisingAnUploadCompletesItOnTheNextSync(FinishPause.Stage stage) throws Exception {
        CourtServer.init(court, null);
        byte[] bytes = new byte[(3 << 20) + 7]; // several chunks (the first is 1 MiB)
        new Random(14).nextBytes(bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        try (Store store = TestStores.open(laptop, true)) {
            assertThat(TestAttachments.add(store, bytes)).isEqualTo(sha);
            String officer = store.settings().get("profile.officerId").orElseThrow();
            ChunkCounting link;
            List<Integer> before;
            List<Integer> after;
            try (CourtProcess server = CourtProcess.pausingAt(court, stage, sha)) {
                String code;
                try (CourtServer office = CourtServer.open(court, null, Clock.systemUTC())) {
                    code = office.enrolment().newCode(officer, null);
                }
                new SyncClient(store, Clock.systemUTC()).enrol("https://localhost:" + server.port(), code,
                        court.resolve("ca.pem"), "finalise");
                link = link(store);
                // one attempt per call: the run stops at the kill, so what it offered is what reached the court
                SyncEngine engine = engine(store, 1);
                CompletableFuture<SyncSummary> first = CompletableFuture.supplyAsync(() -> engine.run(link));
                // A run that ends before the court pauses (a reply lost on a loaded machine: one attempt
                // only) ends the wait for the pause too, as a failure that says so instead of a hang.
                first.whenComplete((summary, error) -> server.destroy());
                String paused;
                try {
                    paused = server.awaitLine("paused at ");
                } catch (AssertionError e) {
                    throw new AssertionError("the sync ended before the court paused: " + first.getNow(null), e);
                }
                assertThat(paused).isEqualTo("paused at " + stage + " " + sha);
                // the window itself: nothing of this file is verified, nothing half-written is under its name
                assertThat(verifiedRowsWithoutTheirFile()).isEmpty();
                assertThat(state(sha)).isEqualTo("partial");
                server.kill();
                assertThat(first.get(5, TimeUnit.MINUTES).safeToUnplug()).isFalse();
                synchronized (link.chunks) {
                    before = List.copyOf(link.chunks.get(sha));
                }
            }
            assertThat(before.stream().mapToLong(Integer::longValue).sum()).as("every byte went up once: %s", before)
                    .isEqualTo(bytes.length);

            try (CourtProcess again = new CourtProcess(court)) {
                store.database().transaction(tx -> {
                    try (Statement s = tx.connection().createStatement()) {
                        s.executeUpdate("UPDATE sync_state SET server_url = 'https://localhost:" + again.port() + "'");
                    }
                    return null;
                });
                ChunkCounting second = link(store);
                SyncSummary done = engine(store, 3).run(second);
                assertThat(done.safeToUnplug()).as(done.toString()).isTrue();
                after = second.chunks.getOrDefault(sha, List.of());
            }
            List<Integer> all = new java.util.ArrayList<>(before);
            all.addAll(after);
            long resent = all.stream().mapToLong(Integer::longValue).sum() - bytes.length;
            assertThat(resent).as("bytes sent again (chunks %s, before the kill %s)", all, before)
                    .isBetween(0L, (long) before.get(before.size() - 1));
        }
        assertThat(Files.readAllBytes(court.resolve("blobs").resolve(sha))).isEqualTo(bytes);
        assertThat(state(sha)).isEqualTo("verified");
        assertThat(verifiedRowsWithoutTheirFile()).isEmpty();
        try (Stream<Path> left = Files.list(court.resolve("uploads"))) {
            assertThat(left).as("no partial file left").isEmpty();
        }
    }

    /**
     * The real link to the court the laptop's sync state names, counting chunks, with the laptop's
     * own timeouts. It used to wait 2 s for a connection and 5 s for an answer: at load 30 on two
     * cores a chunk's answer from the just-started court took longer, the first run (one attempt)
     * ended before the court paused, and the test failed. Nothing here waits for a timeout to
     * pass: the first run ends at the kill (the connection is reset), the second when it is done.
     */
    private static ChunkCounting link(Store store) {
        Enrolment enrolment = new SyncState(store.database()).enrolment().orElseThrow();
        return new ChunkCounting(new HttpCourtLink(CourtTls.client(enrolment.caPem(), SyncClient.CONNECT_TIMEOUT),
                enrolment, SyncClient.REQUEST_TIMEOUT, Clock.systemUTC()));
    }

    private static SyncEngine engine(Store store, int attempts) {
        return SyncEngine.of(store, new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), attempts,
                Duration.ofSeconds(10), Math::random), Sleeper.real(), Runnable::run, SyncEngine.Limits.standard());
    }

    /** Verified rows of the court whose file is missing or does not hash to its name. */
    private List<String> verifiedRowsWithoutTheirFile() throws Exception {
        List<String> bad = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + court.resolve("server.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sha256 FROM attachments WHERE state = 'verified'")) {
            while (r.next()) {
                Path file = court.resolve("blobs").resolve(r.getString(1));
                if (!Files.exists(file) || !HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file))).equals(r.getString(1))) {
                    bad.add(r.getString(1));
                }
            }
        }
        return bad;
    }

    private String state(String sha) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + court.resolve("server.db"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT state FROM attachments WHERE sha256 = '" + sha + "'")) {
            return r.next() ? r.getString(1) : "absent";
        }
    }
}
