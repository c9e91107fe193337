package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.ChunkCounting;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.RetryPolicy;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncEngine;
import org.lastmile.sync.SyncState;
import org.lastmile.sync.SyncSummary;

/**
 * The budget "an interrupted upload re-sends at most one chunk per file": the link to the
 * real court (TLS on loopback) is cut by a TCP proxy in the middle of chunk bodies, on two
 * connections, while files of several chunks go up. Counting what the engine hands to the link for
 * each file, the bytes sent beyond the file's size are at most one chunk of that file.
 */
class UploadResendTest {

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
    void aCutLinkCostsAtMostOneChunkPerFile() throws Exception {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Store store = TestStores.open(laptop, true)) {
            Random random = new Random(14);
            // several chunks each (the first chunk is 1 MiB, then they grow): a cut lands inside a body
            for (int size : new int[] {(5 << 20) + 17, 7 << 20, (3 << 20) - 5, 6 << 20}) {
                byte[] bytes = new byte[size];
                random.nextBytes(bytes);
                sizes.put(TestAttachments.add(store, bytes), (long) size);
            }
            String officer = store.settings().get("profile.officerId").orElseThrow();
            new SyncClient(store, Clock.systemUTC()).enrol("https://localhost:" + port,
                    server.enrolment().newCode(officer, null), court.resolve("ca.pem"), "laptop");
        }
        // the first connection is cut 4 MB up (inside the first files' chunks), the next one 9 MB up
        try (FaultyProxy proxy = new FaultyProxy(port,
                List.of(FaultyProxy.Fault.cutUp(4_000_000), FaultyProxy.Fault.cutUp(9_000_000)));
                Store store = TestStores.open(laptop, true)) {
            Enrolment real = new SyncState(store.database()).enrolment().orElseThrow();
            Enrolment viaProxy = new Enrolment(java.net.URI.create("https://localhost:" + proxy.port()),
                    real.deviceId(), real.credential(), real.caPem(), real.officerId(), real.courtCode(),
                    real.receiptKey());
            ChunkCounting link = new ChunkCounting(new HttpCourtLink(CourtTls.client(real.caPem(), Duration.ofSeconds(5)),
                    viaProxy, Duration.ofSeconds(30), Clock.systemUTC()));
            SyncEngine engine = SyncEngine.of(store, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                    SyncEngine.Limits.standard());
            SyncSummary summary = engine.run(link);
            for (int again = 0; again < 3 && !summary.safeToUnplug(); again++) {
                summary = engine.run(link); // a run that gave up on the network resumes where it stopped
            }
            assertThat(summary.safeToUnplug()).as("%s; files waiting for a person: %s", summary, waiting(store)).isTrue();
            assertThat(proxy.spoiled.get()).as("both cuts happened").isEqualTo(2);

            long resentInAll = 0;
            for (Map.Entry<String, Long> file : sizes.entrySet()) {
                List<Integer> chunks = link.chunks.getOrDefault(file.getKey(), List.of());
                long offered = chunks.stream().mapToLong(Integer::longValue).sum();
                long resent = offered - file.getValue();
                int largest = chunks.stream().mapToInt(Integer::intValue).max().orElse(0);
                assertThat(resent).as("bytes sent again for %s (chunks %s)", file.getKey(), chunks)
                        .isBetween(0L, (long) largest);
                resentInAll += resent;
            }
            assertThat(resentInAll).as("a cut fell inside an upload").isPositive();
            assertThat(link.missing(sizes.keySet())).isEmpty(); // the court verified each under its hash
        }
    }

    /** What the laptop noted for each file it gave up on (once seen flaky in a full build: NEEDS_PERSON in 1 s). */
    private static java.util.List<String> waiting(Store store) {
        return store.database().read(tx -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var s = tx.connection().prepareStatement(
                    "SELECT sha256 || ': ' || coalesce(result_detail, '') FROM sync_blobs WHERE state = 'needs_person'");
                    var r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
