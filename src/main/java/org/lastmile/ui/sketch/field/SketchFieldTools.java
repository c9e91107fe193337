package org.lastmile.ui.sketch.field;

import java.io.File;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.sketch.FieldLabel;
import org.lastmile.ui.sketch.SketchView;
import org.lastmile.ui.sketch.SketchViewModel;
import org.lastmile.ui.sketch.StakeoutViewModel;
import org.lastmile.ui.sketch.basemap.BasemapLayer;
import org.lastmile.ui.sketch.basemap.BasemapViewModel;
import org.lastmile.ui.sketch.gnss.ReceiverStatusViewModel;

/**
 * Puts the field tools on the sketch screen: the basemap under the drawing and the landmarks and
 * four boundaries over it, the drawn ΔN/ΔE guidance under each stake-out card, and panel sections
 * for the four boundaries, the landmarks, the field-file import and the basemap.
 */
public final class SketchFieldTools {

    private final ViewContext ui;
    private final java.util.Map<TextField, String> labels = new java.util.IdentityHashMap<>();

    private SketchFieldTools(ViewContext ui) {
        this.ui = ui;
    }

    /**
     * The view models the tools show.
     *
     * @param tiles reads and decodes basemap tiles off the FX thread (a thread of its own in the app, so
     *     that tiles never wait behind the store's work nor hold it up)
     */
    public record Models(SketchViewModel sketch, StakeoutViewModel stakeout, Optional<ReceiverStatusViewModel> receiver,
            FieldFileViewModel files, SurroundingsViewModel surroundings, BasemapViewModel basemap,
            org.lastmile.ui.common.Background tiles) {
    }

    public static void install(SketchView view, Models m, ViewContext ui) {
        SketchFieldTools tools = new SketchFieldTools(ui);
        view.canvas().layers().add(0, new BasemapLayer(m.basemap(), m.sketch()::plane, m.tiles(), view.canvas()::redraw));
        view.canvas().layers().add(2, new SurroundingsLayer(m.sketch()::current, ui.locale()::messages));
        m.basemap().basemapProperty().addListener((o, a, b) -> view.canvas().redraw());
        m.basemap().shownProperty().addListener((o, a, b) -> view.canvas().redraw());
        view.setCardExtra(i -> tools.guidance(m, i));
        SurroundingsViewModel around = m.surroundings();
        view.setPickFirst(pick -> around.click(new org.lastmile.survey.crs.PlanePoint(pick.e(), pick.n())));
        view.root().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE
                    && (around.placingProperty().get() || around.movingProperty().get() != null)) {
                around.cancelClick();
                e.consume();
            }
        });
        // a frozen sketch greys what edits it; the basemap is only a view and stays usable
        view.addToPanel(view.editing(tools.boundaries(m.surroundings())),
                view.editing(tools.landmarks(m.surroundings(), m.sketch())), view.editing(tools.fieldFile(m.files())),
                tools.basemap(m.basemap()));
    }

    private Node guidance(Models m, int card) {
        GuidanceFigure figure = new GuidanceFigure(() -> m.stakeout().guidance(card), ui.locale()::messages, this::font);
        figure.node().setId("sketch-guidance-" + card);
        m.receiver().ifPresent(r -> r.lastFixProperty().addListener((o, a, b) -> figure.redraw()));
        ui.locale().messagesProperty().addListener((o, a, b) -> figure.redraw());
        return figure.node();
    }

    private Font font() {
        return ui.locale().getLanguage() == Language.TIBETAN ? ui.fonts().font(15) : Font.font(14);
    }

    private Node boundaries(SurroundingsViewModel s) {
        TextField n = field("sketch-boundary-north", "sketch.boundary.north", s.northProperty());
        TextField e = field("sketch-boundary-east", "sketch.boundary.east", s.eastProperty());
        TextField so = field("sketch-boundary-south", "sketch.boundary.south", s.southProperty());
        TextField w = field("sketch-boundary-west", "sketch.boundary.west", s.westProperty());
        for (TextField f : new TextField[] {n, e, so, w}) {
            f.setOnAction(x -> s.commitBoundaries());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    s.commitBoundaries();
                }
            });
        }
        return new VBox(6, heading("sketch.section.boundaries"), FieldLabel.row(above(n), above(e)),
                FieldLabel.row(above(so), above(w)));
    }

    private Node landmarks(SurroundingsViewModel s, SketchViewModel sketch) {
        ComboBox<LandmarkKind> kind = new ComboBox<>(FXCollections.observableArrayList(LandmarkKind.values()));
        kind.setId("sketch-landmark-kind");
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(s.kindProperty());
        kind.setMinHeight(44);
        TextField label = field("sketch-landmark-label", "sketch.landmark.label", s.labelProperty());
        TextField points = field("sketch-landmark-points", "sketch.landmark.points", s.pointsProperty());
        Button add = ui.button(ui.text("sketch.landmark.add"), s::addLandmark);
        add.setId("sketch-landmark-add");
        add.setMinHeight(44);
        points.setOnAction(x -> s.addLandmark());
        javafx.scene.control.ToggleButton onMap = ViewContext.noMnemonics(new javafx.scene.control.ToggleButton());
        onMap.setId("sketch-landmark-on-map");
        onMap.textProperty().bind(ui.text("sketch.landmark.onMap"));
        ScriptStyle.follow(onMap, onMap.textProperty());
        onMap.selectedProperty().bindBidirectional(s.placingProperty());
        onMap.setMinHeight(44);
        Label hint = ui.label(ui.locale().text(() -> {
            Messages m = ui.locale().messages();
            if (s.movingProperty().get() != null) {
                return m.get("sketch.landmark.clickToMove", SurroundingsLayer.label(s.movingProperty().get(), m));
            }
            if (!s.placingProperty().get()) {
                return "";
            }
            return m.get(s.kindProperty().get().linear() || s.kindProperty().get() == LandmarkKind.BUILDING
                    ? "sketch.landmark.clickPoints" : "sketch.landmark.clickToPlace", m.get(s.kindProperty().get().messageKey()));
        }, s.placingProperty(), s.movingProperty(), s.kindProperty()), "sketch-landmark-hint");
        hint.setId("sketch-landmark-hint");
        hint.setWrapText(false);
        Label problem = message(s.problemProperty());
        VBox list = new VBox(4);
        list.setId("sketch-landmarks");
        Runnable show = () -> {
            list.getChildren().clear();
            Messages m = ui.locale().messages();
            for (Landmark l : s.landmarks()) {
                String text = m.get(l.kind().messageKey()) + (l.label().isEmpty() ? "" : " " + l.label());
                Label name = new Label(text);
                ScriptStyle.apply(name, text);
                name.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(name, Priority.ALWAYS);
                Button move = ui.button(ui.text("sketch.landmark.move"), () -> s.moveLandmark(l));
                move.setId("sketch-landmark-move-" + list.getChildren().size());
                move.setMinHeight(40);
                Button remove = ui.button(ui.text("sketch.landmark.remove"), () -> s.removeLandmark(l));
                remove.setMinHeight(40);
                HBox row = new HBox(6, name, move, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                list.getChildren().add(row);
            }
        };
        sketch.sketchProperty().addListener((o, a, b) -> show.run());
        ui.locale().messagesProperty().addListener((o, a, b) -> show.run());
        show.run();
        return new VBox(6, heading("sketch.section.landmarks"), FieldLabel.row(kind, above(label)), above(points),
                new HBox(6, add, onMap),
                hint, problem, list);
    }

    private Node fieldFile(FieldFileViewModel files) {
        FieldFileDialog dialog = new FieldFileDialog(files, ui);
        Button[] open = new Button[1];
        open[0] = ui.button(ui.text("sketch.fieldFile.open"),
                () -> dialog.show(open[0].getScene() == null ? null : open[0].getScene().getWindow()));
        Button button = open[0];
        button.setId("sketch-field-file");
        button.setMinHeight(44);
        return new VBox(6, heading("sketch.section.fieldFile"), button);
    }

    private Node basemap(BasemapViewModel b) {
        CheckBox shown = ViewContext.noMnemonics(new CheckBox());
        shown.setId("sketch-basemap-shown");
        shown.textProperty().bind(ui.text("sketch.basemap.shown"));
        ScriptStyle.follow(shown, shown.textProperty());
        shown.selectedProperty().bindBidirectional(b.shownProperty());
        shown.disableProperty().bind(b.basemapProperty().isNull());
        Button choose = ui.button(ui.text("sketch.basemap.choose"), () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MBTiles", "*.mbtiles"));
            File f = chooser.showOpenDialog(shown.getScene() == null ? null : shown.getScene().getWindow());
            if (f != null) {
                b.choose(f.toPath());
            }
        });
        choose.setId("sketch-basemap-choose");
        choose.setMinHeight(44);
        Label message = message(b.messageProperty());
        message.setId("sketch-basemap-message");
        return new VBox(6, heading("sketch.section.basemap"), new HBox(8, shown, choose), message);
    }

    private Label message(javafx.beans.value.ObservableObjectValue<MessageKeyed> value) {
        Label l = ui.label(ui.locale().text(() -> value.get() == null ? "" : ui.locale().messages().get(value.get()),
                value));
        l.setWrapText(false);
        return l;
    }

    /** A field named by the label above it (the bundle text of {@code labelKey}; see {@link FieldLabel}). */
    private TextField field(String id, String labelKey, javafx.beans.property.StringProperty value) {
        TextField f = ui.input(new TextField());
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setMinHeight(44);
        labels.put(f, labelKey);
        return f;
    }

    private VBox above(TextField field) {
        return FieldLabel.above(ui, labels.get(field), field);
    }

    private Label heading(String key) {
        Label l = ui.label(ui.text(key), "sketch-heading");
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    /** A landmark kind by its name in the interface language. */
    private final class KindCell extends ListCell<LandmarkKind> {
        @Override
        protected void updateItem(LandmarkKind item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                return;
            }
            textProperty().bind(ui.text(item.messageKey()));
            ScriptStyle.follow(this, textProperty());
        }
    }
}
