package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.ui.FxWait.onFx;
import static org.lastmile.ui.FxWait.until;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.store.settings.Settings;
import org.lastmile.ui.controls.ScriptWarmUp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 7: the window rehearses the language switch while the user reads (ScriptWarmUp),
 * so that the first real switch to Tibetan costs what a later one does. The rehearsal happens in
 * the real window within one FX event; what the user relies on is that it leaves no trace: the
 * same texts, styles, focus, caret and scroll, the language not remembered, the JVM's locale
 * unchanged, and that the first switch after it finds the screen's styles already matched.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchRehearsalTest {

    private static final UUID FARMLAND = org.lastmile.ui.UiFixture.FARMLAND;

    private TestDesktop desktop;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        desktop = TestDesktop.demo("lastmile-rehearsal", Language.CHINESE);
        ScreenshotTour.handoverDraft(desktop.store);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void aRehearsedSwitchLeavesTheRecordScreenAsItWasAndTheFirstSwitchMatchesNoNewStyles(FxRobot robot)
            throws Exception {
        TestDesktop.openFarmlandRecord(app, 1); // the hand-over draft
        // The record's parts and its case arrive from the store thread after the tab shows.
        until(() -> app.window().root().lookup("#sign-0") != null && app.window().root().lookup("#rule-1") != null);
        until(() -> app.warmUp().isPresent());
        ScrollPane sections = (ScrollPane) app.window().root().lookup("#record-sections");
        TextField entry = (TextField) app.window().root().lookup("#entry-original");
        robot.interact(() -> {
            entry.requestFocus();
            entry.setText("界桩J1至J4");
            entry.positionCaret(2);
            sections.setVvalue(0.4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String remembered = remembered();
        Parent root = app.window().root();
        // The parts fill in and wrap over a few pulses after the record is read: compared from when
        // two looks a few pulses apart see the same window.
        Window before = onFx(() -> Window.of(root, sections));
        for (int look = 0; look < 100; look++) {
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            Window again = onFx(() -> Window.of(root, sections));
            if (again.equals(before)) {
                break;
            }
            before = again;
        }
        ScriptWarmUp warmUp = app.warmUp().orElseThrow();
        // Looked at just before and just after, in the same FX event: nothing arriving from the
        // store meanwhile can change the window between the two looks.
        Window[] looks = new Window[2];
        long[] stylesBefore = new long[4];
        assertThat(onFx(() -> {
            root.applyCss();
            root.layout();
            looks[0] = Window.of(root, sections);
            System.arraycopy(CssCacheCount.of(root), 0, stylesBefore, 0, 4);
            boolean rehearsed = warmUp.rehearseSwitch();
            looks[1] = Window.of(root, sections);
            return rehearsed;
        })).isTrue();
        before = looks[0];
        Window after = looks[1];
        assertThat(firstDifference(before.texts, after.texts)).as("the first text of the window that changed")
                .isEmpty();
        assertThat(after.withoutTexts()).isEqualTo(before.withoutTexts());
        assertThat(after.entryTop).as("where the entry line stands in the window: the scroll is given back")
                .isCloseTo(before.entryTop, org.assertj.core.data.Offset.offset(1.0));
        assertThat(Locale.getDefault()).isEqualTo(before.defaultLocale);
        assertThat(remembered()).as("the remembered language").isEqualTo(remembered);
        long[] stylesRehearsed = onFx(() -> CssCacheCount.of(root));
        // The script marks are pseudo-classes: Tibetan adds no new kinds of node, only the style
        // cache entries of their Tibetan states.
        assertThat(stylesRehearsed[3]).as("the rehearsal styled the screen's Tibetan states")
                .isGreaterThan(stylesBefore[3]);

        TestDesktop.switchLanguage(app, Language.TIBETAN);
        until(() -> "ས་ཞིང་རྩིས་སྤྲོད་ཟིན་ཐོ".equals(((Labeled) root.lookup("#record-type")).getText()));
        long[] stylesSwitched = onFx(() -> CssCacheCount.of(root));
        // Without the rehearsal the first switch to Tibetan matched 116 new selector partitions here
        // (when the script marks were style classes) and styled every Tibetan state anew.
        assertThat(stylesSwitched[0] - stylesRehearsed[0]).as("selector partitions new in the first switch")
                .isZero();
        assertThat(stylesSwitched[3] - stylesRehearsed[3]).as("style cache entries new in the first switch")
                .isZero();
        assertThat(onFx(() -> root.getScene().getFocusOwner())).isSameAs(entry);
        assertThat(onFx(entry::getCaretPosition)).isEqualTo(2);
    }

    @Test
    void onTheCaseScreenWhichTibetanLaysOutInOneColumnTheFocusStaysWhereItWas(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#record-node") != null);
        until(() -> app.warmUp().isPresent());
        Node button = app.window().root().lookup("#record-node");

        // At 1366 pixels the case stands in two columns in Chinese and in one in Tibetan: the
        // rehearsal moves the timeline, with the focused button, out of the window and back.
        List<Spot> spots = aroundRehearsal(() -> Spot.of(button), button);

        assertThat(spots.get(0).focus()).isSameAs(button);
        assertThat(spots.get(0).x()).as("the timeline in the right column").isGreaterThan(600);
        assertThat(spots.get(1).focus()).isSameAs(button);
        assertThat(spots.get(1).y()).isCloseTo(spots.get(0).y(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(spots.get(1).x()).isCloseTo(spots.get(0).x(), org.assertj.core.data.Offset.offset(1.0));

        TestDesktop.switchLanguage(app, Language.TIBETAN);
        until(() -> button.localToScene(0, 0).getX() < 600);
    }

    @Test
    void withTheCaseEditorBesideTheCaseTheFocusOnTheCaseStaysThere(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#edit-case") != null);
        until(() -> app.warmUp().isPresent());
        robot.interact(() -> ((javafx.scene.control.ButtonBase) app.window().root().lookup("#edit-case")).fire());
        until(() -> app.window().root().lookup(".editor-panel") != null
                && app.window().root().lookup(".editor-panel").isVisible());
        Node button = app.window().root().lookup("#record-node");

        // Beside the case in Chinese at 1366 pixels, over it in Tibetan, where it takes the focus.
        List<Spot> spots = aroundRehearsal(() -> Spot.of(button), button);

        assertThat(spots.get(0).focus()).isSameAs(button);
        assertThat(spots.get(1).focus()).isSameAs(button);
        assertThat(spots.get(1).visible()).isTrue();
        TestDesktop.switchLanguage(app, Language.TIBETAN);
        until(() -> button.getScene().getFocusOwner() != button);
    }

    @Test
    void aRehearsalDoesNotReadTheCaseListAgainThatIsSortedByName(FxRobot robot) throws Exception {
        var list = app.caseList();
        robot.interact(() -> list.orderProperty().set(new org.lastmile.ui.cases.CaseListViewModel.Order(
                org.lastmile.domain.cases.CaseListOrder.APPLICANT, false)));
        until(() -> !list.loadingProperty().get() && !list.rows().isEmpty());
        until(() -> app.warmUp().isPresent());
        int[] loads = new int[1];
        robot.interact(() -> list.loadingProperty().addListener((obs, was, now) -> loads[0] += now ? 1 : 0));

        // A read of the list is started (and shown) by the language's listener itself: counted
        // within the rehearsal's own event, so that no other read can be taken for it.
        List<Integer> counted = aroundRehearsal(() -> loads[0], null);
        assertThat(counted.get(1) - counted.get(0)).as("reads of the list started by the rehearsal").isZero();

        // A real switch does read it again: names in Tibetan collate in another order.
        TestDesktop.switchLanguage(app, Language.TIBETAN);
        until(() -> loads[0] > 0 && !list.loadingProperty().get());
    }

    /**
     * In one FX event: the window laid out (what the next pulse would do), {@code focus} given the
     * focus when not null, {@code look} read, the switch rehearsed, {@code look} read again.
     */
    private <T> List<T> aroundRehearsal(Callable<T> look, Node focus) throws Exception {
        Parent root = app.window().root();
        ScriptWarmUp warmUp = app.warmUp().orElseThrow();
        return onFx(() -> {
            if (focus != null) {
                focus.requestFocus();
            }
            root.applyCss();
            root.layout();
            T before = look.call();
            if (!warmUp.rehearseSwitch()) {
                throw new IllegalStateException("not rehearsed");
            }
            return List.of(before, look.call());
        });
    }

    /** Where a control is, whether it shows, and what has the focus. */
    private record Spot(Node focus, double x, double y, boolean visible) {
        static Spot of(Node node) {
            var at = node.localToScene(0, 0);
            return new Spot(node.getScene() == null ? null : node.getScene().getFocusOwner(), at.getX(), at.getY(),
                    node.isVisible());
        }
    }

    /** What the user sees of the window, and the state a rehearsal must give back. */
    private record Window(List<String> texts, List<String> rootClasses, Node focus, int caret, double entryTop,
            String entry, Locale defaultLocale) {
        static Window of(Parent root, ScrollPane sections) {
            List<String> texts = new ArrayList<>();
            collect(root, texts);
            Node focus = root.getScene().getFocusOwner();
            return new Window(texts, List.copyOf(root.getStyleClass()), focus,
                    focus instanceof TextField field ? field.getCaretPosition() : -1,
                    root.lookup("#entry-original").localToScene(0, 0).getY(),
                    ((TextField) root.lookup("#entry-original")).getText(), Locale.getDefault());
        }

        Window withoutTexts() {
            return new Window(List.of(), rootClasses, focus, caret, 0, entry, defaultLocale);
        }

        private static void collect(Node node, List<String> out) {
            if (!node.isVisible()) {
                return; // not seen (a wrapped text's measuring probe keeps whatever it measured last)
            }
            if (node instanceof Labeled labeled) {
                out.add(labeled.getText());
            } else if (node instanceof Text text) {
                out.add(text.getText());
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    collect(child, out);
                }
            }
        }
    }

    private static String firstDifference(List<String> before, List<String> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String was = i < before.size() ? before.get(i) : "(none)";
            String now = i < after.size() ? after.get(i) : "(none)";
            if (!java.util.Objects.equals(was, now)) {
                return "text " + i + ": " + was + " -> " + now + "; before " + before.subList(Math.max(0, i - 3),
                        Math.min(before.size(), i + 4)) + ", after " + after.subList(Math.max(0, i - 3),
                        Math.min(after.size(), i + 4));
            }
        }
        return "";
    }

    private String remembered() throws Exception {
        desktop.storeThread.submit(() -> null).get(60, TimeUnit.SECONDS); // what was asked is written
        return desktop.store.settings().get(Settings.LANGUAGE).orElse("");
    }

}
