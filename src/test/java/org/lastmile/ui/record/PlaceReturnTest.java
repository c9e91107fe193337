package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reopened record fills in over several passes (the case and the officers arrive after the
 * record, texts wrap once their width is known). The control the user was on must come back to
 * the same height on the screen with the focus, and stay there while parts above it grow, until
 * the user scrolls. A scroll position set once (the record's first version) kept the pixel offset
 * while the parts above grew: the control slid down by their growth.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceReturnTest {

    private static final int BUTTONS = 60;

    private Stage stage;
    /** The layout pulses the window's scene has had (counted after its layout pass). */
    private final AtomicInteger pulsed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new BorderPane(), 400, 300));
        stage.getScene().addPostLayoutPulseListener(pulsed::incrementAndGet);
        stage.show();
    }

    /** One screen of a record: a growing part above 60 buttons in a scroll pane. */
    private record Screen(BorderPane root, ScrollPane pane, Region above) {
        static Screen make() {
            Region above = new Region();
            above.setMinHeight(0);
            above.setPrefHeight(0);
            VBox parts = new VBox(4, above);
            for (int i = 0; i < BUTTONS; i++) {
                Button b = new Button("button " + i);
                b.setId("b" + i);
                parts.getChildren().add(b);
            }
            ScrollPane pane = new ScrollPane(parts);
            pane.setFitToWidth(true);
            return new Screen(new BorderPane(pane), pane, above);
        }

        double topOf(String id) {
            Node n = root.lookup("#" + id);
            return n.localToScene(n.getBoundsInLocal()).getMinY() - pane.localToScene(pane.getBoundsInLocal()).getMinY();
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(3, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /**
     * Three pulses of the window's scene, each waited for: the post-layout work of the scene runs in
     * them. (Three 50 ms sleeps were a bet that the pulse timer had run meanwhile; on a loaded machine
     * a check could then read a screen that had not been laid out yet.) The bound ends a hang only.
     */
    private void pulses() throws Exception {
        for (int i = 0; i < 3; i++) {
            int before = fx(() -> {
                javafx.application.Platform.requestNextPulse();
                return pulsed.get();
            });
            WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES, () -> pulsed.get() > before);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows a screen, scrolls button 40 into the middle and focuses it; returns where the user is. */
    private RecordPlaces.Place userOnButton40() throws Exception {
        Screen first = Screen.make();
        fx(() -> {
            stage.getScene().setRoot(first.root());
            first.root().applyCss();
            first.root().layout();
            first.pane().setVvalue(0.7);
            first.root().layout();
            first.root().lookup("#b40").requestFocus();
            return null;
        });
        pulses();
        double stood = fx(() -> first.topOf("b40"));
        assertThat(stood).as("button 40 is in view").isBetween(0.0, 270.0);
        RecordPlaces.Place place = fx(() -> PlaceReturn.current(first.pane(), first.root(), "b40"));
        assertThat(place.focusTop()).isCloseTo(stood, within(1.5));
        return place;
    }

    /** Shows {@code again} (the record reopened) and starts the return to {@code place}. */
    private PlaceReturn reopen(Screen again, RecordPlaces.Place place) throws Exception {
        PlaceReturn back = fx(() -> {
            stage.getScene().setRoot(again.root());
            return PlaceReturn.start(again.pane(), again.root(), place);
        });
        pulses();
        return back;
    }

    /** Parts above the button grow by {@code px} (the case arriving after the record). */
    private void growAbove(Screen again, double px) throws Exception {
        fx(() -> {
            again.above().setPrefHeight(px);
            return null;
        });
        pulses();
    }

    @Test
    void theControlComesBackToItsHeightWithTheFocusAndStaysWhilePartsAboveGrow() throws Exception {
        RecordPlaces.Place place = userOnButton40();
        Screen again = Screen.make();
        PlaceReturn back = reopen(again, place);
        assertThat(fx(() -> again.topOf("b40"))).isCloseTo(place.focusTop(), within(1.5));
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("b40");

        // The case arrives: 200 px more above the button.
        growAbove(again, 200);
        assertThat(fx(() -> again.topOf("b40"))).as("held while the part above grew")
                .isCloseTo(place.focusTop(), within(1.5));
        assertThat(fx(() -> back.focusTarget().map(Node::getId))).contains("b40");
    }

    @Test
    void aScrollOfSomeoneElseEndsTheHold() throws Exception {
        RecordPlaces.Place place = userOnButton40();
        Screen again = Screen.make();
        PlaceReturn back = reopen(again, place);
        fx(() -> {
            again.pane().setVvalue(0); // a jump to the top of the record
            return null;
        });
        pulses();
        assertThat(fx(() -> again.pane().getVvalue())).as("the jump is not undone").isEqualTo(0.0);
        assertThat(fx(back::focusTarget)).isEmpty();
    }

    @Test
    void theUsersClickEndsTheHold(FxRobot robot) throws Exception {
        RecordPlaces.Place place = userOnButton40();
        Screen again = Screen.make();
        PlaceReturn back = reopen(again, place);
        robot.clickOn(org.lastmile.FxClicks.centre(robot, "#b41"));
        pulses();
        assertThat(fx(back::focusTarget)).as("the hold ended").isEmpty();
        growAbove(again, 200);
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).as("the user's click, not undone")
                .isEqualTo("b41");
        assertThat(fx(() -> again.topOf("b40"))).as("no longer held: it slid down with the growth")
                .isGreaterThan(place.focusTop() + 150);
    }
}
