package org.lastmile.store.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.store.Hashes;
import org.lastmile.store.blobs.BlobStore;

class AttachmentImporterTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(AttachmentImporterTest.class.getResource("/attachments/" + name).toURI());
    }

    private AttachmentImporter importer(AttachmentLimits limits) {
        return new AttachmentImporter(new BlobStore(dir.resolve("blobs")), limits, ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aPhotoIsStoredUnderItsHashWithExifTimeAndPosition() throws Exception {
        Path photo = resource("field-photo.jpg");
        AttachmentRef ref = importer(AttachmentLimits.DEFAULT).photo(photo);
        assertThat(ref.sha256()).isEqualTo(Hashes.sha256(Files.readAllBytes(photo)));
        assertThat(ref.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(ref.mediaType()).isEqualTo("image/jpeg");
        assertThat(ref.capturedAt()).isEqualTo(Instant.parse("2026-11-20T06:32:05Z"));
        assertThat(ref.latitude()).isCloseTo(37.3210987, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(ref.longitude()).isCloseTo(100.1234567, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(new BlobStore(dir.resolve("blobs")).intact(ref.sha256())).isTrue();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndNothingIsStored() throws Exception {
        assertThatThrownBy(() -> importer(AttachmentLimits.DEFAULT).photo(resource("not-a-photo.jpg")))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.notAnImage"));
        assertThat(blobCount()).isZero();
    }

    @Test
    void aPhotoOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        AttachmentLimits tiny = new AttachmentLimits(100, 100, 100);
        assertThatThrownBy(() -> importer(tiny).photo(resource("field-photo.jpg")))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.tooLarge"));
        assertThat(blobCount()).isZero();
    }

    @Test
    void aCameraCardFolderImportsThePhotosAndListsWhatItSkipped() throws Exception {
        Path card = dir.resolve("card/DCIM/100MEDIA");
        Files.createDirectories(card);
        Files.copy(resource("field-photo.jpg"), card.resolve("IMG_0001.JPG"));
        Files.copy(resource("plain.png"), card.resolve("IMG_0002.PNG"));
        Files.copy(resource("not-a-photo.jpg"), card.resolve("IMG_0003.JPG"));
        AttachmentImporter.FolderImport result = importer(AttachmentLimits.DEFAULT).photos(dir.resolve("card"));
        assertThat(result.imported()).extracting(AttachmentRef::fileName).containsExactly("IMG_0001.JPG", "IMG_0002.PNG");
        assertThat(result.imported().get(1).capturedAt()).isNull();
        assertThat(result.skipped()).singleElement()
                .satisfies(e -> assertThat(e.messageArgs()[0].toString()).isEqualTo("IMG_0003.JPG"));
    }

    @Test
    void aLargeBodyCameraFileIsKeptByReferenceWithItsHash() throws Exception {
        Path video = dir.resolve("FILE0001.MP4");
        Files.write(video, new byte[5000]);
        AttachmentRef ref = importer(new AttachmentLimits(100, 100, 1000)).bodyCamera(video);
        assertThat(ref.byReference()).isTrue();
        assertThat(ref.location()).isEqualTo(video.toAbsolutePath().toString());
        assertThat(ref.sha256()).isEqualTo(Hashes.sha256(new byte[5000]));
        assertThat(blobCount()).isZero();
    }

    private long blobCount() throws Exception {
        Path blobs = dir.resolve("blobs");
        if (!Files.exists(blobs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
