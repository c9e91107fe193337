package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.record.Agreement;
import org.lastmile.i18n.Language;
import org.lastmile.ui.FxWait;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.record.RecordScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11 item 6: the clauses of a record (what follows a breach of the agreement, in Chinese and
 * in Tibetan) are whole sentences; at 1024×768 in the Tibetan interface they were cut at the box of
 * a one-line field. Now each shows whole, wrapped inside its box (the Tibetan one by syllable), while
 * the keys work as in a one-line field: Enter commits, Tab and Shift+Tab move on.
 */
@ExtendWith(ApplicationExtension.class)
class LongTextFieldsTest {


    /** A clause as an officer writes it: longer than the field is wide at 1024 px. */
    static final String CLAUSE_ZH = "被执行人不履行本协议或者再次占用该地块的，申请执行人可以申请恢复执行原生效法律文书，"
            + "人民法院将依法处以罚款、拘留，构成犯罪的依法追究刑事责任。";
    static final String CLAUSE_BO = "གལ་ཏེ་ལག་བསྟར་བྱེད་ཡུལ་གྱིས་གྲོས་མཐུན་འདི་ལྟར་མ་བྱས་ན་ཞུ་གཏུག་པས་ཁྲིམས་ཁང་ལ་ལག་བསྟར་"
            + "བསྐྱར་དུ་བྱེད་པའི་རེ་ཞུ་འབུལ་ཆོག ཁྲིམས་ཁང་གིས་ཁྲིམས་ལྟར་ཉེས་ཆད་དང་བཙོན་འཇུག་བྱེད་རྒྱུ་ཡིན།";

    private TestDesktop desktop;
    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desktop = TestDesktop.demo("lastmile-longtext", Language.CHINESE);
        ScreenshotTour.handoverDraft(desktop.store); // a record being written: its clauses can be edited
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void at1024InTibetanALongClauseShowsWholeEnterCommitsAndTabMovesOn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1024);
            stage.setHeight(768);
            app.window().switchLanguage(Language.TIBETAN);
        });
        TestDesktop.openFarmlandRecord(app, 1); // the hand-over draft
        until(() -> robot.lookup("#breach-breachBo").tryQuery().isPresent());
        javafx.scene.control.TextInputControl zh = robot.lookup("#breach-breachZh").query();
        javafx.scene.control.TextInputControl bo = robot.lookup("#breach-breachBo").query();

        // The Chinese clause: typed, Enter. No line break goes in; the clause is the form's.
        robot.interact(() -> {
            zh.requestFocus();
            zh.setText(CLAUSE_ZH);
            zh.positionCaret(CLAUSE_ZH.length());
        });
        robot.type(KeyCode.ENTER);
        assertThat(zh.getText()).isEqualTo(CLAUSE_ZH);
        assertThat(zh.isFocused()).isTrue();
        until(() -> CLAUSE_ZH.equals(agreement().breachZh()));

        // Tab moves on to the Tibetan clause (no tab typed), whose editor takes the focus.
        robot.type(KeyCode.TAB);
        assertThat(zh.getText()).isEqualTo(CLAUSE_ZH);
        assertThat(bo.isFocused()).isTrue();
        robot.interact(() -> {
            bo.setText(CLAUSE_BO);
            bo.positionCaret(CLAUSE_BO.length());
        });
        robot.type(KeyCode.ENTER);
        assertThat(bo.getText()).isEqualTo(CLAUSE_BO);
        until(() -> CLAUSE_BO.equals(agreement().breachBo()));

        // Shift+Tab goes back, from the editor and from the text area alike.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(zh.isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(zh.isFocused()).isFalse();
        assertThat(zh.getText()).isEqualTo(CLAUSE_ZH);

        // Both clauses shown whole, with neither field focused: nothing cut, the lines inside the box.
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Parent root = app.window().root();
            root.applyCss();
            root.layout();
            ScreenFit.fieldTextCut(root).stream().filter(p -> p.contains("#breach-")).forEach(found::add);
            ScreenFit.inkOutside(root).stream().filter(p -> p.contains("#breach-")).forEach(found::add);
            found.addAll(wrappedInside((TextArea) zh));
            found.addAll(wrappedBySyllableInside((TextField) bo));
        });
        assertThat(found).isEmpty();
    }

    /** The Chinese clause on more than one line, every line inside the area's visible part. */
    private static List<String> wrappedInside(TextArea area) {
        List<String> found = new ArrayList<>();
        Text text = (Text) area.lookup(".content").lookup(".text");
        ScrollPane scroll = (ScrollPane) area.lookup(".scroll-pane");
        double lineHeight = new Text("字").getLayoutBounds().getHeight();
        if (text.getLayoutBounds().getHeight() < 1.5 * lineHeight) {
            found.add("the Chinese clause is on one line: " + text.getLayoutBounds());
        }
        if (text.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 1) {
            found.add("the Chinese clause's lines " + text.getLayoutBounds().getHeight() + " px high in "
                    + scroll.getViewportBounds().getHeight() + " px");
        }
        if (text.getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1) {
            found.add("the Chinese clause is wider than its area: " + text.getLayoutBounds().getWidth());
        }
        return found;
    }

    /**
     * The Tibetan clause shown whole where its editor is: its lines, joined, are the clause, each ends
     * after a tsheg, a shad or a space, and all lie inside the field's box.
     */
    private static List<String> wrappedBySyllableInside(TextField editor) {
        List<String> found = new ArrayList<>();
        Parent box = editor.getParent();
        WrappingText whole = (WrappingText) box.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof WrappingText).findFirst().orElse(null);
        if (whole == null || !whole.isVisible()) {
            found.add("the Tibetan clause is not shown whole beside its editor");
            return found;
        }
        List<String> lines = whole.getLines();
        if (lines.size() < 2 || !String.join("", lines).equals(CLAUSE_BO)) {
            found.add("the Tibetan clause's lines: " + lines);
        }
        for (String line : lines.subList(0, Math.max(0, lines.size() - 1))) {
            if (!line.endsWith("་") && !line.endsWith("།") && !line.endsWith(" ")) {
                found.add("a line ends inside a syllable: " + line);
            }
        }
        Bounds inBox = box.sceneToLocal(whole.localToScene(whole.getLayoutBounds()));
        Bounds boxBounds = box.getLayoutBounds();
        for (Node line : whole.getChildrenUnmodifiable()) {
            if (line instanceof Text t && t.isVisible() && !t.getText().isEmpty()) {
                Bounds b = box.sceneToLocal(t.localToScene(t.getLayoutBounds()));
                if (b.getMaxX() > boxBounds.getMaxX() + 1 || b.getMaxY() > boxBounds.getMaxY() + 1) {
                    found.add("a line past the box " + boxBounds + ": " + t.getText() + " " + b);
                }
            }
        }
        if (inBox.getMaxY() > boxBounds.getMaxY() + 1) {
            found.add("the clause below its box");
        }
        return found;
    }

    private Agreement agreement() {
        return ((RecordScreen) app.window().screens().activeProperty().get()).model().editor().current().agreement();
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        FxWait.until(condition); // looked at on the FX thread: see FxWait
    }
}
