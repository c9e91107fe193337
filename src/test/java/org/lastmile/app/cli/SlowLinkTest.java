package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.server.store.Entities;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.ChunkCounting;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.LoopbackCourt;
import org.lastmile.sync.ProgressReader;
import org.lastmile.sync.RetryPolicy;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncEngine;
import org.lastmile.sync.SyncProgress;
import org.lastmile.sync.SyncState;
import org.lastmile.sync.SyncSummary;

/**
 * The fault table's row "slow link with dropped connections" (docs/sync.md): a week-like mix of
 * records and files goes to the real court (TLS on loopback) through a proxy that paces the uplink
 * to a few MB/s and cuts connections several times by traffic, then passes everything. The sync
 * completes once the cuts stop (every record on the court once, every file verified under its
 * hash); the bytes the laptop handed to the link stay within 1.1 × the payload; and the progress
 * the sync screen and {@code lastmile sync} read never goes back, across the runs after each cut.
 */
class SlowLinkTest {

    /** The uplink's pace: a mobile link at a county town, slow enough that cuts land mid-chunk. */
    private static final long PACE = 6_000_000;

    @TempDir
    Path laptop;
    @TempDir
    Path court;
    LoopbackCourt loopback;

    @BeforeEach
    void start() {
        loopback = new LoopbackCourt(court);
    }

    @AfterEach
    void stop() {
        loopback.close();
    }

    @Test
    void aSlowLinkThatDropsCompletesOnceTheDropsStopWithinATenthMoreBytesAndProgressNeverGoesBack()
            throws Exception {
        List<UUID> records = new ArrayList<>();
        List<String> files = new ArrayList<>();
        long fileBytes = 0;
        try (Store store = TestStores.open(laptop, false)) {
            String officer = UUID.randomUUID().toString();
            store.settings().put("profile.officerId", officer, officer);
            loopback.enrol(store, officer);
            UUID caseId = loopback.assign(officer, "(2026)青2224执703号", "草场承包经营权纠纷");
            // the case comes down before the week's work, on the good link at the office
            assertThat(new SyncClient(store, Clock.systemUTC()).run(() -> { }).safeToUnplug()).isTrue();

            // a week: a dozen records, seven photos, one file larger than a chunk (the first chunk
            // is 1 MiB), an empty file
            for (int i = 0; i < 12; i++) {
                SiteRecord r = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                        TestStores.CLOCK.instant(), Place.named("ས་ཐོག " + i));
                store.records().saveDraft(r, officer);
                records.add(r.id());
            }
            Random random = new Random(5);
            for (int size : new int[] {310_000, 420_000, 275_000, 512_000, 390_000, 455_000, 1_650_000, (10 << 20) + 333, 0}) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                files.add(TestAttachments.add(store, bytes));
                fileBytes += size;
            }
        }

        // four drops spread over the upload: the connection carrying the upstream byte that passes
        // 0.15, 2.5, 5 and 7.5 MB of the link's whole traffic is cut there; after the fourth the
        // proxy passes everything at the same pace
        try (FaultyProxy proxy = FaultyProxy.atTotal(loopback.port(), List.of(FaultyProxy.Fault.cutUp(150_000),
                FaultyProxy.Fault.cutUp(2_500_000), FaultyProxy.Fault.cutUp(5_000_000),
                FaultyProxy.Fault.cutUp(7_500_000))).slowed(PACE);
                Store store = TestStores.open(laptop, false)) {
            long recordBytes = recordPayloadBytes(store);
            long payload = recordBytes + fileBytes;
            Enrolment real = new SyncState(store.database()).enrolment().orElseThrow();
            Enrolment viaProxy = new Enrolment(java.net.URI.create("https://localhost:" + proxy.port()),
                    real.deviceId(), real.credential(), real.caPem(), real.officerId(), real.courtCode(),
                    real.receiptKey());
            ChunkCounting link = new ChunkCounting(new HttpCourtLink(CourtTls.client(real.caPem(),
                    SyncClient.CONNECT_TIMEOUT), viaProxy, SyncClient.REQUEST_TIMEOUT, Clock.systemUTC()));
            // one attempt, no back-off: each drop ends the run ("stopped", the network), and the next
            // run resumes from what the court acknowledged, as the automatic sync does; the progress
            // is read across those restarts
            SyncEngine engine = SyncEngine.of(store, new RetryPolicy(Duration.ZERO, Duration.ZERO, 1,
                    Duration.ofMinutes(5), () -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard());
            ProgressReader reader = new ProgressReader(store.database(), Clock.systemUTC());
            List<SyncProgress> seen = new ArrayList<>();
            seen.add(reader.read());
            SyncSummary summary = null;
            int runs = 0;
            while (runs < 10 && (summary == null || !summary.safeToUnplug())) {
                summary = engine.run(link, () -> seen.add(reader.read()));
                seen.add(reader.read());
                runs++;
            }

            assertThat(summary.safeToUnplug()).as("%s after %d runs; waiting for a person: %s", summary, runs,
                    WaitingFiles.of(store)).isTrue();
            // a drop ends its run; two drops can fall in one run (the files in flight finish their chunk)
            assertThat(runs).as("runs restarted after the drops").isBetween(2, 5);
            assertThat(proxy.spoiled.get()).as("every cut happened").isEqualTo(4);
            assertThat(link.missing(files)).as("the court verified each file under its hash").isEmpty();
            for (UUID id : records) {
                var row = loopback.server().db().transaction(c -> Entities.find(c, "record", id.toString()));
                assertThat(row).as("record %s on the court", id).isPresent();
                assertThat(row.orElseThrow().version()).as("applied once, whatever was sent again").isEqualTo(1);
            }

            // What the laptop handed to the link: every byte the proxy read from it, TLS records,
            // handshakes of the new connections, HTTP heads and JSON included, and the part of a
            // cut request that went before the cut. Against the payload: the records' payload bytes
            // (as the progress counts them) and the files' bytes.
            long sent = proxy.upstreamBytes.get();
            assertThat(sent).as("bytes sent for %d payload bytes (%d of records); chunks %s", payload, recordBytes,
                    link.chunks).isLessThanOrEqualTo(payload + payload / 10);

            for (int i = 1; i < seen.size(); i++) {
                SyncProgress before = seen.get(i - 1);
                SyncProgress after = seen.get(i);
                assertThat(after.recordsDone()).as("records confirmed, observation %d of %d", i, seen.size())
                        .isGreaterThanOrEqualTo(before.recordsDone());
                assertThat(after.bytesDone()).as("bytes confirmed, observation %d of %d", i, seen.size())
                        .isGreaterThanOrEqualTo(before.bytesDone());
            }
            SyncProgress last = seen.get(seen.size() - 1);
            assertThat(last.recordsDone()).isEqualTo(records.size());
            assertThat(last.bytesDone()).isEqualTo(last.bytesTotal()).isEqualTo(payload);
            System.out.printf("slow link: %d runs, %d observations, %d bytes sent for %d payload (%.3f); chunks %s%n", runs,
                    seen.size(), sent, payload, (double) sent / payload, link.chunks.values());
        }
    }

    /** The records' payload bytes in the outbox, as the progress reader counts them. */
    private static long recordPayloadBytes(Store store) {
        return store.database().read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT coalesce(sum(length(CAST(payload AS BLOB))), 0) FROM outbox WHERE state <> 'confirmed'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
