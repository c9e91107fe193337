package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import java.util.List;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WylieInputTest {

    private final SimpleBooleanProperty enabled = new SimpleBooleanProperty(true);
    private final SimpleBooleanProperty tibetanDigits = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty otherFieldTibetan = new SimpleBooleanProperty(false);
    private TextField field;
    private TextField otherField;
    private TextArea area;
    private WylieSession fieldSession;
    private WylieSession areaSession;
    private WylieInput input;

    @Start
    void start(Stage stage) {
        TibetanFonts fonts = TibetanFonts.load();
        input = new WylieInput(new Wylie(), fonts, enabled, tibetanDigits);
        field = new TextField();
        otherField = new TextField();
        area = new TextArea();
        fieldSession = input.attach(field);
        input.attach(otherField, otherFieldTibetan);
        areaSession = input.attach(area);
        Scene scene = new Scene(new VBox(field, otherField, area), 400, 300);
        scene.getStylesheets().add(fonts.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void convertsEachSyllableWhenItIsFinished(FxRobot robot) {
        robot.clickOn(field).write("khrims khang /");

        assertThat(field.getText()).isEqualTo("ཁྲིམས་ཁང་།");
        assertThat(fieldSession.pendingProperty().get()).isEmpty();
    }

    @Test
    void showsTheHalfTypedSyllableAsAPreviewOnly(FxRobot robot) {
        robot.clickOn(field).write("bkra sh");

        assertThat(field.getText()).isEqualTo("བཀྲ་");
        assertThat(fieldSession.pendingProperty().get()).isEqualTo("sh");
        assertThat(fieldSession.previewProperty().get()).isEqualTo("ཤ");

        robot.write("is");
        assertThat(fieldSession.previewProperty().get()).isEqualTo("ཤིས");
        robot.type(KeyCode.ENTER);
        assertThat(field.getText()).isEqualTo("བཀྲ་ཤིས");
    }

    @Test
    void tellsTheSubjoinedYaFromTheRootYa(FxRobot robot) {
        robot.clickOn(field).write("g.yu gyu ");

        assertThat(field.getText()).isEqualTo("གཡུ་གྱུ་");
    }

    @Test
    void backspaceTakesBackALatinLetterThenOneCodePoint(FxRobot robot) {
        robot.clickOn(field).write("bkra sgrl");
        robot.type(KeyCode.BACK_SPACE);
        assertThat(fieldSession.pendingProperty().get()).isEqualTo("sgr");
        robot.write("ol ");
        assertThat(field.getText()).isEqualTo("བཀྲ་སྒྲོལ་");

        robot.type(KeyCode.BACK_SPACE);
        assertThat(field.getText()).isEqualTo("བཀྲ་སྒྲོལ");
        robot.type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        // One code point at a time: ལ, then the vowel sign ོ, leaving the stack སྒྲ.
        assertThat(field.getText()).isEqualTo("བཀྲ་སྒྲ");
    }

    @Test
    void escapeDropsThePendingSyllable(FxRobot robot) {
        robot.clickOn(field).write("tshe rin");
        robot.type(KeyCode.ESCAPE);

        assertThat(fieldSession.pendingProperty().get()).isEmpty();
        assertThat(field.getText()).isEqualTo("ཚེ་");
    }

    @Test
    void undoNeverShowsLatinLetters(FxRobot robot) {
        robot.clickOn(field).write("rtswa thang ");
        assertThat(field.getText()).isEqualTo("རྩྭ་ཐང་");

        robot.interact(field::undo);
        assertThat(field.getText()).doesNotContainPattern("[a-z]");
        assertThat("རྩྭ་ཐང་").startsWith(field.getText());
    }

    @Test
    void theShortcutSwitchesWylieOffAndOn(FxRobot robot) {
        robot.clickOn(field).write("ka");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(enabled.get()).isFalse();
        assertThat(field.getText()).isEqualTo("ཀ");
        robot.write(" ok");
        assertThat(field.getText()).isEqualTo("ཀ ok");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(enabled.get()).isTrue();
    }

    @Test
    void leavingTheFieldCommitsAndTextAreasWorkToo(FxRobot robot) {
        robot.clickOn(field).write("sgrol ma");
        robot.clickOn(area);
        assertThat(field.getText()).isEqualTo("སྒྲོལ་མ");

        robot.write("bsod nams");
        robot.type(KeyCode.ENTER);
        robot.write("lha mo /");
        assertThat(area.getText()).isEqualTo("བསོད་ནམས\nལྷ་མོ་།");
        assertThat(areaSession.pendingProperty().get()).isEmpty();
    }

    @Test
    void leavesDigitsAndChineseAloneWhenOff(FxRobot robot) {
        robot.interact(() -> enabled.set(false));
        robot.clickOn(field).write("2023 abc");

        assertThat(field.getText()).isEqualTo("2023 abc");
    }

    @Test
    void theToggleButtonFollowsTheSwitchAndTheLanguage(FxRobot robot) {
        LocaleService locale = new LocaleService(Language.CHINESE);
        ToggleButton made = FontRendering.onFx(() -> input.toggleButton(locale));

        assertThat(made.isSelected()).isTrue();
        assertThat(made.getText()).isEqualTo("威利转写");
        assertThat(made.getTooltip().getText()).contains("Ctrl+Shift+W");
        robot.interact(() -> {
            locale.setLanguage(Language.TIBETAN);
            enabled.set(false);
        });
        assertThat(made.getText()).isEqualTo("ཝ་ཡིལ།");
        assertThat(made.isSelected()).isFalse();
    }

    @Test
    void aSpaceAfterAShadIsARealSpaceAndTwoShadsAreADoubleShad(FxRobot robot) {
        robot.clickOn(field).write("ka / kha // ga");
        robot.type(KeyCode.ENTER);

        // EWTS: "/ " is shad + space (never shad + tsheg), "//" is one double shad U+0F0E.
        assertThat(field.getText()).isEqualTo("ཀ་། ཁ་༎ ག").doesNotContain("།་");
    }

    @Test
    void aFieldWhoseTextIsChineseKeepsLatinLettersAndDigits(FxRobot robot) {
        robot.clickOn(otherField).write("GNSS J1 6.6 mu");
        assertThat(otherField.getText()).isEqualTo("GNSS J1 6.6 mu");

        robot.interact(() -> otherFieldTibetan.set(true)); // the speaker's language set to Tibetan
        robot.write("_ka");
        robot.type(KeyCode.ENTER);
        assertThat(otherField.getText()).isEqualTo("GNSS J1 6.6 mu ཀ");
    }

    @Test
    void theSyllableWaitingGoesInBeforeChineseFromAnInputMethod(FxRobot robot) {
        robot.clickOn(field).write("bkra");
        robot.write("界桩"); // typed characters as an input method commits them
        robot.write("shis");
        robot.interact(() -> field.fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), "至", 0)));

        assertThat(field.getText()).startsWith("བཀྲ界桩ཤིས");
        assertThat(fieldSession.pendingProperty().get()).isEmpty();
    }

    @Test
    void digitsStayArabicUnlessTibetanDigitsAreChosen(FxRobot robot) {
        robot.clickOn(field).write("ka 6.6 mu'u ");
        assertThat(field.getText()).isEqualTo("ཀ་6.6 མུའུ་");

        robot.interact(() -> {
            field.clear();
            tibetanDigits.set(true);
        });
        robot.write("ka 12 ");
        assertThat(field.getText()).startsWith("ཀ").endsWith("༡༢་").doesNotContainPattern("[0-9]");
    }
}
