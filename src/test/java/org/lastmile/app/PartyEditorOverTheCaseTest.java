package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 6: the party editor on a 1024-pixel laptop takes the case's place instead of
 * squeezing the case beside it to "…", and on a wider window stands beside the case; resizing the
 * window while a party is being edited keeps what was typed and where the caret is; the editor is
 * opened and closed from the keyboard (Space on the party's edit button, Esc), Esc saves what was
 * typed as the Done button does, and the focus goes back to the party's edit button.
 */
@ExtendWith(ApplicationExtension.class)
class PartyEditorOverTheCaseTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private TestDesktop desktop;
    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desktop = TestDesktop.demo("lastmile-editor", Language.CHINESE);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void atA1024WideWindowTheEditorCoversTheCaseAndResizingKeepsTheTyping(FxRobot robot) throws Exception {
        size(robot, 1024);
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> robot.lookup("#edit-party-0").tryQuery().isPresent());
        String phone = phone();
        String typed = "13997001122".equals(phone) ? "13997001133" : "13997001122";

        robot.interact(() -> robot.lookup("#edit-party-0").query().requestFocus());
        robot.type(KeyCode.SPACE);
        until(() -> robot.lookup("#done-editing").tryQuery().isPresent());
        robot.interact(() -> {
            Node focused = stage.getScene().getFocusOwner();
            assertThat(focused.getId()).as("the focus goes into the editor's first field").isEqualTo("party-role");
            assertThat(shown(robot.lookup("#filing-date").query())).as("the case under the editor").isFalse();
            assertThat(width(robot.lookup(".editor-panel").query()))
                    .isGreaterThan(0.9 * width(robot.lookup(".case-file").query()));
        });

        TextField field = robot.lookup("#party-phone").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(typed.substring(0, 5)); // five digits: not a phone number yet, so never saved half-typed
        robot.interact(() -> field.positionCaret(4));

        size(robot, 1366); // the window grows: the editor goes beside the case, the typing stays
        robot.interact(() -> {
            assertThat(shown(robot.lookup("#filing-date").query())).isTrue();
            Bounds editor = scene(robot.lookup(".editor-panel").query());
            Bounds parties = scene(robot.lookup("#party-nameZh-0").query());
            assertThat(editor.getMinX()).isGreaterThanOrEqualTo(parties.getMaxX());
            assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
            assertThat(field.getText()).isEqualTo(typed.substring(0, 5));
            assertThat(field.getCaretPosition()).isEqualTo(4);
            field.positionCaret(5);
        });
        size(robot, 1024);
        robot.interact(() -> {
            assertThat(shown(robot.lookup("#filing-date").query())).isFalse();
            assertThat(stage.getScene().getFocusOwner()).isSameAs(field);
        });
        robot.write(typed.substring(5));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(field.getText()).isEqualTo(typed));

        robot.type(KeyCode.ESCAPE); // closes the editor and saves what was typed, as Done does
        until(() -> robot.lookup("#done-editing").tryQuery().isEmpty());
        try {
            until(() -> typed.equals(phone()));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(phone()).as("saved").isEqualTo(typed);
        }
        until(() -> stage.getScene().getFocusOwner() != null
                && "edit-party-0".equals(stage.getScene().getFocusOwner().getId()));
        robot.interact(() -> assertThat(shown(robot.lookup("#filing-date").query())).isTrue());
    }

    private String phone() {
        return desktop.store.cases().find(FARMLAND).orElseThrow().parties().get(0).phone();
    }

    private void size(FxRobot robot, double width) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(768);
        });
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node is drawn: in the scene, and it and every parent visible. */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static double width(Node node) {
        return node.getLayoutBounds().getWidth();
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        FxWait.until(condition); // looked at on the FX thread: see FxWait
    }
}
