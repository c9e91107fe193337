package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.open.Store;

/**
 * The court's own database failing outside an upload is the court's trouble: answered 503
 * {@code server.error.storage} (retried by the laptop, sync.md), not 400 (never retried) nor a 500
 * carrying the exception's text (the old answer to a database fault). The fault is real: the court's
 * idle connections are closed and {@code server.db} is, for a while, a directory, so the court
 * cannot open its database; the laptop's back-off (its injected {@link Sleeper}) puts the file back.
 */
class CourtStorageFaultTest {

    @TempDir
    Path court;
    @TempDir
    Path laptopDir;

    @Test
    void theCourtsUnopenableDatabaseAnswers503AndTheLaptopFinishesOnceItIsBack() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store laptop = c.enrolledLaptop(laptopDir)) {
            String officer = LoopbackCourt.officer(laptop);
            byte[] bytes = new byte[5_000];
            new Random(7).nextBytes(bytes);
            String sha = TestAttachments.add(laptop, bytes);

            Path db = court.resolve("server.db");
            Path away = court.resolve("server.db.away");
            c.server.db().close();
            Files.move(db, away);
            Files.createDirectory(db);
            CourtFault fault = catchThrowableOfType(() -> c.link(laptop).missing(List.of(sha)), CourtFault.class);
            assertThat(fault).as("the court answered while its database could not be opened").isNotNull();
            assertThat(fault.status()).isEqualTo(503);
            assertThat(fault.getMessage()).contains("server.error.storage");

            AtomicInteger waits = new AtomicInteger();
            Sleeper fileBack = delay -> {
                if (waits.getAndIncrement() == 0) {
                    try {
                        Files.delete(db);
                        Files.move(away, db);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            SyncSummary summary = c.syncWithoutWaiting(laptop, fileBack);

            assertThat(summary.outcome()).as("%s; waiting for a person: %s", summary,
                    new SyncClient(laptop, java.time.Clock.systemUTC()).refusals())
                    .isEqualTo(SyncSummary.Outcome.FINISHED);
            assertThat(waits.get()).as("the court's fault was waited out, not given up on").isPositive();
            assertThat(summary.safeToUnplug()).isTrue();
            assertThat(c.link(laptop).missing(List.of(sha))).isEmpty();
        }
    }
}
