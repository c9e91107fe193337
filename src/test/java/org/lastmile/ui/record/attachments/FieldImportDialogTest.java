package org.lastmile.ui.record.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.TestStores;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.lastmile.ui.record.RecordFixture;
import org.lastmile.ui.record.RecordView;
import org.lastmile.ui.record.RecordViewModel;

/** The record screen's "Import field file…": the chooser hands in an Ovital KML, the dialog previews it as GCJ-02, Import attaches it. */
@ExtendWith(ApplicationExtension.class)
class FieldImportDialogTest {

    Path dir;
    RecordFixture fx;
    RecordViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("field-import");
        fx = new RecordFixture(dir);
        model = fx.newHandover();
        fx.fieldFile = FieldImportViewModelTest.FILES.resolve("ovital-parcels.kml");
        LocaleService locale = new LocaleService(Language.CHINESE);
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
    @SuppressWarnings("unchecked")
    void theButtonOpensTheDialogWithTheFileAsGcj02AndImportAttachesIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#import-field-file").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-import-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#field-import-file").queryAs(Label.class).getText()).isEqualTo("ovital-parcels.kml");
        ComboBox<Datum> datum = robot.lookup("#field-import-datum").queryAs(ComboBox.class);
        assertThat(datum.getValue()).isEqualTo(Datum.GCJ02);
        assertThat(datum.getButtonCell().getText()).contains("奥维互动地图");
        TableView<FieldImportViewModel.Row> preview = robot.lookup("#field-import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).extracting(FieldImportViewModel.Row::name).startsWith("J1", "J2");

        robot.clickOn("#field-import-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-import-dialog").tryQuery()).as("closed after import").isEmpty();
        assertThat(model.editor().current().attachments()).extracting(AttachmentRef::fileName)
                .containsExactly("ovital-parcels.kml.geojson");
        assertThat(robot.lookup("#attachment-name-0").queryAs(Label.class).getText())
                .isEqualTo("ovital-parcels.kml.geojson");
    }
}
