package org.lastmile.ui.record.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.TestStores;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.record.RecordFixture;
import org.lastmile.ui.record.RecordView;
import org.lastmile.ui.record.RecordViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The record screen of a second laptop: a record from the court names a photo whose file the sync
 * has not fetched yet; the attachment row says so instead of its size, and shows the size once the
 * file is here.
 */
@ExtendWith(ApplicationExtension.class)
class PhotoStillToComeScreenTest {

    Path dir;
    RecordFixture fx;
    RecordViewModel model;
    LocaleService locale;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("still-to-come");
        fx = new RecordFixture(dir);
        model = fx.newHandover();
        locale = new LocaleService(Language.CHINESE);
        TibetanFonts fonts = TibetanFonts.load();
        ViewContext ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
        RecordView view = new RecordView(model, ui, TestStores.ZONE);
        stage.setScene(new Scene(new ScrollPane(view.root()), 1000, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPhotoNotFetchedYetSaysItIsStillToComeAndItsSizeOnceHere(FxRobot robot) throws Exception {
        byte[] bytes = Files.readAllBytes(AttachmentsViewModelTest.FILES.resolve("field-photo.jpg"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        AttachmentRef pulled = new AttachmentRef(sha, AttachmentKind.PHOTO, "交付现场.jpg", 12 * 1024, "image/jpeg",
                null, null, null, false, null);
        robot.interact(() -> model.editor().edit(r -> r.edit().attachments(List.of(pulled)).build(),
                new MessageKey("record.attachments.title"), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attachment-size-0").queryAs(Label.class).getText())
                .isEqualTo("12 KB，尚待从法院下载（下次同步时下载）");

        Path part = fx.store.blobs().partial(sha);
        Files.createDirectories(part.getParent());
        Files.write(part, bytes);
        fx.store.blobs().adopt(part, sha); // as the sync's download does once the bytes hashed to their name
        robot.interact(() -> locale.languageProperty().set(Language.ENGLISH)); // the rows are drawn again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attachment-size-0").queryAs(Label.class).getText()).isEqualTo("12 KB");
    }
}
