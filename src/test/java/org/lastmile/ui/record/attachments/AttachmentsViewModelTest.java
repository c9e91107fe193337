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
