package org.lastmile.ui.record.sign;

import org.lastmile.service.SigningService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.domain.record.RecordFixtures.APPLICANT;
import static org.lastmile.domain.record.RecordFixtures.CONTENT;
import static org.lastmile.domain.record.RecordFixtures.RESPONDENT;
import static org.lastmile.domain.record.RecordFixtures.WITNESS;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.Signature;
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
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.controls.WylieInput;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The signature view as the officer uses it (headless Monocle): sign on the pad, refuse. */
@ExtendWith(ApplicationExtension.class)
class SignatureCaptureViewTest {

    final Map<String, byte[]> attachments = new HashMap<>();
    LocaleService locale;
    SignatureCaptureView view;
    SignatureCaptureViewModel model;

    @Start
    void start(Stage stage) {
        locale = new LocaleService(Language.CHINESE);
        TibetanFonts fonts = TibetanFonts.load();
        ViewContext ui = new ViewContext(locale, fonts, new ControlStrings(locale),
                () -> new WylieInput(new Wylie(), fonts, new SimpleBooleanProperty(false)));
        SignatureServices services = new SignatureServices(new TickingClock(Instant.parse("2026-11-24T04:00:00Z"), 5),
                new Background(Runnable::run), new SigningService(new RecordCodec(new CanonicalJson()), bytes -> {
                    attachments.put(Hashes.sha256(bytes), bytes);
                    return Hashes.sha256(bytes);
                }), "test laptop", "1.0-test");
        Participant signer = person(RESPONDENT);
        model = new SignatureCaptureViewModel(new SignatureRequest(signer, RecordFixtures.people(),
                SpokenLanguage.CHINESE, CONTENT, Place.named("果洛藏贡麻村")), services);
        view = new SignatureCaptureView(ui, model, owner -> Optional.empty());
        Scene scene = new Scene(view.node(), 620, 720);
        scene.getStylesheets().add(fonts.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    static Participant person(java.util.UUID id) {
        return RecordFixtures.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Point2D onPad(double x, double y) {
        Bounds b = view.pad().localToScreen(view.pad().getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    /** Visible with every ancestor. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheSignerAndTheReadBackInTibetanWithItsMeaningInChinese(FxRobot robot) {
        assertThat(text(robot, "#signer-name")).isEqualTo("才让加 ཚེ་རིང་རྒྱལ་");
        assertThat(ScriptStyle.showsTibetan(robot.lookup("#signer-name").queryAs(Label.class))).isTrue();
        assertThat(robot.lookup("#read-back-sentence").queryAs(WrappingText.class).getText())
                .isEqualTo("གོང་གི་ཟིན་ཐོ་ཡིག་སྒྱུར་བས་བོད་སྐད་ཐོག་ང་ལ་བཀླགས་ཟིན། ངས་བཤད་པ་དང་མཐུན།");
        assertThat(robot.lookup("#read-back-meaning").queryAs(WrappingText.class).getText())
                .isEqualTo("意思：以上笔录已由翻译人员用藏语向我宣读，与我说的相符。");

        robot.interact(() -> locale.setLanguage(Language.TIBETAN));
        assertThat(robot.lookup("#read-back-meaning").queryAs(WrappingText.class).getText())
                .as("no gloss when the interface speaks the signer's language").isEmpty();
    }

    @Test
    void draggingOnThePadSignsAndConfirmingMakesThePadSignature(FxRobot robot) {
        robot.moveTo(onPad(40, 100)).press(MouseButton.PRIMARY).moveTo(onPad(140, 40)).moveTo(onPad(240, 110))
                .release(MouseButton.PRIMARY);
        robot.moveTo(onPad(300, 50)).press(MouseButton.PRIMARY).moveTo(onPad(320, 120)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.strokes()).hasSize(2).isEqualTo(view.pad().strokes());

        robot.clickOn("#pad-undo");
        assertThat(model.strokes()).hasSize(1);

        robot.interact(model::confirm);
        Signature s = model.signatureProperty().get();
        assertThat(s.kind()).isEqualTo(SignatureKind.PAD);
        assertThat(s.strokes()).hasSize(1);
        assertThat(s.device()).endsWith("signature pad " + (int) view.pad().getWidth() + "×"
                + (int) view.pad().getHeight());
        assertThat(attachments).containsKey(s.imageSha256());
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedAndTheMessageShownUnderTheReason(FxRobot robot) {
        robot.clickOn("#kind-refused");
        assertThat(model.kindProperty().get()).isEqualTo(SignatureKind.REFUSED);
        assertThat(shown(view.pad())).as("the pad is hidden").isFalse();
        assertThat(shown(robot.lookup("#refusal-reason").query())).isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Participant> witness = robot.lookup("#refusal-witness").queryAs(ComboBox.class);
        robot.interact(() -> witness.getSelectionModel().select(person(WITNESS)));

        robot.interact(model::confirm);

        WrappingText problem = robot.lookup("#refusal-reason-problem").queryAs(WrappingText.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("请写明拒绝签名的理由");
        assertThat(robot.lookup("#refusal-witness-problem").query().isVisible()).isFalse();
        assertThat(model.signatureProperty().get()).isNull();

        robot.interact(() -> locale.setLanguage(Language.TIBETAN));
        assertThat(problem.getText()).isEqualTo("མིང་རྟགས་འགོད་རྒྱུ་ཁས་མ་བླངས་པའི་རྒྱུ་མཚན་འབྲི་རོགས།");

        robot.clickOn("#refusal-reason").write("认为地界不公平");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#refusal-reason").queryAs(TextArea.class).getText()).isEqualTo("认为地界不公平");
        assertThat(problem.isVisible()).as("gone once a reason is written").isFalse();
        robot.interact(model::confirm);
        Signature s = model.signatureProperty().get();
        assertThat(s.kind()).isEqualTo(SignatureKind.REFUSED);
        assertThat(s.refusalReason()).isEqualTo("认为地界不公平");
        assertThat(s.refusalWitnessId()).isEqualTo(WITNESS);
    }
}
