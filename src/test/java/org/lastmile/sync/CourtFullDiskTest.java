package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.open.Store;

/**
 * The court's disk fills while a laptop uploads (issue 14 fault table: "a disk that fills"). The
 * court's whole data directory is a real 6 MiB tmpfs, filled by a file of ours to leave 256 KiB;
 * the laptop sends three photos of 700 KB each. Each write past the room left fails with ENOSPC:
 * the court answers 503 with its storage key (retried), the laptop keeps every file pending (none
 * waits for a person, none marked verified), and the court acknowledges no partial bytes. With the
 * filler deleted the next sync finishes and every file on the court has its hash.
 */
class CourtFullDiskTest {

    @TempDir
    Path court;
    @TempDir
    Path laptopDir;

    @Test
    void aFullCourtDiskAnswers503TheFilesStayPendingAndTheNextSyncSendsThemOnceThereIsRoom() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(court, 6L << 20)) {
            try (LoopbackCourt c = new LoopbackCourt(court); Store laptop = c.enrolledLaptop(laptopDir)) {
                Random random = new Random(1405);
                List<byte[]> photos = new ArrayList<>();
                List<String> shas = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    byte[] bytes = new byte[700_000];
                    random.nextBytes(bytes);
                    photos.add(bytes);
                    shas.add(TestAttachments.add(laptop, bytes));
                }
                BlobQueue queue = new BlobQueue(laptop.database(), laptop.blobs());
                Path filler = disk.fillLeaving(256 << 10);
                assertThat(disk.free()).as("the room left is less than one photo").isLessThan(700_000);

                SyncSummary full = c.syncWithoutWaiting(laptop, delay -> { });

                assertThat(full.outcome()).as("%s", full).isEqualTo(SyncSummary.Outcome.STOPPED);
                // what the court answers a chunk it has no room for: 503 (tried again), its storage key
                CourtFault fault = catchThrowableOfType(() -> c.link(laptop).append(shas.get(0), photos.get(0).length,
                        0, photos.get(0), photos.get(0).length, shas.get(0)), CourtFault.class);
                assertThat(fault).as("the court took a photo larger than its room left").isNotNull();
                assertThat(fault.status()).isEqualTo(503);
                assertThat(fault.court()).map(CourtMessage::key).contains("server.upload.error.storage");
                assertThat(full.stoppedBy()).as("the court's trouble is told as the court's, not a network fault")
                        .isNotNull();
                assertThat(full.stoppedBy().key()).isEqualTo("server.upload.error.storage");
                assertThat(org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.CHINESE)
                        .get("sync.error.courtTrouble", full.stoppedBy())).contains("法院服务器未能把").contains("写入磁盘");
                assertThat(full.safeToUnplug()).isFalse();
                assertThat(queue.unverified()).as("every photo still to send")
                        .extracting(BlobQueue.Blob::sha256).containsExactlyInAnyOrderElementsOf(shas);
                assertThat(queue.needingPerson()).as("a full court disk is not a person's matter").isZero();
                assertThat(new SyncClient(laptop, java.time.Clock.systemUTC()).refusals()).isEmpty();
                assertThat(c.link(laptop).missing(shas)).as("the court acknowledges none of them")
                        .containsExactlyInAnyOrderElementsOf(shas);
                for (String sha : shas) {
                    var status = c.server().uploads().status(sha);
                    assertThat(status.state()).isNotEqualTo(UploadState.VERIFIED);
                    assertThat(court.resolve("blobs").resolve(sha)).doesNotExist();
                    Path part = court.resolve("uploads").resolve(sha + ".part");
                    // bytes the court holds past what it told the laptop would be garbage taking the room
                    long held = Files.exists(part) ? Files.size(part) : 0;
                    assertThat(held).as("bytes of %s on the court's disk beyond its committed offset", sha)
                            .isEqualTo(Math.max(0, status.offset()));
                }

                Files.delete(filler);
                SyncSummary roomy = c.syncWithoutWaiting(laptop, delay -> { });

                assertThat(roomy.outcome()).as("%s", roomy).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(roomy.safeToUnplug()).isTrue();
                assertThat(queue.unverified()).isEmpty();
                assertThat(c.link(laptop).missing(shas)).isEmpty();
                for (int i = 0; i < photos.size(); i++) {
                    Path onCourt = court.resolve("blobs").resolve(shas.get(i));
                    assertThat(sha256(Files.readAllBytes(onCourt))).as("the court's copy of photo %d", i)
                            .isEqualTo(sha256(photos.get(i)));
                }
                try (Stream<Path> left = Files.list(court.resolve("uploads"))) {
                    assertThat(left).as("no part files left on the court").isEmpty();
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
