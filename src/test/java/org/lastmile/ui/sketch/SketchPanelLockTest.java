package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.service.BasemapService;
import org.lastmile.service.SketchService;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.WylieInput;
import org.lastmile.ui.main.MainWindow;
import org.lastmile.ui.sketch.basemap.BasemapViewModel;
import org.lastmile.ui.sketch.field.FieldFileViewModel;
import org.lastmile.ui.sketch.field.SketchFieldTools;
import org.lastmile.ui.sketch.field.SurroundingsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole sketch screen (panel and field tools) driven by the robot: the demo hand-over
 * record's sketch, held by the sealed record, opens with every editing control grey and a line
 * saying why, while zoom and the basemap stay usable; an editable sketch takes a tree by a click on
 * the map and moves the well by another, each undone by the undo button.
 */
@ExtendWith(ApplicationExtension.class)
class SketchPanelLockTest {

    /** Controls that change the sketch. */
    static final List<String> EDITING = List.of("#sketch-capture", "#sketch-close-parcel", "#sketch-east",
            "#sketch-add-corner", "#sketch-vertex-east", "#sketch-polar-distance", "#sketch-offset-offset",
            "#sketch-tape-from", "#sketch-tape-length", "#sketch-claim-a", "#sketch-agreed", "#sketch-division-target",
            "#sketch-division-accept", "#sketch-assign-a", "#sketch-add-markers", "#sketch-boundary-north",
            "#sketch-landmark-points", "#sketch-landmark-add", "#sketch-landmark-on-map", "#sketch-field-file");

    Stage stage;
    UiFixture fixture;
    SketchViewModel model;
    SurroundingsViewModel surroundings;
    SketchView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new UiFixture(Files.createTempDirectory("sketch-lock"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void show(FxRobot robot, SketchHistory history) {
        robot.interact(() -> {
            LocaleService locale = new LocaleService(Language.CHINESE);
            Background now = new Background(Runnable::run);
            model = new SketchViewModel(history, now);
            DivisionViewModel division = new DivisionViewModel(model);
            StakeoutViewModel stakeout = new StakeoutViewModel(model, java.util.Optional::empty);
            ViewContext ui = new ViewContext(locale, DemoScreen.FONTS, new ControlStrings(locale),
                    () -> new WylieInput(new Wylie(), DemoScreen.FONTS, new SimpleBooleanProperty(false)));
            view = new SketchView(model, division, stakeout, null, null, ui);
            surroundings = new SurroundingsViewModel(model);
            SketchFieldTools.install(view, new SketchFieldTools.Models(model, stakeout, java.util.Optional.empty(),
                    new FieldFileViewModel(model, (file, crs, refs) -> {
                        throw new IllegalStateException("no file is read here");
                    }, now), surroundings, new BasemapViewModel(BasemapService.of(fixture.store), now, () -> "test"), now), ui);
            Scene scene = new Scene(view.root(), 1024, 768);
            scene.getStylesheets().addAll(DemoScreen.FONTS.stylesheet(),
                    MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.canvas().fit();
        });
    }

    private Node node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    @Test
    void aSketchHeldBySealedRecordGreysItsEditingControlsAndStillZooms(FxRobot robot) {
        SketchService service = SketchService.of(fixture.store);
        show(robot, service.history(UiFixture.FARMLAND, "EPSG:4542", 0));
        SiteSketch stored = model.current();

        Label why = robot.lookup("#sketch-frozen").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("笔录已封存：草图只能查看、缩放和打印");
        for (String id : EDITING) {
            assertThat(node(robot, id).isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup(".button").queryAll().stream().filter(n -> n.getId() != null
                && n.getId().startsWith("sketch-placed-")).allMatch(Node::isDisabled)).isTrue();
        assertThat(node(robot, "#sketch-sun").isDisabled()).as("the sunlight theme is a view").isFalse();
        assertThat(node(robot, "#sketch-basemap-choose").isDisabled()).as("the basemap is a view").isFalse();

        robot.clickOn("#sketch-tape-length").write("12.5").type(KeyCode.ENTER);
        assertThat(robot.lookup("#sketch-tape-length").queryAs(TextField.class).getText()).isEmpty();

        double scale = view.canvas().viewport().scale();
        robot.clickOn("#sketch-canvas").type(KeyCode.ADD);
        assertThat(view.canvas().viewport().scale()).as("zoom by key").isGreaterThan(scale);
        robot.interact(() -> surroundings.placingProperty().set(true));
        robot.clickOn(canvasPoint(robot, 60, 60));
        robot.type(KeyCode.F4);
        assertThat(model.current()).isEqualTo(stored);
        assertThat(model.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void aTreeIsPlacedAndTheWellMovedByClicksOnTheMap(FxRobot robot) {
        show(robot, new SketchHistory(DemoScreen.farmland()));
        assertThat(robot.lookup("#sketch-frozen").queryAs(Label.class).isVisible()).isFalse();
        for (String id : EDITING.subList(1, EDITING.size())) { // capture needs a receiver
            assertThat(node(robot, id).isDisabled()).as(id).isFalse();
        }
        int landmarks = model.current().landmarks().size();
        robot.interact(() -> {
            surroundings.kindProperty().set(LandmarkKind.TREE);
            robot.lookup("#sketch-landmark-on-map").queryAs(javafx.scene.control.ToggleButton.class).fire();
        });
        assertThat(robot.lookup("#sketch-landmark-hint").queryAs(Label.class).getText()).contains("点击地图放置树木");
        Point2D at = canvasPoint(robot, 60, 60);
        robot.clickOn(at);
        assertThat(model.current().landmarks()).hasSize(landmarks + 1);
        var tree = model.current().landmarks().get(landmarks);
        assertThat(tree.kind()).isEqualTo(LandmarkKind.TREE);
        var vp = view.canvas().viewport();
        Point2D local = view.canvas().screenToLocal(at);
        assertThat(tree.points().get(0).e()).isCloseTo(vp.planeE(local.getX()), within(0.01 + 1 / vp.scale()));
        assertThat(tree.points().get(0).n()).isCloseTo(vp.planeN(local.getY()), within(0.01 + 1 / vp.scale()));

        int well = indexOf(LandmarkKind.WELL);
        var before = model.current().landmarks().get(well);
        robot.interact(() -> robot.lookup("#sketch-landmark-move-" + well).queryButton().fire());
        Point2D to = canvasPoint(robot, 120, 60);
        robot.clickOn(to);
        var moved = model.current().landmarks().get(well);
        Point2D toLocal = view.canvas().screenToLocal(to);
        assertThat(moved.points().get(0).e()).isCloseTo(vp.planeE(toLocal.getX()), within(1 / vp.scale()));
        assertThat(moved.points().get(0).n()).isCloseTo(vp.planeN(toLocal.getY()), within(1 / vp.scale()));

        robot.interact(() -> robot.lookup("#sketch-undo").queryButton().fire());
        assertThat(model.current().landmarks().get(well)).isEqualTo(before);
        robot.interact(() -> robot.lookup("#sketch-undo").queryButton().fire());
        assertThat(model.current().landmarks()).hasSize(landmarks);
    }

    private int indexOf(LandmarkKind kind) {
        var all = model.current().landmarks();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }

    /** A point of the canvas on the screen, {@code x, y} from its top-left corner (outside the parcel). */
    private Point2D canvasPoint(FxRobot robot, double x, double y) {
        return view.canvas().localToScreen(x, y);
    }
}
