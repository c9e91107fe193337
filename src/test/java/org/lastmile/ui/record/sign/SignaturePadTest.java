package org.lastmile.ui.record.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drawing on the pad with the (headless) mouse: strokes, their timing, undo and clear. */
@ExtendWith(ApplicationExtension.class)
class SignaturePadTest {

    SignaturePad pad;

    @Start
    void start(Stage stage) {
        pad = new SignaturePad(new TickingClock(Instant.parse("2026-11-24T04:00:00Z"), 7));
        pad.setId("pad");
        StackPane root = new StackPane(pad);
        pad.setMaxSize(SignaturePad.PREF_WIDTH, SignaturePad.PREF_HEIGHT);
        stage.setScene(new Scene(root, 520, 200));
        stage.show();
    }

    /** A point of the pad in screen coordinates. */
    private Point2D at(double x, double y) {
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    private void drag(FxRobot robot, double... xy) {
        robot.moveTo(at(xy[0], xy[1])).press(MouseButton.PRIMARY);
        for (int i = 2; i < xy.length; i += 2) {
            robot.moveTo(at(xy[i], xy[i + 1]));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragsBecomeStrokesWithIncreasingTimeInPadUnits(FxRobot robot) {
        assertThat(pad.isEmpty()).isTrue();
        drag(robot, 40, 100, 120, 40, 200, 110);
        drag(robot, 260, 60, 300, 120);

        List<Stroke> strokes = pad.strokes();
        assertThat(strokes).hasSize(2);
        assertThat(pad.emptyProperty().get()).isFalse();
        StrokePoint first = strokes.get(0).points().get(0);
        assertThat(first.x()).isCloseTo(40, org.assertj.core.data.Offset.offset(1.0));
        assertThat(first.y()).isCloseTo(100, org.assertj.core.data.Offset.offset(1.0));
        assertThat(first.t()).as("timing starts at the first pen-down").isZero();
        assertThat(strokes.get(0).points().size()).as("the move is sampled, not just its ends").isGreaterThan(5);
        StrokePoint last = strokes.get(1).points().get(strokes.get(1).points().size() - 1);
        assertThat(last.x()).isCloseTo(300, org.assertj.core.data.Offset.offset(1.0));
        assertThat(last.y()).isCloseTo(120, org.assertj.core.data.Offset.offset(1.0));

        long previous = -1;
        for (Stroke s : strokes) {
            for (StrokePoint p : s.points()) {
                assertThat(p.t()).as("times increase across strokes").isGreaterThan(previous);
                previous = p.t();
                assertThat(p.x()).isBetween(0.0, pad.getWidth());
                assertThat(p.y()).isBetween(0.0, pad.getHeight());
                assertThat(p.pressure()).isEqualTo(SignaturePad.DEFAULT_PRESSURE);
            }
        }
        assertThat(strokes.get(1).points().get(0).t()).as("the pause between strokes is kept")
                .isGreaterThan(strokes.get(0).points().get(strokes.get(0).points().size() - 1).t());
    }

    @Test
    void theInkIsOnTheCanvasAndUndoAndClearRemoveIt(FxRobot robot) {
        drag(robot, 40, 60, 200, 60);
        drag(robot, 100, 20, 100, 120);
        assertThat(ink(robot, 150, 60)).as("the first stroke is drawn").isTrue();
        assertThat(ink(robot, 100, 100)).isTrue();

        robot.interact(pad::undoLastStroke);
        assertThat(pad.strokes()).hasSize(1);
        assertThat(ink(robot, 100, 100)).as("the second stroke is gone").isFalse();
        assertThat(ink(robot, 150, 60)).isTrue();

        robot.interact(pad::clear);
        assertThat(pad.strokes()).isEmpty();
        assertThat(pad.isEmpty()).isTrue();
        assertThat(ink(robot, 150, 60)).isFalse();

        drag(robot, 40, 60, 200, 60);
        assertThat(pad.strokes().get(0).points().get(0).t()).as("after clearing, timing starts again").isZero();
    }

    @Test
    void aDragThatLeavesThePadIsKeptOnItsEdge(FxRobot robot) {
        robot.moveTo(at(400, 80)).press(MouseButton.PRIMARY).moveTo(at(500, 80)).moveTo(at(505, 190))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<StrokePoint> points = pad.strokes().get(0).points();
        assertThat(points).allSatisfy(p -> {
            assertThat(p.x()).isLessThanOrEqualTo(pad.getWidth());
            assertThat(p.y()).isLessThanOrEqualTo(pad.getHeight());
        });
        assertThat(points.get(points.size() - 1).x()).isEqualTo(pad.getWidth());
    }

    @Test
    void theListIsReadOnly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pad.strokes().add(new Stroke(List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Whether the pad shows dark ink around a point. */
    private boolean ink(FxRobot robot, int x, int y) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = pad.snapshot(null, null));
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                if (shot[0].getPixelReader().getColor(x + dx, y + dy).getBrightness() < 0.5) {
                    return true;
                }
            }
        }
        return false;
    }
}
