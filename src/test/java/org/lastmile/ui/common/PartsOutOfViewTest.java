package org.lastmile.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A language switch's frame leaves out the parts above and below the view, and only those: what
 * is seen keeps its place and the scroll bar its range, the parts come back where they were, and
 * when a part above the view comes back taller the view moves with what the user looks at.
 */
class PartsOutOfViewTest {

    /**
     * Ten parts of 150 px, each three rows of 50 px (the field is row 1 of part 4, 650 px down), in
     * a view of 328 px (a 330 px window less the pane's border). Kept: the view and as much again
     * below it (656 px from the view's top).
     */
    private static final int PARTS = 10;
    private static final double ROW = 50;

    private Stage stage;
    private ScrollPane pane;
    private VBox column;
    private List<VBox> parts;
    private TextField field;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.setupStage(s -> {
            parts = new ArrayList<>();
            for (int i = 0; i < PARTS; i++) {
                VBox part = new VBox();
                part.setId("part-" + i);
                for (int row = 0; row < 3; row++) {
                    Region r = new Region();
                    r.setId("part-" + i + "-" + row);
                    r.setMinHeight(ROW);
                    r.setPrefHeight(ROW);
                    r.setMaxHeight(ROW);
                    part.getChildren().add(r);
                }
                parts.add(part);
            }
            field = new TextField();
            field.setMaxHeight(ROW);
            field.setFocusTraversable(false); // no focus until a test gives it (the pane would scroll to it)
            parts.get(4).getChildren().set(1, field);
            parts.get(4).setMinHeight(3 * ROW);
            parts.get(4).setMaxHeight(3 * ROW);
            column = new VBox();
            column.getChildren().addAll(parts);
            pane = new ScrollPane(column);
            pane.setFitToWidth(true);
            s.setScene(new Scene(pane, 300, 330));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void atTheTopTheFrameLeavesOutThePartsBelowAndNothingInViewMoves() throws Exception {
        // Kept: 0-656 px: parts 0 to 3, and part 4 but its last row.
        double[] before = onFx(() -> new double[] {column.getHeight(), pane.getVvalue(),
            parts.get(2).localToScene(0, 0).getY()});

        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());

        assertThat(held.size()).as("parts 5 to 9 and the last row of part 4").isEqualTo(6);
        double[] during = onFx(() -> {
            pane.applyCss();
            pane.layout();
            return new double[] {column.getHeight(), pane.getVvalue(), parts.get(2).localToScene(0, 0).getY()};
        });
        assertThat(during).containsExactly(before);
        assertThat(inScene()).containsExactly(true, true, true, true, true, false, false, false, false, false);
        assertThat(onFx(() -> column.getChildren().size())).isEqualTo(PARTS);

        restore(held);
        assertThat(onFx(() -> List.copyOf(column.getChildren()))).containsExactlyElementsOf(parts);
        assertThat(held.size()).isZero();
        restore(held); // once only: a second call changes nothing
        assertThat(onFx(() -> List.copyOf(column.getChildren()))).containsExactlyElementsOf(parts);
    }

    @Test
    void inTheMiddleThePartsAboveAndBelowAndTheRowsOfACutPartAboveTheViewAreLeftOut() throws Exception {
        scrollTo(410); // the view: 410 to 738, kept to 1066; part 2 (300-450) and part 7 (1050-1200) cut

        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());

        assertThat(held.size()).as("parts 0, 1, 8, 9, two rows of part 2 and two of part 7").isEqualTo(8);
        assertThat(inScene()).containsExactly(false, false, true, true, true, true, true, true, false, false);
        assertThat(onFx(() -> parts.get(7).getChildren().stream().map(n -> n.getId() != null).toList()))
                .as("the rows of part 7 past what is kept are stand-ins").containsExactly(true, false, false);
        assertThat(onFx(() -> parts.get(2).getChildren().stream().map(n -> n.getId() != null).toList()))
                .as("the rows of part 2 above the view are stand-ins").containsExactly(false, false, true);
        restore(held);
        assertThat(onFx(() -> List.copyOf(parts.get(2).getChildren()).stream().map(Node::getId).toList()))
                .containsExactly("part-2-0", "part-2-1", "part-2-2");
    }

    @Test
    void whenAPartAboveComesBackTallerTheViewMovesWithWhatItShowed() throws Exception {
        scrollTo(410);
        double shownAt = onFx(() -> parts.get(3).localToScene(0, 0).getY());
        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());

        onFx(() -> {
            // The other language's texts are longer: the part above the view grows by 100 px.
            ((Region) parts.get(0).getChildren().get(0)).setMinHeight(ROW + 100);
            ((Region) parts.get(0).getChildren().get(0)).setPrefHeight(ROW + 100);
            ((Region) parts.get(0).getChildren().get(0)).setMaxHeight(ROW + 100);
            held.restoreKeepingView();
            return null;
        });
        afterPulse();

        assertThat(onFx(() -> column.getHeight())).isEqualTo(PARTS * 3 * ROW + 100);
        assertThat(onFx(() -> parts.get(3).localToScene(0, 0).getY())).isEqualTo(shownAt);
    }

    @Test
    void whenARowAboveTheViewInsideACutPartComesBackTallerTheViewMovesWithTheFirstRowInView() throws Exception {
        scrollTo(360); // the view from 360 px: part 2's row 0 above it, row 1 cut, row 2 the first in view
        double shownAt = onFx(() -> parts.get(2).getChildren().get(2).localToScene(0, 0).getY());
        Region row = onFx(() -> (Region) parts.get(2).getChildren().get(0));
        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());
        assertThat(onFx(() -> row.getScene())).as("row 0 of part 2 held").isNull();

        onFx(() -> {
            // The other language's texts are longer: the row above the view grows by 100 px.
            row.setMinHeight(ROW + 100);
            row.setPrefHeight(ROW + 100);
            row.setMaxHeight(ROW + 100);
            held.restoreKeepingView();
            return null;
        });
        afterPulse();

        assertThat(onFx(() -> parts.get(2).getChildren().get(2).localToScene(0, 0).getY())).isEqualTo(shownAt);
    }

    @Test
    void aFocusedFieldOutOfViewIsBroughtIntoViewAndItsPartStays() throws Exception {
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo(0); // the pane showed the focused field: back to the top, the field below the view

        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());

        // The field (650 px, its focus ring 1.4 px more) a third down the view: the view from
        // about 539 px, kept to about 1195 px.
        assertThat(onFx(() -> pane.getVvalue() * (column.getHeight() - pane.getViewportBounds().getHeight())))
                .isCloseTo(650 - 328 / 3.0, org.assertj.core.data.Offset.offset(2.0));
        assertThat(held.size()).as("parts 0 to 2, 8 and 9, and the first row of part 3").isEqualTo(6);
        assertThat(inScene()).containsExactly(false, false, false, true, true, true, true, true, false, false);
        assertThat(onFx(() -> field.getScene() != null && field.isFocused())).isTrue();
        restore(held);
    }

    @Test
    void aPartWhoseStandInHasGoneStaysOut() throws Exception {
        PartsOutOfView.Held held = onFx(() -> new PartsOutOfView(pane, column).hold());
        onFx(() -> {
            column.getChildren().remove(5); // the stand-in of part 5: the screen changed meanwhile
            held.restoreKeepingView();
            return null;
        });

        assertThat(onFx(() -> List.copyOf(column.getChildren())))
                .containsExactly(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(6),
                        parts.get(7), parts.get(8), parts.get(9));
        assertThat(onFx(() -> parts.get(5).getParent())).isNull();
    }

    @Test
    void nothingIsHeldOutOfAWindowThatIsNotShown() throws Exception {
        onFx(() -> {
            stage.hide();
            return null;
        });

        assertThat(onFx(() -> new PartsOutOfView(pane, column).hold())).isSameAs(PartsOutOfView.Held.NOTHING);
        assertThat(onFx(() -> List.copyOf(column.getChildren()))).containsExactlyElementsOf(parts);
    }

    private List<Boolean> inScene() throws Exception {
        return onFx(() -> parts.stream().map(p -> p.getScene() != null).toList());
    }

    private void scrollTo(double pixels) throws Exception {
        onFx(() -> {
            double free = column.getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(pixels / free);
            pane.layout();
            return null;
        });
        afterPulse();
    }

    private static void restore(PartsOutOfView.Held held) throws Exception {
        onFx(() -> {
            held.restoreKeepingView();
            return null;
        });
        afterPulse();
    }

    /** Until a layout pass has run (and the post-layout listeners added before this one). */
    private static void afterPulse() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
            Scene scene = Stage.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage)
                    .map(w -> w.getScene()).filter(s -> s.getRoot() instanceof ScrollPane).findFirst().orElseThrow();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                done.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
            return null;
        });
        done.get(1, TimeUnit.MINUTES);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
