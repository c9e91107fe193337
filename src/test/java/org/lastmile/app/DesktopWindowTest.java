package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.FxClicks;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.i18n.Language;
import org.lastmile.ui.FxWait;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.store.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a user meets it (headless Monocle): the demo cases, a case opened, the language
 * switched while it is open, a party edited with a wrong ID number, an edit undone with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopWindowTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private TestDesktop desktop;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        desktop = TestDesktop.demo("lastmile-window", Language.CHINESE);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    // The condition is the event waited for; the bound only ends a wait that would never end: 15 s
    // was within reach of a window's background reads at load 30 on two cores.
    private static void until(Callable<Boolean> condition) throws Exception {
        FxWait.until(condition); // looked at on the FX thread: see FxWait
    }

    private String text(FxRobot robot, String selector) {
        return FxWait.onFx(() -> robot.lookup(selector).queryAs(Label.class).getText());
    }

    private void openFarmland(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> robot.lookup("#filing-date").tryQuery().isPresent());
    }

    @Test
    void showsTheDemoCasesAndLogsReadyOnce(FxRobot robot) throws Exception {
        until(() -> desktop.log().contains("ready in"));
        assertThat(desktop.log()).containsOnlyOnce("ready in");
        assertThat(robot.lookup("#case-count").queryAs(Label.class).getText()).isEqualTo("显示 8 件，共 8 件");
        assertThat(robot.lookup("#demo-marker").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#demo-marker").queryAs(Label.class).getText()).isEqualTo("演示数据");
    }

    @Test
    void switchingTheLanguageWithACaseOpenRelabelsItDatesAndNumbersIncluded(FxRobot robot) throws Exception {
        openFarmland(robot);
        assertThat(text(robot, "#filing-date")).isEqualTo("2026年9月12日");
        assertThat(text(robot, "#quantity-0")).isEqualTo("6.6 亩");
        assertThat(text(robot, "#case-status")).isEqualTo("执行中");
        assertThat(robot.lookup("#parties .section-title").queryAs(Label.class).getText()).isEqualTo("当事人");

        robot.clickOn(FxClicks.centre(robot, "#language-bo"));
        WaitForAsyncUtils.waitForFxEvents();
        // Tibetan month names (ཟླ་བ་དགུ་པ, the ninth month), the unit in Tibetan, the labels too.
        assertThat(text(robot, "#filing-date")).isEqualTo("སྤྱི་ལོ་2026 ཟླ་བ་དགུ་པའི་ཚེས་12");
        assertThat(text(robot, "#quantity-0")).isEqualTo("6.6 མུའུ");
        assertThat(text(robot, "#case-status")).isEqualTo("ལག་བསྟར་བྱེད་བཞིན་པ");
        assertThat(robot.lookup("#parties .section-title").queryAs(Label.class).getText()).isEqualTo("གྱོད་ཡ།");
        assertThat(ScriptStyle.isTibetan(robot.lookup(".main-window").queryParent())).isTrue();

        robot.interact(() -> desktop.locale.tibetanDigitsProperty().set(true));
        assertThat(text(robot, "#filing-date")).isEqualTo("སྤྱི་ལོ་༢༠༢༦ ཟླ་བ་དགུ་པའི་ཚེས་༡༢");
        assertThat(text(robot, "#quantity-0")).isEqualTo("༦.༦ མུའུ");

        // The choice is remembered in the store.
        until(() -> desktop.store.settings().get(Settings.TIBETAN_DIGITS).orElse("").equals("true"));
        assertThat(desktop.store.settings().get(Settings.LANGUAGE)).contains("bo");

        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#filing-date")).isEqualTo("2026年9月12日");
    }

    /** The three language buttons stand at one height; བོད་ཡིག (in the Tibetan font) hung below the others. */
    @Test
    void theLanguageButtonsAreOneHeightInEveryLanguage(FxRobot robot) throws Exception {
        for (org.lastmile.i18n.Language language : org.lastmile.i18n.Language.values()) {
            TestDesktop.switchLanguage(app, language);
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<Double> bottoms = FxWait.onFx(() -> {
                app.window().root().applyCss();
                app.window().root().layout();
                return robot.lookup("#language-switch .toggle-button").queryAll().stream()
                        .map(b -> b.localToScene(b.getLayoutBounds()).getMaxY()).toList();
            });
            assertThat(bottoms).as("bottoms of the language buttons in %s", language).hasSize(3)
                    .allMatch(bottom -> Math.abs(bottom - bottoms.get(0)) < 0.5);
        }
    }

    @Test
    void javaFxsOwnStringsFollowTheLanguageToo(FxRobot robot) throws Exception {
        robot.clickOn(FxClicks.centre(robot, "#case-search")).write("zzzz");
        until(() -> robot.lookup("#case-count").queryAs(Label.class).getText().startsWith("显示 0 件"));
        javafx.scene.control.TableView<?> table = robot.lookup("#case-table").queryTableView();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("表中无内容");
        robot.clickOn(FxClicks.centre(robot, "#language-bo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("རེའུ་མིག་ནང་ནང་དོན་མེད།");
        assertThat(robot.lookup("#case-search").queryAs(TextField.class).getPromptText()).startsWith("འཚོལ་བ།");
    }

    @Test
    void aWrongCheckDigitIsShownNextToTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        openFarmland(robot);
        long version = desktop.store.cases().version(FARMLAND).orElseThrow();
        String id = applicant().idNumber();
        robot.clickOn(FxClicks.centre(robot, "#edit-party-0"));
        TextField field = robot.lookup("#party-idNumber").queryAs(TextField.class);
        robot.interact(() -> field.clear());
        robot.clickOn(FxClicks.centre(field)).write("632224198503121234").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#party-idNumber-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("身份证号码校验位错误：为 4，应为 2");
        assertThat(field.getStyleClass()).contains("invalid");
        assertThat(text(robot, "#save-state")).isEqualTo("有错误，未保存");
        // Whatever the edit queued on the store thread, delayed saves included, has run once it ends.
        desktop.storeThread.shutdown();
        assertThat(desktop.storeThread.awaitTermination(3, TimeUnit.MINUTES)).as("the store thread ended (a hang's bound)")
                .isTrue();
        assertThat(desktop.store.cases().version(FARMLAND)).contains(version);
        assertThat(applicant().idNumber()).isEqualTo(id);
    }

    @Test
    void ctrlZUndoesASavedEdit(FxRobot robot) throws Exception {
        openFarmland(robot);
        String phone = applicant().phone();
        robot.clickOn(FxClicks.centre(robot, "#edit-party-0"));
        TextField field = robot.lookup("#party-phone").queryAs(TextField.class);
        robot.interact(() -> field.clear());
        robot.clickOn(FxClicks.centre(field)).write("13997001122").type(KeyCode.ENTER);
        until(() -> "13997001122".equals(applicant().phone()));
        until(() -> "已保存".equals(robot.lookup("#save-state").queryAs(Label.class).getText()));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        until(() -> phone.equals(applicant().phone()));
        until(() -> phone.equals(field.getText()));
        assertThat(robot.lookup("#redo").queryButton().isDisabled()).isFalse();

        robot.clickOn(FxClicks.centre(robot, "#redo"));
        until(() -> "13997001122".equals(applicant().phone()));
    }

    @Test
    void aDatabaseThatCannotBeUsedIsOneLineInTheUsersLanguage(FxRobot robot) throws Exception {
        var error = new org.lastmile.store.StoreException("store.error.newerVersion", desktop.dir.resolve("lastmile.db"), "9");
        String[] shown = new String[1];
        robot.interact(() -> shown[0] = new StartupFailure(Language.TIBETAN).dialog(error).getContentText());
        assertThat(shown[0]).doesNotContain("\n").doesNotContain("Exception").contains("lastmile.db");
        assertThat(org.lastmile.i18n.tibetan.TibetanScript.contains(shown[0])).isTrue();
    }

    private Party applicant() {
        return desktop.store.cases().find(FARMLAND).orElseThrow().parties(PartyRole.APPLICANT).get(0);
    }
}
