package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.TestAttachments;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * The laptop's disk fills while a pulled record's photo comes down (issue 14 fault table: "a disk
 * that fills"). The second laptop's blob store is a real 4 MiB tmpfs, filled by a file of ours to
 * leave 1 MiB; the photo is 2 MB. The write past the room fails with ENOSPC: the sync does not
 * take it for a cut link (it used to: eight requests for the same bytes, then "stopped on a network
 * fault"), it says in one line, in the laptop's language, that its disk is full; no file is in the
 * store under the photo's name, and the record was still taken. With the filler deleted the next
 * sync fetches the photo, byte for byte.
 */
class LaptopFullDiskDownloadTest {

    @TempDir
    Path court;
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void aFullLaptopDiskSaysSoInOneLineKeepsNoHalfFileAndTheNextSyncFetchesThePhoto() throws Exception {
        Path blobsDir = Files.createDirectories(second.resolve("blobs"));
        try (SmallDisk disk = SmallDisk.mount(blobsDir, 4L << 20);
                LoopbackCourt c = new LoopbackCourt(court)) {
            byte[] photo = new byte[2_000_000];
            new Random(1406).nextBytes(photo);
            String sha;
            UUID recordId;
            String officer;
            try (Store one = c.enrolledLaptop(first)) {
                officer = LoopbackCourt.officer(one);
                UUID caseId = c.assign(officer, "(2026)青2224执806号", "草场承包经营权纠纷");
                assertThat(LoopbackCourt.sync(one).outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
                sha = TestAttachments.add(one, photo);
                SiteRecord r = SiteRecord.start(caseId, RecordType.ENFORCEMENT, SpokenLanguage.TIBETAN,
                        TestStores.CLOCK.instant(), Place.named("ས་ཐོག")).edit()
                        .attachments(List.of(new AttachmentRef(sha, AttachmentKind.PHOTO, "交付现场.jpg", photo.length,
                                "image/jpeg", null, null, null, false, null))).build();
                recordId = r.id();
                one.records().saveDraft(r, officer);
                assertThat(LoopbackCourt.sync(one).safeToUnplug()).isTrue();
            }
            assertThat(sha).isEqualTo(sha256(photo));

            try (Store two = TestStores.open(second, false)) {
                two.settings().put("profile.officerId", officer, officer);
                c.enrol(two, officer);
                Path filler = disk.fillLeaving(1 << 20);
                assertThat(disk.free()).as("the room left is less than the photo").isLessThan(photo.length);

                LocalizedException full = catchThrowableOfType(() -> c.syncWithoutWaiting(two, delay -> { }),
                        LocalizedException.class);

                assertThat(full).as("the sync said nothing of the full disk").isNotNull();
                assertThat(full.messageKey()).isEqualTo("sync.error.diskFull");
                for (Language language : List.of(Language.CHINESE, Language.TIBETAN, Language.ENGLISH)) {
                    String line = Messages.of(language).get(full.messageKey(), full.messageArgs());
                    assertThat(line).as("in %s", language).doesNotContain("\n").contains(blobsDir.toString())
                            .doesNotContain("Exception");
                }
                assertThat(Messages.of(Language.CHINESE).get(full.messageKey(), full.messageArgs())).contains("磁盘");
                assertThat(two.blobs().exists(sha)).as("no file under the photo's name").isFalse();
                try (Stream<Path> files = Files.walk(blobsDir)) {
                    assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                            .as("nothing in the store is named by the photo's hash").doesNotContain(sha);
                }
                assertThat(two.records().find(recordId)).as("the pulled record itself is kept").isPresent();

                Files.delete(filler);
                SyncSummary roomy = c.syncWithoutWaiting(two, delay -> { });

                assertThat(roomy.outcome()).as("%s", roomy).isEqualTo(SyncSummary.Outcome.FINISHED);
                assertThat(roomy.downloadsPending()).isZero();
                assertThat(sha256(Files.readAllBytes(two.blobs().path(sha)))).isEqualTo(sha256(photo));
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
