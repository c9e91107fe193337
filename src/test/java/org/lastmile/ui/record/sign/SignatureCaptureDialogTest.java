package org.lastmile.ui.record.sign;

import org.lastmile.service.SigningService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.domain.record.RecordFixtures.APPLICANT;
import static org.lastmile.domain.record.RecordFixtures.CONTENT;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.controls.WylieInput;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog: OK on an empty pad keeps it open with the problem shown; after signing, it closes with the signature. */
@ExtendWith(ApplicationExtension.class)
class SignatureCaptureDialogTest {

    final Map<String, byte[]> attachments = new HashMap<>();
    SignatureCaptureDialog dialog;

    @Start
    void start(Stage stage) {
        LocaleService locale = new LocaleService(Language.CHINESE);
        TibetanFonts fonts = TibetanFonts.load();
        ViewContext ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
        SignatureServices services = new SignatureServices(new TickingClock(Instant.parse("2026-11-24T04:00:00Z"), 5),
                new Background(Runnable::run), new SigningService(new RecordCodec(new CanonicalJson()), bytes -> {
                    attachments.put(Hashes.sha256(bytes), bytes);
                    return Hashes.sha256(bytes);
                }), "test laptop", "1.0-test");
        SignatureCaptureViewModel model = new SignatureCaptureViewModel(new SignatureRequest(
                RecordFixtures.people().get(2), RecordFixtures.people(), SpokenLanguage.CHINESE, CONTENT,
                Place.named("果洛藏贡麻村")), services);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new SignatureCaptureDialog(ui, model, owner -> Optional.empty(), stage);
        dialog.show();
    }

    private Point2D onPad(double x, double y) {
        SignaturePad pad = dialog.view().pad();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    @Test
    void okOnAnEmptyPadKeepsItOpenThenClosesWithTheSignature(FxRobot robot) {
        assertThat(dialog.dialog().getTitle()).isEqualTo("扎西东珠 བཀྲ་ཤིས་དོན་གྲུབ་签名");
        robot.clickOn("#signature-confirm");
        assertThat(dialog.dialog().isShowing()).isTrue();
        assertThat(robot.lookup("#pad-problem").queryAs(WrappingText.class).getText()).isEqualTo("签名板上还没有签名");

        robot.moveTo(onPad(40, 100)).press(MouseButton.PRIMARY).moveTo(onPad(140, 40)).moveTo(onPad(240, 110))
                .release(MouseButton.PRIMARY);
        robot.clickOn("#signature-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.dialog().isShowing()).isFalse();
        assertThat(dialog.dialog().getResult()).isNotNull();
        assertThat(dialog.dialog().getResult().kind()).isEqualTo(SignatureKind.PAD);
        assertThat(dialog.dialog().getResult().participantId()).isEqualTo(APPLICANT);
        assertThat(attachments).containsKey(dialog.dialog().getResult().imageSha256());
    }
}
