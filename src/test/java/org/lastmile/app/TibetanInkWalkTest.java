package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 4: every screen and dialog of the window in Tibetan, at 1024×768, holds its text:
 * no text whose laid-out lines leave the box that holds it, and no Tibetan that JavaFX wrapped
 * itself (it breaks inside syllables and draws wrapped lines twice); multi-line Tibetan is in
 * {@code WrappingText}; no text field whose prompt or value is cut at its box. The main window, the case list, a case (and with a party being edited), a record being written (with the
 * person editor, the signature dialog and its fingerprint mode, the seal confirmation), F1 help,
 * the settings with the data-folder note, the sync screen, the sketch and the printed documents'
 * window. The checks themselves are shown to fail on broken text in {@link ScreenFitTest}.
 */
@ExtendWith(ApplicationExtension.class)
class TibetanInkWalkTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private TestDesktop desktop;
    private DesktopApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        desktop = TestDesktop.demo("lastmile-ink", Language.TIBETAN);
        ScreenshotTour.handoverDraft(desktop.store); // a record being written: people, transcript, signatures to give
        app = desktop.show(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void everyScreenAndDialogInTibetanKeepsItsTextInItsBox(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        TestDesktop.switchLanguage(app, Language.TIBETAN);
        robot.interact(() -> app.window().focusSearch());
        until(() -> app.window().root().lookup("#case-table") != null);
        problems.addAll(check("main window, case list", app.window().root()));

        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#open-record-1") != null);
        problems.addAll(check("case", app.window().root()));
        robot.interact(() -> fire(app.window().root(), "#edit-party-0"));
        until(() -> app.window().root().lookup("#party-idNumber") != null);
        problems.addAll(check("case, party editor", app.window().root()));
        robot.interact(() -> fire(app.window().root(), "#done-editing"));

        robot.interact(() -> app.window().openSettings());
        until(() -> app.window().root().lookup("#profile-officer") != null);
        problems.addAll(check("settings", app.window().root()));

        robot.interact(() -> app.window().openSync());
        until(() -> app.window().root().lookup("#sync-now") != null);
        problems.addAll(check("sync", app.window().root()));

        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#open-sketch") != null);
        robot.interact(() -> fire(app.window().root(), "#open-sketch"));
        until(() -> app.window().root().lookup("#sketch-view") != null);
        problems.addAll(check("sketch", app.window().root()));

        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#open-record-1") != null);
        robot.interact(() -> fire(app.window().root(), "#open-record-1"));
        until(() -> app.window().root().lookup("#record-transcript") != null);
        problems.addAll(check("record", app.window().root()));

        robot.interact(() -> fire(app.window().root(), "#edit-person-0"));
        until(() -> app.window().root().lookup("#record-done-editing") != null);
        problems.addAll(check("record, person editor", app.window().root()));
        robot.interact(() -> fire(app.window().root(), "#record-done-editing"));

        Platform.runLater(() -> fire(app.window().root(), "#sign-0")); // a modal dialog: not waited for
        Parent signature = dialog("signature-dialog");
        problems.addAll(check("signature dialog", signature));
        robot.interact(() -> fire(signature, "#kind-fingerprint"));
        problems.addAll(check("signature dialog, fingerprint", signature));
        robot.interact(() -> signature.getScene().getWindow().hide());

        var ui = new org.lastmile.ui.common.ViewContext(desktop.locale, desktop.fonts(), new org.lastmile.ui.controls.ControlStrings(desktop.locale),
                () -> null);
        Platform.runLater(() -> org.lastmile.ui.common.Confirm.ask(ui, stage,
                new org.lastmile.ui.common.MessageKey("confirm.seal"), "confirm.seal.ok"));
        Parent seal = dialog("confirm-dialog");
        problems.addAll(check("seal confirmation", seal));
        robot.interact(() -> seal.getScene().getWindow().hide());

        robot.interact(() -> app.window().root().requestFocus());
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        Parent help = dialog("help-dialog");
        problems.addAll(check("F1 help", help));
        robot.interact(() -> help.getScene().getWindow().hide());

        robot.interact(() -> fire(app.window().root(), "#print-document"));
        Parent documents = window(root -> root instanceof org.lastmile.ui.docs.DocumentPreviewView);
        problems.addAll(check("document window", documents));
        robot.interact(() -> documents.getScene().getWindow().hide());

        assertThat(problems).isEmpty();
    }

    /**
     * Issue 11 item 7: a language switch re-texts the record screen's rows instead of making them
     * anew (the same nodes, now in the other language), and the field being typed in keeps the
     * focus, stays in view and keeps its caret.
     */
    @Test
    void aSwitchKeepsTheRowsTheFocusAndTheCaret(FxRobot robot) throws Exception {
        TestDesktop.switchLanguage(app, Language.CHINESE);
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#open-record-1") != null);
        robot.interact(() -> fire(app.window().root(), "#open-record-1"));
        until(() -> app.window().root().lookup("#entry-speaker-0") != null
                && app.window().root().lookup("#signer-0") != null);
        Object[] before = new Object[4];
        robot.interact(() -> {
            before[0] = app.window().root().lookup("#entry-speaker-0");
            before[1] = ((javafx.scene.control.Labeled) before[0]).getText();
            before[2] = app.window().root().lookup("#signer-0");
            before[3] = ((javafx.scene.control.Labeled) before[2]).getText();
            javafx.scene.control.TextField field = (javafx.scene.control.TextField) app.window().root()
                    .lookup("#entry-original");
            field.requestFocus();
            field.setText("界桩J1至J4");
            field.positionCaret(3);
        });
        for (Language l : List.of(Language.TIBETAN, Language.ENGLISH, Language.TIBETAN)) {
            TestDesktop.switchLanguage(app, l);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> {
            Parent root = app.window().root();
            root.applyCss();
            root.layout();
            javafx.scene.control.Labeled speaker = (javafx.scene.control.Labeled) root.lookup("#entry-speaker-0");
            javafx.scene.control.Labeled signer = (javafx.scene.control.Labeled) root.lookup("#signer-0");
            assertThat(speaker).isSameAs(before[0]);
            assertThat(signer).isSameAs(before[2]);
            // The signer's line names the role: Chinese before, Tibetan now, on the same node.
            assertThat(org.lastmile.i18n.tibetan.TibetanScript.contains((String) before[3])).isFalse();
            assertThat(org.lastmile.i18n.tibetan.TibetanScript.contains(signer.getText())).isTrue();
            javafx.scene.control.TextField field = (javafx.scene.control.TextField) root.lookup("#entry-original");
            assertThat(root.getScene().getFocusOwner()).isSameAs(field);
            assertThat(field.getText()).isEqualTo("界桩J1至J4");
            assertThat(field.getCaretPosition()).isEqualTo(3);
            javafx.scene.control.ScrollPane sections = (javafx.scene.control.ScrollPane) root.lookup("#record-sections");
            javafx.geometry.Bounds view = sections.localToScene(sections.getLayoutBounds());
            javafx.geometry.Bounds at = field.localToScene(field.getLayoutBounds());
            assertThat(at.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
            assertThat(at.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
        });
        // The interpreter types on while the window re-lays out: keys queued before the switch's
        // layout pulse moved the caret, and the switch must not put it back where it was.
        javafx.scene.control.TextField field = robot.lookup("#entry-original").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            app.window().switchLanguage(Language.ENGLISH);
            field.replaceSelection(" by");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> field.replaceSelection(" both"));
        assertThat(field.getText()).isEqualTo("界桩J by both1至J4");
    }

    private List<String> check(String where, Parent root) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            root.applyCss();
            root.layout();
            ScreenFit.inkOutside(root).forEach(p -> found.add(where + ": " + p));
            ScreenFit.wrappedTibetan(root).forEach(p -> found.add(where + ": " + p));
            ScreenFit.fieldTextCut(root).forEach(p -> found.add(where + ": " + p));
        });
        return found;
    }

    private static void fire(Parent root, String selector) {
        Node node = root.lookup(selector);
        assertThat(node).as(selector).isNotNull();
        ((ButtonBase) node).fire();
    }

    /** The root of the shown window (a dialog) that holds a node of this id. */
    private static Parent dialog(String id) throws Exception {
        return window(root -> root.lookup("#" + id) != null);
    }

    /** The root of the shown window that matches. */
    private static Parent window(java.util.function.Predicate<Parent> which) throws Exception {
        Parent[] found = new Parent[1];
        until(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && which.test(w.getScene().getRoot())) {
                    found[0] = w.getScene().getRoot();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    // The bound only ends a wait that would never end. Each look waits for the FX thread as long as
    // the whole wait may last: TestFX's waitFor does not retry a look that threw, so a 10 s bound on
    // one look would fail the test whenever a Tibetan relayout held the FX thread longer (load 30).
    private static void until(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES, () -> WaitForAsyncUtils.asyncFx(condition)
                .get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
