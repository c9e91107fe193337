package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.ui.FxWait;
import org.lastmile.ui.controls.TibetanFonts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 6: the main screens (the case list, a case, a case with a party being edited, the
 * settings, the sync screen, the sketch and a record being written) are fully usable on the
 * small screens of county-court laptops, 1024×768 and 1366×768, in Chinese, Tibetan and English:
 * no label, button, tab or cell whose text is cut to "…", no text field whose prompt or value is
 * cut at its box, and no horizontal scroll bar. Measured on
 * the laid-out window (headless Monocle, the fonts pinned by src/test/fontconfig).
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private TestDesktop desktop;
    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desktop = TestDesktop.demo("lastmile-small", Language.CHINESE);
        ScreenshotTour.handoverDraft(desktop.store); // a record being written, with its people table
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    /** One test for both sizes: each window start reads the demo store again, slow on a loaded machine. */
    @Test
    void at1024x768And1366x768NothingIsCutAndNothingScrollsSideways(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>(problems(robot, 1024, 768));
        problems.addAll(problems(robot, 1366, 768));
        assertThat(problems).isEmpty();
    }

    /**
     * Issue 11 item 9: after Tibetan and English, back in Chinese every label, button and combo box
     * has the font, size and height it had before (combo boxes kept their Tibetan height, Latin
     * kept the Tibetan font's serif shapes).
     */
    @Test
    void backInChineseEveryControlLooksAsBefore(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openSettings());
        until(() -> robot.lookup("#profile-officer").tryQuery().isPresent());
        // The settings are read on the store thread after the screen is shown: "before" is the screen
        // the user reads once this laptop's officer is in the combo, not the empty one before it (with
        // the store thread held until the picture was taken: "OfficerCell null" → "更登（执行员）").
        until(this::officerShown);
        java.util.Map<javafx.scene.Node, String> before = new java.util.IdentityHashMap<>();
        robot.interact(() -> {
            app.window().root().applyCss();
            app.window().root().layout();
            before.putAll(ScreenFit.looks(app.window().root()));
        });
        for (Language l : List.of(Language.TIBETAN, Language.ENGLISH, Language.TIBETAN, Language.CHINESE)) {
            TestDesktop.switchLanguage(app, l);
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> changed = new ArrayList<>();
        robot.interact(() -> {
            app.window().root().applyCss();
            app.window().root().layout();
            java.util.Map<javafx.scene.Node, String> after = ScreenFit.looks(app.window().root());
            before.forEach((node, look) -> {
                if (after.containsKey(node) && !after.get(node).equals(look)) {
                    changed.add(look + " → " + after.get(node));
                }
            });
        });
        assertThat(before).isNotEmpty();
        assertThat(changed).isEmpty();
    }

    /**
     * Issue 11 item 9: Latin letters and digits use the interface's font in Chinese and English.
     * After English → Tibetan → Chinese the officer combo's cell and the digits sample are in
     * JavaFX's default font at its default size ({@code Font.getDefault()}), not in the Tibetan
     * font's serif shapes; in Tibetan the cell is in the Tibetan font at its 16 px, not tiny.
     */
    @Test
    void theOfficerComboAndTheDigitsKeepTheLatinFontAcrossSwitches(FxRobot robot) throws Exception {
        TestDesktop.switchLanguage(app, Language.ENGLISH);
        robot.interact(() -> app.window().openSettings());
        until(() -> robot.lookup("#profile-officer").tryQuery().isPresent());
        until(() -> !((javafx.scene.control.ComboBox<?>) app.window().root().lookup("#profile-officer"))
                .getItems().isEmpty());
        robot.interact(() -> { // the officer of this laptop, as a user picks one
            javafx.scene.control.ComboBox<?> combo = (javafx.scene.control.ComboBox<?>) app.window().root()
                    .lookup("#profile-officer");
            if (combo.getValue() == null) {
                combo.getSelectionModel().selectFirst();
            }
        });
        assertThat(cellFont(robot)).isEqualTo(Font.getDefault().getFamily() + " " + Font.getDefault().getSize());
        TestDesktop.switchLanguage(app, Language.TIBETAN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellFont(robot)).isEqualTo(TibetanFonts.FAMILY + " 16.0");
        TestDesktop.switchLanguage(app, Language.CHINESE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellFont(robot)).isEqualTo(Font.getDefault().getFamily() + " " + Font.getDefault().getSize());
        String[] digits = new String[1];
        robot.interact(() -> {
            Labeled sample = (Labeled) app.window().root().lookup("#digits-sample");
            assertThat(sample.getText()).containsPattern("[0-9]");
            digits[0] = drawnFont(sample);
        });
        assertThat(digits[0]).isEqualTo(Font.getDefault().getFamily() + " " + Font.getDefault().getSize());
    }

    /**
     * The family and size of the text the officer combo's button cell draws, once it shows an officer.
     * The button cell by {@code getButtonCell()}, not by looking up ".list-cell": the combo's skin
     * keeps its pop-up list among the combo's children, and a lookup finds an empty cell of that list.
     */
    private String cellFont(FxRobot robot) throws Exception {
        until(this::officerShown);
        String[] font = new String[1];
        robot.interact(() -> {
            app.window().root().applyCss();
            app.window().root().layout();
            font[0] = drawnFont(buttonCell());
        });
        return font[0];
    }

    /** Whether the officer combo shows an officer (the settings' read has arrived). On the FX thread (until). */
    private boolean officerShown() {
        Labeled cell = buttonCell();
        return cell != null && cell.getText() != null && !cell.getText().isBlank();
    }

    /** The cell the officer combo shows when closed: what the user reads. */
    private Labeled buttonCell() {
        javafx.scene.control.ComboBox<?> combo = (javafx.scene.control.ComboBox<?>) app.window().root()
                .lookup("#profile-officer");
        return combo == null ? null : combo.getButtonCell();
    }

    /** The font of the Text node a labelled control draws its text with. */
    private static String drawnFont(Labeled labeled) {
        Text text = (Text) labeled.lookup(".text");
        return text.getFont().getFamily() + " " + text.getFont().getSize();
    }

    private List<String> problems(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(() -> app.window().focusSearch());
        until(() -> robot.lookup("#case-table").tryQuery().isPresent());
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            TestDesktop.switchLanguage(app, language);
            robot.interact(() -> app.window().focusSearch());
            problems.addAll(look(robot, (int) width + " cases", language));
            robot.interact(() -> app.window().openCase(FARMLAND));
            until(() -> robot.lookup("#filing-date").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " case", language));
            // The case with a party being edited: the editor beside the case or, too narrow for
            // both, over it; neither squeezed to "…".
            robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#edit-party-0")).fire());
            until(() -> robot.lookup("#party-idNumber").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " case, party editor", language));
            robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#done-editing")).fire());
            until(() -> robot.lookup("#done-editing").tryQuery().isEmpty());
            robot.interact(() -> app.window().openSettings());
            until(() -> robot.lookup("#profile-officer").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " settings", language));
            robot.interact(() -> app.window().openSync());
            until(() -> robot.lookup("#sync-now").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " sync", language));
            robot.interact(() -> app.window().openCase(FARMLAND));
            until(() -> robot.lookup("#open-sketch").tryQuery().isPresent());
            robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#open-sketch")).fire());
            until(() -> robot.lookup("#sketch-view").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " sketch", language));
            robot.interact(() -> app.window().openCase(FARMLAND));
            until(() -> robot.lookup("#open-record-1").tryQuery().isPresent());
            robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#open-record-1")).fire());
            until(() -> robot.lookup("#record-transcript").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " record", language));
            // The demo's sealed record: its signature lines have a detail, three buttons, and the
            // side column the seal badge (the code showed as "R48...", the states as "已…").
            robot.interact(() -> app.window().openCase(FARMLAND));
            until(() -> robot.lookup("#open-record-0").tryQuery().isPresent());
            robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#open-record-0")).fire());
            until(() -> robot.lookup("#seal-code").tryQuery().isPresent()
                    && robot.lookup("#view-signature-0").tryQuery().isPresent());
            problems.addAll(look(robot, (int) width + " sealed record", language));
        }
        return problems;
    }

    private List<String> look(FxRobot robot, String screen, Language language) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Parent root = app.window().root();
            root.applyCss();
            root.layout();
            assertThat(root.getScene().getWidth()).isBetween(stage.getWidth() - 20, stage.getWidth());
            ScreenFit.truncated(root).forEach(p -> found.add(screen + "/" + language.tag() + " " + p));
            ScreenFit.fieldTextCut(root).forEach(p -> found.add(screen + "/" + language.tag() + " " + p));
            ScreenFit.pastTheRightEdge(root).forEach(p -> found.add(screen + "/" + language.tag() + " " + p));
            ScreenFit.horizontalScrollBars(root).forEach(p -> found.add(screen + "/" + language.tag() + " " + p));
        });
        return found;
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        FxWait.until(condition); // looked at on the FX thread: see FxWait
    }
}
