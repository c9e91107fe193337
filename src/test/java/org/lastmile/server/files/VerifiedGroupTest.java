package org.lastmile.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.store.AttachmentRows;
import org.lastmile.server.store.ServerDb;
import org.lastmile.sync.protocol.UploadState;

/**
 * The group commit of finished uploads on a real SQLite store: however many requests finish at
 * once, each one's answer comes only when its own row reads back as verified from the database
 * (what a restarted server would see), and every row of the group is there.
 */
class VerifiedGroupTest {

    @TempDir
    Path dir;

    @Test
    void everyAnswerComesAfterItsOwnRowIsCommitted() throws Exception {
        try (ServerDb db = ServerDb.sqlite(dir)) {
            VerifiedGroup group = new VerifiedGroup(db, dir, Clock.systemUTC());
            int files = 24;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<UploadState>> seen = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                String sha = String.format("%064x", i + 1);
                seen.add(pool.submit(() -> {
                    start.await();
                    group.verified(sha, 100 + sha.hashCode() % 7);
                    // read on another pooled connection, right after the answer
                    return db.transaction(c -> AttachmentRows.status(c, sha)).state();
                }));
            }
            start.countDown();
            for (Future<UploadState> f : seen) {
                assertThat(f.get()).isEqualTo(UploadState.VERIFIED);
            }
            pool.shutdown();
            for (int i = 0; i < files; i++) {
                String sha = String.format("%064x", i + 1);
                boolean verified = db.transaction(c -> AttachmentRows.verified(c, sha));
                assertThat(verified).as(sha).isTrue();
            }
        }
    }
}
