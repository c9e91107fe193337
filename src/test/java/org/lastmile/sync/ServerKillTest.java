package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.CourtServer;
import org.lastmile.store.KilledProcess;
import org.lastmile.store.TestStores;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;
import org.lastmile.store.open.Store;

/**
 * sync.md: the server killed (SIGKILL of a real {@code lastmile server start} process) while it
 * applies pushed operations, then started again: the sync finishes, every operation is applied on
 * the court exactly once, every file it marked verified hashes to its name, and the laptop's
 * outbox drains.
 */
class ServerKillTest {

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void theServerKilledMidPushAndRestartedLosesAndDoublesNothing() throws Exception {
        CourtServer.init(court, null);
        try (Store store = TestStores.open(laptop, true)) {
            String officer = store.settings().get("profile.officerId").orElseThrow();
            CourtProcess server = new CourtProcess(court);
            int port = server.port();
            String code;
            try (CourtServer office = CourtServer.open(court, null, Clock.systemUTC())) {
                code = office.enrolment().newCode(officer, null);
            }
            new SyncClient(store, Clock.systemUTC()).enrol("https://localhost:" + port, code, court.resolve("ca.pem"), "kill");
            long outbox = count(laptop.resolve("lastmile.db"), "SELECT count(*) FROM outbox");

            // Small batches so that the kill lands while the court is still applying them: the court is
            // killed as the fourth batch goes to it. It used to be killed when a poll of its database saw
            // three operations, which a loaded machine could see late, after the whole outbox had gone
            // (the run then FINISHED, not STOPPED); now every call after the fourth push waits for the
            // kill, so the run cannot end before it, whatever the schedule.
            SyncEngine engine = SyncEngine.of(store, new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 3,
                    Duration.ofSeconds(10), Math::random), Sleeper.real(), Runnable::run,
                    new SyncEngine.Limits(1, 1 << 20, 500));
            Enrolment enrolment = new SyncState(store.database()).enrolment().orElseThrow();
            KilledAtTheFourthPush link = new KilledAtTheFourthPush(new HttpCourtLink(
                    CourtTls.client(enrolment.caPem(), SyncClient.CONNECT_TIMEOUT), enrolment, SyncClient.REQUEST_TIMEOUT,
                    Clock.systemUTC()));
            CompletableFuture<SyncSummary> first = CompletableFuture.supplyAsync(() -> engine.run(link));
            // bounded only so that a run that ends without pushing four batches fails instead of hanging
            assertThat(link.pushing.await(3, TimeUnit.MINUTES)).as("the fourth batch went to the court").isTrue();
            server.kill();
            link.killed.countDown();
            SyncSummary cut = first.get(5, TimeUnit.MINUTES);
            assertThat(cut.outcome()).isEqualTo(SyncSummary.Outcome.STOPPED);

            try (CourtProcess again = new CourtProcess(court)) {
                int port2 = again.port();
                store.database().transaction(tx -> {
                    try (Statement s = tx.connection().createStatement()) {
                        s.executeUpdate("UPDATE sync_state SET server_url = 'https://localhost:" + port2 + "'");
                    }
                    return null;
                });
                SyncSummary done = new SyncClient(store, Clock.systemUTC()).run(() -> { });
                assertThat(done.safeToUnplug()).isTrue();
                assertThat(done.pending()).isZero();
            }
            Path db = court.resolve("server.db");
            assertThat(count(db, "SELECT count(DISTINCT op_id) FROM ops")).isEqualTo(count(db, "SELECT count(*) FROM ops"));
            // every operation the court took is there once (the demo's cases of other courts are refused, not kept)
            long taken = store.database().read(tx -> {
                try (Statement s = tx.connection().createStatement();
                        ResultSet r = s.executeQuery("SELECT count(*) FROM outbox WHERE state = 'confirmed'")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(taken).isGreaterThan(outbox / 3);
            assertThat(count(db, "SELECT count(*) FROM ops")).isEqualTo(taken);
            assertThat(count(db, "SELECT count(*) FROM changes WHERE entity = 'record' AND op = 'seal'")).isEqualTo(1);
            assertThat(KilledProcess.integrity(store)).isEqualTo("ok");
        }
    }

    /** The real link, whose fourth push tells the test to kill the court; later calls wait for the kill. */
    private static final class KilledAtTheFourthPush extends CourtLinkDelegate {

        final CountDownLatch pushing = new CountDownLatch(1);
        final CountDownLatch killed = new CountDownLatch(1);
        private final AtomicInteger pushes = new AtomicInteger();

        KilledAtTheFourthPush(CourtLink inner) {
            super(inner);
        }

        @Override
        public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain) throws CourtFault {
            if (pushes.incrementAndGet() == 4) {
                pushing.countDown();
            } else {
                afterTheKill();
            }
            return super.push(ops, head, chain);
        }

        @Override
        public PullPage pull(long cursor, int limit) throws CourtFault {
            afterTheKill();
            return super.pull(cursor, limit);
        }

        @Override
        public Set<String> missing(Collection<String> hashes) throws CourtFault {
            afterTheKill();
            return super.missing(hashes);
        }

        @Override
        public ChunkReply offset(String sha256, long size) throws CourtFault {
            afterTheKill();
            return super.offset(sha256, size);
        }

        @Override
        public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
                throws CourtFault {
            afterTheKill();
            return super.append(sha256, size, offset, chunk, length, chunkSha256);
        }

        /** A call after the fourth push goes to the court only once it is killed. */
        private void afterTheKill() {
            if (pushes.get() >= 4) {
                try {
                    killed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static long count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
