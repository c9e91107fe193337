package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.open.Store;

/**
 * A photo the laptop cannot read at this moment for a reason that may pass (here a real
 * {@code IOException} other than "no such file" or "access denied": the photo's path is, for a
 * while, a directory, so reading it fails with EISDIR as an EMFILE or a disk's EIO would) is tried
 * again by the next sync, not left waiting for a person for good; a photo that is gone still needs
 * a person. A real court on loopback TLS, a real SQLite laptop.
 */
class TransientUnreadableFileTest {

    @TempDir
    Path court;
    @TempDir
    Path laptopDir;

    private static SyncSummary sync(Store laptop, LoopbackCourt c) {
        return c.syncWithoutWaiting(laptop, delay -> { });
    }

    @Test
    void aFileUnreadableForAWhileIsSentByTheNextSyncAndAMissingOneNeedsAPerson() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store laptop = c.enrolledLaptop(laptopDir)) {
            String officer = LoopbackCourt.officer(laptop);
            Random random = new Random(14);
            byte[] passing = new byte[200_000];
            random.nextBytes(passing);
            byte[] gone = new byte[3_000];
            random.nextBytes(gone);
            String passingSha = TestAttachments.add(laptop, passing);
            String goneSha = TestAttachments.add(laptop, gone);
            BlobQueue queue = new BlobQueue(laptop.database(), laptop.blobs());
            Path passingFile = laptop.blobs().path(passingSha);
            Path goneFile = laptop.blobs().path(goneSha);

            Files.delete(passingFile);
            Files.createDirectory(passingFile);
            Files.delete(goneFile);
            SyncSummary first = sync(laptop, c);

            assertThat(first.safeToUnplug()).isFalse();
            assertThat(queue.unverified()).as("still to send: the one unreadable for a while, not the gone one")
                    .extracting(BlobQueue.Blob::sha256).containsExactly(passingSha);

            Files.delete(passingFile);
            Files.write(passingFile, passing);
            SyncSummary second = sync(laptop, c);

            assertThat(queue.unverified()).isEmpty();
            assertThat(c.link(laptop).missing(List.of(passingSha, goneSha))).containsExactly(goneSha);
            assertThat(Files.readAllBytes(court.resolve("blobs").resolve(passingSha))).isEqualTo(passing);
            assertThat(second.outcome()).as("the gone file still waits for a person")
                    .isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
        }
    }

    @Test
    void aFileThatStaysUnreadableNeedsAPersonAfterFiveSyncsWithANoteNamingIt() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store laptop = c.enrolledLaptop(laptopDir)) {
            byte[] bytes = new byte[50_000];
            new Random(15).nextBytes(bytes);
            String sha = TestAttachments.add(laptop, bytes);
            BlobQueue queue = new BlobQueue(laptop.database(), laptop.blobs());
            Path file = laptop.blobs().path(sha);
            Files.delete(file);
            Files.createDirectory(file); // EISDIR on every read: a fault that may pass, but does not

            for (int run = 1; run < 5; run++) {
                SyncSummary s = sync(laptop, c);
                assertThat(queue.unverified()).as("after sync %d it is still tried", run)
                        .extracting(BlobQueue.Blob::sha256).containsExactly(sha);
                assertThat(s.outcome()).as("nothing for a person yet after sync %d", run)
                        .isEqualTo(SyncSummary.Outcome.FINISHED);
            }
            SyncSummary fifth = sync(laptop, c);

            assertThat(fifth.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
            assertThat(queue.unverified()).isEmpty();
            assertThat(queue.needingPerson()).isEqualTo(1);
            SyncClient client = new SyncClient(laptop, java.time.Clock.systemUTC());
            List<SyncClient.Refusal> problems = client.refusals();
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.entity()).isEqualTo("file");
                assertThat(p.entityId()).isEqualTo(sha);
                assertThat(p.reason()).startsWith("unreadable 5 times: " + file);
                // the note in the laptop's language names the file and the count
                String zh = p.reasonText(org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.CHINESE));
                assertThat(zh).contains(file.toString()).contains("5 次同步").doesNotContain("unreadable");
                String bo = p.reasonText(org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.TIBETAN));
                assertThat(bo).contains(file.toString()).contains("ཐེངས་ 5 ");
            });
            // made readable again, it is not sent behind the person's back: it waits for them
            Files.delete(file);
            Files.write(file, bytes);
            sync(laptop, c);
            assertThat(c.link(laptop).missing(List.of(sha))).containsExactly(sha);
        }
    }
}
