package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.server.CourtServer;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.attachments.AttachmentLimits;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.ChainHead;
import org.lastmile.store.open.Store;

/**
 * Issue 14, sync.md's fault table: the push batches a real laptop sent to the real court (loopback
 * HTTPS, real SQLite files), replayed against a copy of the court as it was before them, each batch
 * twice and in a shuffled order, then once more in the order sent, leave that court as the
 * fault-free run left the original: the same entities at the same versions, the same change feed
 * per entity, the same files, conflicts, quarantine and audit chain. A batch the court refuses out
 * of order changes nothing at all.
 *
 * <p>{@code -Dlastmile.replay.examples=N} and {@code -Dlastmile.replay.seed=S} run more orders.
 */
class ShuffledReplayTest {

    private static final int EXAMPLES = Integer.getInteger("lastmile.replay.examples", 3);
    private static final long SEED = Long.getLong("lastmile.replay.seed", 14L);

    @TempDir
    Path tmp;

    /** One call the laptop made that changes the court: a push, or a chunk of a file. */
    private record Call(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain, String sha256, long size,
            long offset, byte[] chunk, int length, String chunkSha256) {

        boolean push() {
            return ops != null;
        }

        CourtLink.PushReply replay(CourtLink link) throws CourtFault {
            return link.push(ops, head, chain);
        }
    }

    /** Keeps every push and chunk that went through, in the order the court answered them. */
    private static final class Recorder extends CourtLinkDelegate {
        // the engine uploads several files at once: the calls come from several threads
        final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());

        Recorder(CourtLink inner) {
            super(inner);
        }

        @Override
        public PushReply push(List<OutgoingOp> ops, ChainHead head, List<AuditEvent> chain) throws CourtFault {
            PushReply reply = super.push(ops, head, chain);
            calls.add(new Call(List.copyOf(ops), head, List.copyOf(chain), null, 0, 0, null, 0, null));
            return reply;
        }

        @Override
        public ChunkReply append(String sha256, long size, long offset, byte[] chunk, int length, String chunkSha256)
                throws CourtFault {
            ChunkReply reply = super.append(sha256, size, offset, chunk, length, chunkSha256);
            calls.add(new Call(null, null, null, sha256, size, offset, chunk.clone(), length, chunkSha256));
            return reply;
        }
    }

    @Test
    void aShuffledDuplicatedReplayOfThePushBatchesEndsAsTheFaultFreeRun() throws Exception {
        Path before = tmp.resolve("court-before");
        Path laptopDir = Files.createDirectories(tmp.resolve("laptop"));
        List<Call> calls;
        List<String> faultFree;
        try (Store laptop = TestStores.open(laptopDir, false)) {
            String officer = UUID.randomUUID().toString();
            laptop.settings().put("profile.officerId", officer, officer);
            List<UUID> cases = new ArrayList<>();
            try (LoopbackCourt fresh = new LoopbackCourt(before)) {
                fresh.enrol(laptop, officer);
                cases.add(fresh.assign(officer, "(2026)青2224执501号", "草场承包经营权纠纷"));
                cases.add(fresh.assign(officer, "(2026)青2224执502号", "排除妨害纠纷"));
                assertThat(LoopbackCourt.sync(laptop).pulled()).isEqualTo(2);
            }
            Path original = tmp.resolve("court-original");
            Dirs.copy(before, original);
            try (LoopbackCourt court = LoopbackCourt.reopen(original)) {
                Recorder recorder = new Recorder(court.link(laptop));
                // records with photos (one a byte over a chunk), a record edited, a case edited twice
                SiteRecord first = record(laptop, officer, cases.get(0), "ས་ཐོག 1", List.of());
                SiteRecord second = record(laptop, officer, cases.get(1), "ས་ཐོག 2", List.of());
                record(laptop, officer, cases.get(0), "草场 3", List.of(photo(laptop, 17, 1), photo(laptop, 65_537, 2)));
                editCase(laptop, officer, cases.get(0), "土地承包经营权纠纷", null);
                editCase(laptop, officer, cases.get(0), null, "རྩོད་གཞི་གསར་པ");
                assertThat(engine(laptop).run(recorder).outcome()).as("%s", refusals(laptop))
                        .isEqualTo(SyncSummary.Outcome.FINISHED);
                // later edits of what the court already holds
                record(laptop, officer, first, "ས་ཐོག 1 གསར", List.of(photo(laptop, 0, 3)));
                record(laptop, officer, second, "草场 2 改", List.of());
                editCase(laptop, officer, cases.get(1), "相邻关系纠纷", null);
                editCase(laptop, officer, cases.get(0), "土地纠纷", null);
                assertThat(engine(laptop).run(recorder).outcome()).as("%s", refusals(laptop))
                        .isEqualTo(SyncSummary.Outcome.FINISHED);
                calls = recorder.calls;
                faultFree = state(court.server);
            }
        }
        long pushes = calls.stream().filter(Call::push).count();
        assertThat(pushes).as("push batches recorded").isGreaterThanOrEqualTo(3);
        assertThat(calls).as("chunks recorded").anyMatch(c -> !c.push());

        List<Call> batches = calls.stream().filter(Call::push).toList();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(0)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSize(batches.size() * 2))
                .checkAssert(keys -> replay(before, laptopDir, calls, order(batches, keys), faultFree));
    }

    /** Each batch twice, ordered by the generated keys. */
    private static List<Call> order(List<Call> batches, List<Integer> keys) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            slots.add(i);
        }
        slots.sort(Comparator.comparing(keys::get));
        return slots.stream().map(i -> batches.get(i % batches.size())).toList();
    }

    private void replay(Path before, Path laptopDir, List<Call> calls, List<Call> shuffled, List<String> faultFree) {
        try {
            Path copy = Files.createTempDirectory(tmp, "replay");
            Files.delete(copy);
            Dirs.copy(before, copy);
            try (Store laptop = TestStores.open(laptopDir, false); LoopbackCourt court = LoopbackCourt.reopen(copy)) {
                CourtLink link = court.link(laptop);
                List<String> refused = new ArrayList<>();
                List<String> accepted = new ArrayList<>();
                for (Call batch : shuffled) {
                    List<String> was = state(court.server);
                    try {
                        CourtLink.PushReply reply = batch.replay(link);
                        accepted.add(reply.results().stream()
                                .map(r -> r.outcome() + (r.detail() == null ? "" : " " + r.detail())).toList().toString());
                    } catch (CourtFault f) {
                        refused.add(f.getMessage());
                        assertThat(state(court.server)).as("a refused batch (%s) changes nothing", f.getMessage())
                                .isEqualTo(was);
                    }
                }
                // then everything once more in the order the laptop sent it, files included
                for (Call call : calls) {
                    if (call.push()) {
                        call.replay(link);
                    } else {
                        try {
                            link.append(call.sha256(), call.size(), call.offset(), call.chunk(), call.length(),
                                    call.chunkSha256());
                        } catch (CourtFault f) {
                            throw new AssertionError("chunk of " + call.sha256() + " at " + call.offset(), f);
                        }
                    }
                }
                assertThat(state(court.server))
                        .as("court after the replay (answers in the shuffle: %s; refused: %s)", accepted, refused)
                        .containsExactlyElementsOf(faultFree);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object refusals(Store laptop) {
        return new SyncClient(laptop, java.time.Clock.systemUTC()).refusals();
    }

    private static SiteRecord record(Store laptop, String officer, UUID caseId, String place, List<AttachmentRef> photos) {
        SiteRecord r = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN, TestStores.CLOCK.instant(),
                Place.named(place));
        return record(laptop, officer, r, place, photos);
    }

    /** The record saved as a draft with this place and these photos. */
    private static SiteRecord record(Store laptop, String officer, SiteRecord r, String place, List<AttachmentRef> photos) {
        SiteRecord saved = new SiteRecord(r.id(), r.caseId(), r.language(), r.startedAt(), r.endedAt(),
                Place.named(place), r.participants(), r.transcript(), r.agreement(), r.details(), r.cashCollected(),
                photos, r.sketchSha256(), r.signatures(), r.amends(), r.carried());
        laptop.records().saveDraft(saved, officer);
        return saved;
    }

    private static AttachmentRef photo(Store laptop, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return laptop.attachments(AttachmentLimits.DEFAULT).document("photo-" + seed + ".jpg", bytes,
                AttachmentKind.PHOTO, "image/jpeg");
    }

    private static void editCase(Store laptop, String officer, UUID id, String causeZh, String causeBo) {
        EnforcementCase k = laptop.cases().find(id).orElseThrow();
        CaseService.of(laptop).save(Cases.withCause(k, causeZh == null ? k.causeZh() : causeZh,
                causeBo == null ? k.causeBo() : causeBo), officer);
    }

    private static SyncEngine engine(Store laptop) {
        return SyncEngine.of(laptop, new RetryPolicy(Duration.ZERO, Duration.ZERO, 2, Duration.ofMinutes(5), () -> 0.0),
                x -> { }, Runnable::run, new SyncEngine.Limits(2, 1 << 20, 2));
    }

    /**
     * What the court holds, without its global sequence numbers and clock times (they depend on the
     * order of arrival): entities, every entity's change feed in order, files, conflicts,
     * quarantine, the stored answer per operation, the devices' audit chains.
     */
    private static List<String> state(CourtServer server) {
        return server.db().transaction(c -> {
            List<String> out = new ArrayList<>();
            String[] queries = {
                "SELECT 'entity', entity, entity_id, version, payload_sha256, sealed, deleted, court_code, case_id,"
                        + " case_number, officer_ids FROM entities ORDER BY entity, entity_id",
                "SELECT 'change', entity, entity_id, op, version, payload_sha256, court_code, case_id, officer_ids,"
                        + " origin_device, origin_exact FROM changes ORDER BY entity, entity_id, sequence",
                "SELECT 'file', sha256, length, received, state FROM attachments ORDER BY sha256",
                "SELECT 'conflict', op_id, field, entity, entity_id, device_id, base_value, office_value, device_value,"
                        + " resolved_at FROM conflicts ORDER BY op_id, field",
                "SELECT 'quarantine', device_id, op_id, entity_id, payload_sha256, reason FROM quarantine"
                        + " ORDER BY device_id, op_id",
                "SELECT 'op', device_id, op_id, body_sha256, result FROM ops ORDER BY device_id, op_id",
                "SELECT 'device', id, chain_seq, chain_hash, revoked_at FROM devices ORDER BY id",
                "SELECT 'chain', device_id, seq, id, hash, prev_hash FROM device_chain ORDER BY device_id, seq"};
            for (String sql : queries) {
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(i > 1 ? " | " : "").append(r.getString(i));
                        }
                        // the court's sequence numbers inside a stored answer follow the order of arrival
                        out.add(row.toString().replaceAll("\"(server_seq|sequence)\":\\d+", "\"$1\":#"));
                    }
                }
            }
            return out;
        });
    }
}
