package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.open.Store;

/**
 * A fault of the court's own disk while it stores a chunk is the court's trouble, not the laptop's:
 * the laptop must try again (sync.md: 5xx is retried) and finish once the court's disk is back.
 * It used to be answered 400 {@code server.error.body} (every {@code IOException} under a handler
 * was taken for an unreadable request body), which the laptop never retries: the file was left
 * "waiting for a person" for good, the very state of {@code UploadResendTest}'s one failure in a
 * full build (every file waiting after ~1 s, nothing refused). The fault here is real: the court's
 * {@code uploads/} directory is a plain file, so the court cannot open {@code uploads/SHA.part};
 * the laptop's back-off (its injected {@link Sleeper}) is when the disk comes back.
 */
class CourtDiskFaultTest {

    @TempDir
    Path court;
    @TempDir
    Path laptopDir;

    @Test
    void aChunkTheCourtCannotStoreIsTriedAgainAndTheFileIsVerifiedOnceTheDiskIsBack() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store laptop = c.enrolledLaptop(laptopDir)) {
            String officer = LoopbackCourt.officer(laptop);
            byte[] bytes = new byte[300_000];
            new Random(14).nextBytes(bytes);
            String sha = TestAttachments.add(laptop, bytes);

            Path uploads = court.resolve("uploads");
            Files.delete(uploads);
            Files.writeString(uploads, "not a directory");
            AtomicInteger waits = new AtomicInteger();
            Sleeper diskComesBack = delay -> {
                if (waits.getAndIncrement() == 0) {
                    try {
                        Files.delete(uploads);
                        Files.createDirectory(uploads);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            SyncSummary summary = c.syncWithoutWaiting(laptop, diskComesBack);

            assertThat(summary.outcome()).as("%s; waiting for a person: %s", summary,
                    new SyncClient(laptop, java.time.Clock.systemUTC()).refusals())
                    .isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(waits.get()).as("the court's fault was waited out, not given up on").isPositive();
            assertThat(summary.safeToUnplug()).isTrue();
            assertThat(Files.readAllBytes(court.resolve("blobs").resolve(sha))).isEqualTo(bytes);
        }
    }
}
