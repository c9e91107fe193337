package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/** The engine on a real SQLite data directory (the demo cases and record) against {@link TestCourt}. */
class SyncEngineTest {

    @TempDir
    Path dir;

    private Store store;
    private TestCourt court;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = TestStores.open(dir, true);
        court = new TestCourt();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SyncEngine engine(int batchCount, long batchBytes) {
        return SyncEngine.of(store, new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 4,
                Duration.ofMinutes(5), () -> 0.5), waits::add, Runnable::run, new SyncEngine.Limits(batchCount, batchBytes, 2));
    }

    private long count(String sql) {
        return store.database().read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private List<String> outboxIds() {
        return store.database().read(tx -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT op_id FROM outbox ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        });
    }

    @Test
    void theOutboxDrainsInBoundedBatchesEveryOperationOnceInOrder() {
        List<String> ids = outboxIds();
        assertThat(ids).as("the demo data leaves operations to send").hasSizeGreaterThan(5);

        SyncSummary s = engine(3, 1 << 20).run(court);

        assertThat(s.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(s.pushed()).isEqualTo(ids.size());
        assertThat(court.batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 3));
        List<String> sent = court.batches.stream().flatMap(List::stream).map(op -> op.opId().toString()).toList();
        assertThat(sent).as("in outbox order, each once").isEqualTo(ids);
        assertThat(count("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).isZero();
        assertThat(s.safeToUnplug()).isTrue();
        assertThat(s.pending()).isZero();
    }

    @Test
    void aBatchStaysUnderTheByteBoundUnlessOneOperationIsLargerAlone() {
        long bound = 2_000;
        engine(500, bound).run(court);
        for (List<OutgoingOp> batch : court.batches) {
            long bytes = batch.stream().mapToLong(OutgoingOp::bytes).sum();
            assertThat(bytes <= bound || batch.size() == 1).as("batch of %d ops, %d bytes", batch.size(), bytes).isTrue();
        }
        assertThat(court.batches.size()).isGreaterThan(1);
    }

    @Test
    void aKillAfterTheCourtCommittedResendsTheBatchAndTheCourtAnswersDuplicates() {
        List<String> ids = outboxIds();
        court.fault = new TestCourt.Fault() {
            @Override
            public Exception on(String call, int n) {
                return call.equals("push") && n == 2 ? new TestCourt.Killed() : null;
            }

            @Override
            public boolean afterCommit() {
                return true;
            }
        };
        assertThatThrownBy(() -> engine(3, 1 << 20).run(court)).isInstanceOf(TestCourt.Killed.class);
        assertThat(count("SELECT count(*) FROM outbox WHERE state = 'sent'")).as("the batch in flight").isEqualTo(3);
        // What the progress shows is read from the file: the first batch is confirmed.
        SyncProgress before = new ProgressReader(store.database(), TestStores.CLOCK).read();
        assertThat(before.recordsDone()).isEqualTo(3);
        assertThat(before.recordsTotal()).isEqualTo(ids.size());
        assertThat(before.safeToUnplug()).isFalse();

        court.fault = (c, n) -> null;
        SyncSummary resumed = engine(3, 1 << 20).run(court);

        assertThat(resumed.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(resumed.duplicates()).isEqualTo(3);
        assertThat(resumed.pushed()).isEqualTo(ids.size() - 6);
        assertThat(court.appliedCount.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(court.appliedCount.values()).allMatch(n -> n == 1);
        assertThat(count("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).isZero();
        SyncProgress after = new ProgressReader(store.database(), TestStores.CLOCK).read();
        assertThat(after.recordsDone()).isEqualTo(ids.size());
    }

    @Test
    void aNetworkFaultPastTheRetriesStopsResumablyAndTheNextRunFinishes() {
        int total = outboxIds().size();
        court.fault = (call, n) -> call.equals("push") && n >= 2 ? CourtFault.network("connection reset", null) : null;

        SyncSummary stopped = engine(3, 1 << 20).run(court);
        assertThat(stopped.outcome()).isEqualTo(SyncSummary.Outcome.STOPPED);
        assertThat(stopped.pending()).isEqualTo(total - 3 + count("SELECT count(*) FROM sync_blobs"));
        assertThat(waits).as("three waits before the fourth failure stops the run").hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));

        court.fault = (c, n) -> null;
        SyncSummary finished = engine(3, 1 << 20).run(court);
        assertThat(finished.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(court.appliedCount).hasSize(total);
        assertThat(court.appliedCount.values()).allMatch(n -> n == 1);
    }

    @Test
    void aRefusedRequestIsNotRetriedAndNeedsAPerson() {
        court.fault = (call, n) -> call.equals("push") ? CourtFault.status(401, null, "server.auth.revoked") : null;
        SyncSummary s = engine(3, 1 << 20).run(court);
        assertThat(s.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
        assertThat(court.calls("push")).isEqualTo(1);
        assertThat(waits).isEmpty();
        assertThat(s.safeToUnplug()).isFalse();
    }

    @Test
    void retryAfterIsWaitedOutThenTheSameBatchGoesAgain() {
        court.fault = (call, n) -> call.equals("push") && n == 1
                ? CourtFault.status(503, Duration.ofSeconds(7), "busy") : null;
        SyncSummary s = engine(3, 1 << 20).run(court);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(s.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
        assertThat(court.appliedCount.values()).allMatch(n -> n == 1);
    }

    @Test
    void attachmentsAreVerifiedAfterTheRecordsAndOnlyThenIsItSafeToUnplug() {
        long blobs = count("SELECT count(*) FROM sync_blobs");
        assertThat(blobs).as("the demo record's signature images").isPositive();
        court.fault = (call, n) -> call.equals("missing") ? CourtFault.network("down", null) : null;
        SyncSummary first = engine(50, 1 << 20).run(court);
        assertThat(first.outcome()).isEqualTo(SyncSummary.Outcome.STOPPED);
        assertThat(count("SELECT count(*) FROM outbox WHERE state <> 'confirmed'")).as("records first").isZero();
        assertThat(first.safeToUnplug()).as("records are there, files not").isFalse();

        court.fault = (c, n) -> null;
        SyncSummary second = engine(50, 1 << 20).run(court);
        assertThat(second.attachmentsVerified()).isEqualTo(blobs);
        assertThat(second.safeToUnplug()).isTrue();
        for (String sha : court.verified) {
            assertThat(store.blobs().intact(sha)).isTrue();
        }
    }

    @Test
    void anInterruptedUploadResumesFromTheCourtsOffsetAndResendsAtMostOneChunk() throws Exception {
        byte[] big = new byte[ChunkSizer.FIRST * 3 + 1];
        new java.util.Random(7).nextBytes(big);
        String bigSha = attach(big);
        String emptySha = attach(new byte[0]);
        byte[] overOne = new byte[ChunkSizer.FIRST + 1];
        new java.util.Random(8).nextBytes(overOne);
        String overSha = attach(overOne);
        // The connection drops after the court stored the second chunk of the big file, many times.
        court.fault = new TestCourt.Fault() {
            @Override
            public Exception on(String call, int n) {
                return call.equals("append") && n == 2 ? new TestCourt.Killed() : null;
            }

            @Override
            public boolean afterCommit() {
                return true;
            }
        };
        List<String> order = new ArrayList<>(List.of(bigSha, emptySha, overSha));
        order.sort(null);
        assertThatThrownBy(() -> engine(50, 1 << 20).run(court)).isInstanceOf(TestCourt.Killed.class);
        court.fault = (c, n) -> null;
        SyncSummary s = engine(50, 1 << 20).run(court);

        assertThat(s.safeToUnplug()).isTrue();
        assertThat(court.verified).contains(bigSha, emptySha, overSha);
        long payload = 0;
        for (String sha : court.verified) {
            payload += store.blobs().path(sha).toFile().length();
        }
        // The chunk that was stored before the kill but not acknowledged is the only one sent twice.
        assertThat(court.bytesReceived).isLessThanOrEqualTo(payload + ChunkSizer.CEILING);
        assertThat(court.bytesReceived - payload).isLessThanOrEqualTo(2L * ChunkSizer.FIRST);
    }

    @Test
    void aCorruptedChunkIsRefusedAndSentAgainFromTheFile() throws Exception {
        byte[] data = new byte[ChunkSizer.FIRST + 10];
        new java.util.Random(3).nextBytes(data);
        String sha = attach(data);
        Set<Integer> corrupted = new HashSet<>();
        CourtLink flipping = new CourtLinkDelegate(court) {
            @Override
            public ChunkReply append(String h, long size, long offset, byte[] chunk, int length, String chunkSha)
                    throws CourtFault {
                if (h.equals(sha) && corrupted.add((int) offset)) {
                    byte[] copy = chunk.clone();
                    copy[length / 2] ^= 0x01; // a byte flipped on the way
                    return super.append(h, size, offset, copy, length, chunkSha);
                }
                return super.append(h, size, offset, chunk, length, chunkSha);
            }
        };
        SyncSummary s = engine(50, 1 << 20).run(flipping);
        assertThat(s.safeToUnplug()).isTrue();
        assertThat(court.verified).contains(sha);
        assertThat(court.uploads.get(sha).toByteArray()).isEqualTo(data);
    }

    @Test
    void aConflictKeepsBothValuesForAPersonAndTheOfficeValueArrivesWithThePull() throws Exception {
        var header = org.lastmile.service.CaseService.of(store).headers().get(0);
        var c = store.cases().find(header.id()).orElseThrow();
        String caseId = c.id().toString();
        court.conflictOn.put(caseId, "status");
        String localStatus = JsonField.value(store.cases().find(c.id()).map(x -> new org.lastmile.store.json.CaseCodec(
                store.json(), store.courts()).write(x)).orElseThrow(), "status");
        // The office closed it meanwhile: its version comes down with the pull.
        String office = "SUSPENDED".equals(localStatus) ? "SETTLEMENT" : "SUSPENDED";
        String officeDoc = new org.lastmile.store.json.CaseCodec(store.json(), store.courts()).write(c)
                .replace("\"status\":\"" + localStatus + "\"", "\"status\":\"" + office + "\"");
        assertThat(officeDoc).contains(office);
        court.changes.add(new CourtLink.PulledChange(100, "case", caseId, 7, false, officeDoc));

        SyncSummary s = engine(50, 1 << 20).run(court);

        assertThat(s.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
        assertThat(s.conflicts()).isPositive();
        List<Conflicts.Open> open = new Conflicts(store.database()).open();
        assertThat(open).isNotEmpty().allSatisfy(o -> {
            assertThat(o.entityId()).isEqualTo(caseId);
            assertThat(o.value().field()).isEqualTo("status");
            assertThat(o.value().local()).isEqualTo(localStatus);
            assertThat(o.value().server()).isEqualTo(office);
        });
        assertThat(store.cases().find(c.id()).orElseThrow().status().name()).isEqualTo(office);
        assertThat(new SyncState(store.database()).cursor()).isEqualTo(100);
    }

    private String attach(byte[] bytes) {
        return TestAttachments.add(store, bytes);
    }
}
