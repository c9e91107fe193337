package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.ChunkCounting;
import org.lastmile.sync.CourtTls;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.HttpCourtLink;
import org.lastmile.sync.LoopbackCourt;
import org.lastmile.sync.RetryPolicy;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncEngine;
import org.lastmile.sync.SyncState;
import org.lastmile.sync.SyncSummary;

/**
 * The budget "an interrupted upload re-sends at most one chunk per file": the link to the
 * real court (TLS on loopback) is cut by a TCP proxy in the middle of chunk bodies, on two
 * connections, while files of several chunks go up (several at once, one per connection). Counting
 * what the engine hands to the link for each file, each cut costs at most the one chunk it cut: a
 * file sends again at most one of its chunks per cut, and all files together at most one chunk per
 * cut.
 */
class UploadResendTest {

    @TempDir
    Path laptop;
    @TempDir
    Path court;
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
            loopback.enrol(store, officer);
        }
        // the first connection to carry 2 MB is cut there (inside a file's second chunk), then the first
        // to carry 3 MB: by traffic, not by connection order, since pooled connections are the client's
        try (FaultyProxy proxy = FaultyProxy.inTurn(port,
                List.of(FaultyProxy.Fault.cutUp(2_000_000), FaultyProxy.Fault.cutUp(3_000_000)));
                Store store = TestStores.open(laptop, true)) {
            Enrolment real = new SyncState(store.database()).enrolment().orElseThrow();
            Enrolment viaProxy = new Enrolment(java.net.URI.create("https://localhost:" + proxy.port()),
                    real.deviceId(), real.credential(), real.caPem(), real.officerId(), real.courtCode(),
                    real.receiptKey());
            // the laptop's own timeouts: a loaded build machine is slow, and a cut is what the proxy does, not a wait
            ChunkCounting link = new ChunkCounting(new HttpCourtLink(CourtTls.client(real.caPem(),
                    SyncClient.CONNECT_TIMEOUT), viaProxy, SyncClient.REQUEST_TIMEOUT, Clock.systemUTC()));
            SyncEngine engine = SyncEngine.of(store, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run,
                    SyncEngine.Limits.standard());
            SyncSummary summary = engine.run(link);
            for (int again = 0; again < 3 && !summary.safeToUnplug(); again++) {
                summary = engine.run(link); // a run that gave up on the network resumes where it stopped
            }
            assertThat(summary.safeToUnplug()).as("%s; files waiting for a person: %s", summary, WaitingFiles.of(store)).isTrue();
            assertThat(proxy.spoiled.get()).as("both cuts happened").isEqualTo(2);

            // Several files go at once, one per connection, so a cut stops one file's chunk in flight,
            // and both cuts can fall on the same file: each cut may cost one chunk, no more.
            int cuts = proxy.spoiled.get();
            long resentInAll = 0;
            List<Integer> offeredAll = new java.util.ArrayList<>();
            for (Map.Entry<String, Long> file : sizes.entrySet()) {
                List<Integer> chunks = link.chunks.getOrDefault(file.getKey(), List.of());
                offeredAll.addAll(chunks);
                long offered = chunks.stream().mapToLong(Integer::longValue).sum();
                long resent = offered - file.getValue();
                int largest = chunks.stream().mapToInt(Integer::intValue).max().orElse(0);
                assertThat(resent).as("bytes sent again for %s (chunks %s)", file.getKey(), chunks)
                        .isBetween(0L, (long) cuts * largest);
                resentInAll += resent;
            }
            long oneChunkPerCut = offeredAll.stream().sorted(java.util.Comparator.reverseOrder()).limit(cuts)
                    .mapToLong(Integer::longValue).sum();
            assertThat(resentInAll).as("a cut fell inside an upload; at most one chunk again per cut (chunks %s)",
                    link.chunks).isBetween(1L, oneChunkPerCut);
            assertThat(link.missing(sizes.keySet())).isEmpty(); // the court verified each under its hash
        }
    }
}
