package org.lastmile.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.sync.protocol.Change;
import org.lastmile.sync.protocol.EnrolAnswer;
import org.lastmile.sync.protocol.Endpoints;
import org.lastmile.sync.protocol.OpResult;
import org.lastmile.sync.protocol.OpStatus;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PullResponse;
import org.lastmile.sync.protocol.PushResponse;
import org.lastmile.sync.protocol.Wire;

/**
 * Two server instances on one real PostgreSQL: two laptops push at once, each through its own
 * server, while a third device follows the pull cursor. Sequences come from the database: they
 * are unique, each device's results increase, and a reader following the cursor during the pushes
 * misses nothing (no sequence became visible after a larger one was served).
 */
class PostgresTwoServersTest {

    @TempDir
    Path tmp;

    @Test
    void twoServersOnOneDatabaseGiveUniqueSequencesThatACursorNeverSkips() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(EmbeddedPostgresCheck.canStart(), EmbeddedPostgresCheck.WHY_NOT);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Path dir = tmp.resolve("server");
            Laptop laptop = new Laptop(tmp.resolve("laptop"));
            try (ServerHarness a = new ServerHarness(dir, url, true); ServerHarness b = new ServerHarness(dir, url, false)) {
                EnrolAnswer first = a.enrol(laptop.officerId);
                EnrolAnswer second = b.enrol(laptop.officerId);
                EnrolAnswer reader = a.enrol(laptop.officerId);
                PushResponse seed = a.json(a.send("POST", Endpoints.PUSH, first.token(),
                        Wire.write(a.mapper, laptop.push(first.deviceId(), laptop.outbox))), PushResponse.class);
                assertThat(seed.results()).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);

                List<Operation> forA = newCases(laptop, 1000, 60);
                List<Operation> forB = newCases(laptop, 2000, 60);
                AtomicBoolean pushing = new AtomicBoolean(true);
                ExecutorService pool = Executors.newFixedThreadPool(3);
                Future<List<OpResult>> pa = pool.submit(() -> pushEach(a, first, laptop, forA));
                Future<List<OpResult>> pb = pool.submit(() -> pushEach(b, second, laptop, forB));
                Future<Set<String>> seen = pool.submit(() -> {
                    Set<String> ids = new HashSet<>();
                    long cursor = 0;
                    boolean last = false;
                    while (true) {
                        boolean wasPushing = pushing.get();
                        PullResponse page = a.json(b.send("GET", Endpoints.PULL + "?after=" + cursor + "&limit=7",
                                reader.token(), null), PullResponse.class);
                        long previous = cursor;
                        for (Change ch : page.changes()) {
                            assertThat(ch.sequence()).isGreaterThan(previous);
                            previous = ch.sequence();
                            ids.add(ch.entityId());
                        }
                        cursor = page.nextCursor();
                        if (!page.more() && last) {
                            return ids;
                        }
                        if (!page.more() && !wasPushing) {
                            last = true;
                        }
                    }
                });
                List<OpResult> ra = pa.get();
                List<OpResult> rb = pb.get();
                pushing.set(false);
                Set<String> pulled = seen.get();
                pool.shutdown();

                assertThat(ra).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);
                assertThat(rb).extracting(OpResult::status).containsOnly(OpStatus.APPLIED);
                assertThat(ra).extracting(OpResult::sequence).isSorted();
                assertThat(rb).extracting(OpResult::sequence).isSorted();
                List<Long> all = new ArrayList<>();
                ra.forEach(r -> all.add(r.sequence()));
                rb.forEach(r -> all.add(r.sequence()));
                assertThat(all).doesNotHaveDuplicates();
                assertThat(pulled).containsAll(forA.stream().map(Operation::entityId).toList())
                        .containsAll(forB.stream().map(Operation::entityId).toList());
            }
        }
    }

    /** One push per operation, so that the two servers interleave their transactions. */
    private static List<OpResult> pushEach(ServerHarness s, EnrolAnswer device, Laptop laptop, List<Operation> ops)
            throws Exception {
        List<OpResult> out = new ArrayList<>();
        for (Operation op : ops) {
            out.addAll(s.json(s.send("POST", Endpoints.PUSH, device.token(),
                    Wire.write(s.mapper, laptop.push(device.deviceId(), List.of(op)))), PushResponse.class).results());
        }
        return out;
    }

    /** New cases made from the laptop's first case with the laptop's own codec: new ids and serials. */
    private static List<Operation> newCases(Laptop laptop, int firstSerial, int count) {
        CaseCodec codec = new CaseCodec(new CanonicalJson(), CourtTable.shipped());
        EnforcementCase template = laptop.outbox.stream().filter(o -> o.entity().equals("case"))
                .map(o -> codec.read(o.payload()))
                .filter(c -> c.officerIds().contains(UUID.fromString(laptop.officerId))).findFirst().orElseThrow();
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseNumber n = template.number();
            EnforcementCase c = new EnforcementCase(UUID.randomUUID(),
                    new CaseNumber(n.year(), n.court(), n.type(), firstSerial + i), template.causeZh(), template.causeBo(),
                    template.title(), template.obligations(), template.filingDate(), template.status(),
                    template.officerIds(), template.parties(), template.progress(), false);
            String payload = codec.write(c);
            ops.add(new Operation(UUID.randomUUID(), "case", c.id().toString(), "upsert", null, payload,
                    Hashes.sha256(payload), java.time.Instant.now(), List.of()));
        }
        return ops;
    }
}
