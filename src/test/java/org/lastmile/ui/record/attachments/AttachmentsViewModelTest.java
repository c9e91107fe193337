package org.lastmile.ui.record.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.record.RecordFixture;
import org.lastmile.ui.record.RecordViewModel;

/** Photos brought into a record: the chosen files, with their EXIF time; what is not an image is named. */
@ExtendWith(FxThread.class)
class AttachmentsViewModelTest {

    static final Path FILES = Path.of("src/test/resources/attachments");

    @TempDir
    Path dir;
    RecordFixture fx;
    RecordViewModel model;

    @BeforeEach
    void open() {
        fx = new RecordFixture(dir);
        model = fx.newHandover();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void chosenPhotosAreAttachedWithTheirExifTimeAndAFileThatIsNoImageIsNamedAndSkipped() {
        fx.photos.add(FILES.resolve("field-photo.jpg"));
        fx.photos.add(FILES.resolve("not-a-photo.jpg"));
        fx.photos.add(FILES.resolve("plain.png"));

        model.attachments().importPhotos();

        assertThat(model.editor().current().attachments()).extracting(AttachmentRef::fileName)
                .containsExactly("field-photo.jpg", "plain.png");
        AttachmentRef photo = model.editor().current().attachments().get(0);
        assertThat(photo.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(photo.capturedAt()).isEqualTo(Instant.parse("2026-11-20T06:32:05Z"));
        assertThat(fx.store.blobs().exists(photo.sha256())).as("copied in before the record names it").isTrue();
        assertThat(model.attachments().problemsProperty().get()).extracting(MessageKeyed::messageKey)
                .containsExactly("attachment.error.notAnImage");
        assertThat(Messages.of(Language.TIBETAN).get(model.attachments().problemsProperty().get().get(0)))
                .isEqualTo("not-a-photo.jpg པར་མ་རེད། ནང་འདྲེན་མ་བྱས།");
    }

    @Test
    void aFolderIsImportedPhotoByPhotoAndTheSamePhotoTwiceIsAttachedOnce() {
        fx.folder = FILES;
        model.attachments().importFolder();
        model.attachments().importFolder();
        assertThat(model.editor().current().attachments()).extracting(AttachmentRef::fileName)
                .containsExactly("field-photo.jpg", "plain.png");
    }

    @Test
    void aPhotoOfARecordFromAnotherLaptopIsStillToComeUntilItsFileIsHere() throws Exception {
        // a record pulled from the court names a photo made on another laptop: its bytes are not here
        byte[] bytes = java.nio.file.Files.readAllBytes(FILES.resolve("field-photo.jpg"));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        AttachmentRef pulled = new AttachmentRef(sha, AttachmentKind.PHOTO, "交付现场.jpg", bytes.length, "image/jpeg",
                null, null, null, false, null);
        assertThat(fx.store.blobs().exists(sha)).isFalse();
        assertThat(model.attachments().held(pulled)).as("still to come from the court").isFalse();

        // the sync's download: the verified bytes taken into the blob store from their partial file
        Path part = fx.store.blobs().partial(sha);
        java.nio.file.Files.createDirectories(part.getParent());
        java.nio.file.Files.write(part, bytes);
        fx.store.blobs().adopt(part, sha);
        assertThat(model.attachments().held(pulled)).as("here, shown as a photo of the record").isTrue();
        assertThat(java.nio.file.Files.readAllBytes(fx.store.blobs().path(sha))).isEqualTo(bytes);
        assertThat(Messages.of(Language.CHINESE).get("record.attachments.notHere", "12 KB"))
                .isEqualTo("12 KB，尚待从法院下载（下次同步时下载）");
    }

    @Test
    void cancellingTheChooserChangesNothing() {
        model.attachments().importPhotos();
        assertThat(model.editor().current().attachments()).isEmpty();
        assertThat(model.attachments().busyProperty().get()).isFalse();
    }

    @Test
    void aLargeBodyCameraFileIsHashedAndKeptWhereItIs() throws Exception {
        Path video = dir.resolve("DCIM-0001.mp4");
        java.nio.file.Files.write(video, new byte[4096]);
        AttachmentChooser chooser = new AttachmentChooser() {
            @Override
            public java.util.List<Path> photos() {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<Path> folder() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> bodyCameraFile() {
                return java.util.Optional.of(video);
            }
        };
        // Files over 1 KB are "large" here, as files over 200 MB are in the field.
        var importer = new org.lastmile.service.AttachmentService(
                fx.store.attachments(new org.lastmile.store.attachments.AttachmentLimits(1 << 20, 1 << 20, 1024)));
        var attachments = new AttachmentsViewModel(model.editor(), fx.ui.background, importer,
                new org.lastmile.service.FieldImportService(importer), chooser);

        attachments.addBodyCamera();

        AttachmentRef ref = model.editor().current().attachments().get(0);
        assertThat(ref.kind()).isEqualTo(AttachmentKind.BODY_CAMERA);
        assertThat(ref.byReference()).isTrue();
        assertThat(ref.location()).isEqualTo(video.toAbsolutePath().toString());
        assertThat(ref.sha256()).isEqualTo(org.lastmile.store.blobs.BlobStore.hash(video).sha256());
        assertThat(fx.store.blobs().exists(ref.sha256())).as("not copied").isFalse();
    }
}
