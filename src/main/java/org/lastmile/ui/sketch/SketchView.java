package org.lastmile.ui.sketch;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.lastmile.domain.sketch.MarkerType;
import org.lastmile.domain.sketch.Party;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.sketch.canvas.MapFurniture;
import org.lastmile.ui.sketch.canvas.SketchCanvas;
import org.lastmile.ui.sketch.canvas.SketchTheme;
import org.lastmile.ui.sketch.gnss.CornerCaptureViewModel;
import org.lastmile.ui.sketch.gnss.ReceiverStrip;

/**
 * The sketch screen: the receiver strip on top, the canvas, the area with its σ and the slip
 * warning below it, and on the right the keyboard-first entry panel (corners, tapes, claims,
 * division, stake-out). Thin: everything it shows comes from the view models.
 */
public final class SketchView {

    static final KeyCombination FIX_SLIP = new KeyCodeCombination(KeyCode.F4);
    /** Print the sketch document (Ctrl+P, ⌘P on a Mac), as the print button does. */
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final SketchCanvas canvas = new SketchCanvas();
    private final SketchViewModel model;
    private final ViewContext ui;
    private final CornerEditViewModel cornerEdit;
    private final SketchDrawing drawing;
    private VBox panel;
    private final java.util.Map<TextField, String> labels = new java.util.IdentityHashMap<>();
    private java.util.function.IntFunction<javafx.scene.Node> cardExtra = i -> null;
    private java.util.function.Predicate<SketchCanvas.Pick> pickFirst = p -> false;

    public SketchView(SketchViewModel model, DivisionViewModel division, StakeoutViewModel stakeout,
            CornerCaptureViewModel capture, ReceiverStrip strip, ViewContext ui) {
        this.model = model;
        this.ui = ui;
        this.cornerEdit = new CornerEditViewModel(model);
        CornerEditPanel cornerPanel = new CornerEditPanel(cornerEdit, ui);
        root.setId("sketch-view");
        root.getStyleClass().add("sketch-view");
        if (strip != null) {
            root.setTop(strip.root());
        }
        canvas.layers().add(furniture().grid());
        drawing = new SketchDrawing(model, division, ui.locale()::messages);
        canvas.layers().add(drawing);
        canvas.setFirstLive(drawing);
        canvas.layers().add((g, v, pen) -> furniture().overlay().draw(g, v, pen));
        canvas.layers().add(new Legend(ui.locale()::messages));
        canvas.layers().add(new ValidationLayer(model.outcomeProperty()::get, ui.locale()::messages));
        canvas.layers().add(cornerPanel.selection());
        canvas.setOnPick(pick -> {
            if (model.editableProperty().get() && pickFirst.test(pick)) {
                return; // taken by a tool waiting for a click on the map (a landmark being placed)
            }
            EdgePick.corner(model, pick).ifPresentOrElse(cornerEdit::select, () -> {
                if (model.editableProperty().get()) {
                    EdgePick.nearest(model, pick).ifPresent(division.edgeProperty()::set);
                }
            });
        });
        canvas.setSnap((e, n) -> EdgePick.snap(model, e, n, SketchCanvas.PICK_RADIUS_PX / canvas.viewport().scale()));
        root.setCenter(canvas);
        root.setBottom(statusBar());
        root.setRight(panel(division, stakeout, capture, cornerPanel));
        model.sketchProperty().addListener((o, a, b) -> {
            refresh();
            // the layers under the drawing show the landmarks and four boundaries, nothing else of the sketch
            if (a != null && a.landmarks().equals(b.landmarks()) && a.fourBoundaries().equals(b.fourBoundaries())) {
                canvas.requestLiveRedraw();
            } else {
                canvas.requestRedraw();
            }
        });
        model.outcomeProperty().addListener((o, a, b) -> canvas.requestLiveRedraw());
        division.previewProperty().addListener((o, a, b) -> canvas.requestLiveRedraw());
        ui.locale().messagesProperty().addListener((o, a, b) -> {
            canvas.setFont(font());
            canvas.redraw();
        });
        canvas.setFont(font());
        refresh();
        canvas.redraw();
        root.getProperties().put(SketchView.class, this);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIX_SLIP.match(e) && model.editableProperty().get()) {
                model.fixSlip();
                e.consume();
            }
        });
    }

    private MapFurniture furniture() {
        Messages m = ui.locale().messages();
        return new MapFurniture(metres -> m.get("sketch.scale.metres", metres), m.get("sketch.north"));
    }

    Font font() {
        return ui.locale().getLanguage() == Language.TIBETAN ? ui.fonts().font(15) : Font.font(13);
    }

    private void refresh() {
        var s = model.current();
        if (!s.corners().isEmpty()) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            s.corners().forEach(c -> {
                box[0] = Math.min(box[0], c.position().e());
                box[1] = Math.min(box[1], c.position().n());
                box[2] = Math.max(box[2], c.position().e());
                box[3] = Math.max(box[3], c.position().n());
            });
            canvas.setExtent(box);
        }
    }

    private HBox statusBar() {
        Label area = ui.label(ui.locale().text(() -> StatusText.area(model.outcomeProperty().get(),
                ui.locale().messages()), model.outcomeProperty()), "sketch-area");
        area.setId("sketch-area");
        Label slip = ui.label(ui.locale().text(() -> StatusText.slip(model.outcomeProperty().get(), model.current(),
                ui.locale().messages()), model.outcomeProperty()), "sketch-slip");
        slip.setId("sketch-slip");
        Button fix = ui.button(ui.text("sketch.slip.fix"), model::fixSlip);
        fix.setId("sketch-fix-slip");
        fix.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.outcomeProperty().get() != null
                && model.outcomeProperty().get().slip().isPresent(), model.outcomeProperty()));
        fix.managedProperty().bind(fix.visibleProperty());
        Label problem = ui.label(ui.locale().text(() -> model.problemProperty().get() == null ? ""
                : ui.locale().messages().get(model.problemProperty().get()), model.problemProperty()), "sketch-problem");
        problem.setId("sketch-problem");
        HBox bar = new HBox(12, area, slip, fix, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setMinHeight(44);
        bar.getStyleClass().add("sketch-status");
        return bar;
    }

    private ScrollPane panel(DivisionViewModel division, StakeoutViewModel stakeout, CornerCaptureViewModel capture,
            CornerEditPanel cornerPanel) {
        VBox box = new VBox(8);
        panel = box;
        box.setPadding(new Insets(8));
        box.setPrefWidth(330);
        box.getStyleClass().add("sketch-panel");
        // corners
        Button captureButton = ui.button(ui.text("sketch.corner.capture"), () -> capture.start(model::addCaptured));
        captureButton.setId("sketch-capture");
        captureButton.disableProperty().bind(model.editableProperty().not().or(
                new javafx.beans.property.SimpleBooleanProperty(capture == null)));
        TextField east = field("sketch-east", "sketch.corner.east");
        TextField north = field("sketch-north", "sketch.corner.north");
        Button add = ui.button(ui.text("sketch.corner.add"), () -> {
            if (model.addTyped(east.getText(), north.getText())) {
                east.clear();
                north.clear();
            }
        });
        add.setId("sketch-add-corner");
        north.setOnAction(e -> add.fire());
        Button close = ui.button(ui.text("sketch.corner.closeParcel"), model::closeParcel);
        close.setId("sketch-close-parcel");
        box.getChildren().add(frozenLine());
        box.getChildren().addAll(heading("sketch.section.corners"), row(captureButton, close), editing(fields(east, north)),
                editing(add));
        cornerPanel.nodes().forEach(n -> box.getChildren().add(n instanceof Label ? n : editing(n)));
        editing(close);
        // tapes
        TextField from = field("sketch-tape-from", "sketch.tape.from");
        TextField to = field("sketch-tape-to", "sketch.tape.to");
        TextField length = field("sketch-tape-length", "sketch.tape.length");
        length.setOnAction(e -> {
            if (model.tape(from.getText(), to.getText(), length.getText())) {
                length.clear();
                from.requestFocus();
            }
        });
        from.setOnAction(e -> to.requestFocus());
        to.setOnAction(e -> length.requestFocus());
        box.getChildren().addAll(heading("sketch.section.tapes"), editing(fields(from, to, length)));
        // claims
        TextField claimA = field("sketch-claim-a", "sketch.claim.a");
        claimA.setOnAction(e -> model.claim(Party.A, claimA.getText()));
        TextField claimB = field("sketch-claim-b", "sketch.claim.b");
        claimB.setOnAction(e -> model.claim(Party.B, claimB.getText()));
        TextField agreed = field("sketch-agreed", "sketch.claim.agreed");
        agreed.setOnAction(e -> model.agreed(agreed.getText()));
        box.getChildren().addAll(heading("sketch.section.claims"), editing(labelled(claimA)), editing(labelled(claimB)),
                editing(labelled(agreed)));
        // division
        TextField target = field("sketch-division-target", "sketch.division.target");
        target.textProperty().bindBidirectional(division.targetProperty());
        TextField through = field("sketch-division-through", "sketch.division.through");
        through.textProperty().bindBidirectional(division.throughProperty());
        Label preview = ui.label(ui.locale().text(() -> {
            var d = division.previewProperty().get();
            Messages m = ui.locale().messages();
            if (division.edgeProperty().get() < 0 && division.throughPoint().isEmpty()) {
                return m.get("sketch.division.pickEdge");
            }
            if (d == null) {
                return "";
            }
            var part = d.parts().get(0);
            String text = m.get("sketch.division.preview", part.targetM2(), part.areaM2(),
                    Math.round((part.areaM2() - part.targetM2()) * 100) / 100.0 + 0.0); // never "-0.00"
            int pieces = d.parts().stream().mapToInt(p -> p.pieces()).max().orElse(1);
            return pieces > 1 ? text + " " + m.get("sketch.division.apart", pieces) : text;
        }, division.previewProperty(), division.edgeProperty(), division.throughProperty()), "sketch-division-preview");
        preview.setId("sketch-division-preview");
        preview.setWrapText(false); // JavaFX wraps Tibetan wrongly (i18n.md): the message has its own line breaks
        Button accept = ui.button(ui.text("sketch.division.accept"), division::accept);
        accept.setId("sketch-division-accept");
        Button toA = ui.button(ui.text("sketch.division.assignA"), () -> {
            division.assign(0, Party.A);
            division.assign(1, Party.B);
        });
        toA.setId("sketch-assign-a");
        Button toB = ui.button(ui.text("sketch.division.assignB"), () -> {
            division.assign(0, Party.B);
            division.assign(1, Party.A);
        });
        toB.setId("sketch-assign-b");
        box.getChildren().addAll(heading("sketch.section.division"), editing(labelled(target)), editing(labelled(through)),
                preview,
                editing(accept), editing(toA), editing(toB));
        // stake-out
        VBox cards = new VBox(6);
        cards.setId("sketch-stakeout-cards");
        stakeout.cardsProperty().addListener((o, a, b) -> showCards(cards, stakeout));
        ui.locale().messagesProperty().addListener((o, a, b) -> showCards(cards, stakeout));
        Button markers = ui.button(ui.text("sketch.stakeout.addMarkers"), () -> stakeout.addMarkers(MarkerType.CONCRETE_POST));
        markers.setId("sketch-add-markers");
        box.getChildren().addAll(heading("sketch.section.stakeout"), cards, editing(markers));
        // undo, theme
        Button undo = ui.button(ui.text("sketch.undo"), () -> model.undo().undo());
        undo.setId("sketch-undo");
        undo.disableProperty().bind(model.undo().canUndoProperty().not());
        Button redo = ui.button(ui.text("sketch.redo"), () -> model.undo().redo());
        redo.setId("sketch-redo");
        redo.disableProperty().bind(model.undo().canRedoProperty().not());
        CheckBox sun = ViewContext.noMnemonics(new CheckBox());
        sun.setId("sketch-sun");
        sun.textProperty().bind(ui.text("sketch.theme.sun"));
        sun.selectedProperty().addListener((o, a, b) -> canvas.setTheme(b ? SketchTheme.SUN : SketchTheme.DAY));
        box.getChildren().addAll(row(undo, redo), sun);
        box.getChildren().stream().filter(n -> n instanceof Button || n instanceof HBox)
                .forEach(n -> ((javafx.scene.layout.Region) n).setMinHeight(44));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(350);
        followFocus(scroll, box);
        return scroll;
    }

    /**
     * Scrolls the panel so that the field the keyboard moved to is shown with its label: a
     * {@code ScrollPane} does not follow the focus itself, and Tab or Enter would otherwise move
     * the officer into fields below the panel's visible part.
     */
    private static void followFocus(ScrollPane scroll, VBox box) {
        javafx.beans.value.ChangeListener<javafx.scene.Node> reveal = (o, was, now) -> {
            if (now == null || !isInside(now, box)) {
                return;
            }
            javafx.geometry.Bounds at = box.sceneToLocal(now.localToScene(now.getBoundsInLocal()));
            double view = scroll.getViewportBounds().getHeight();
            double range = box.getHeight() - view;
            if (range <= 0) {
                return;
            }
            double top = scroll.getVvalue() * range;
            double labelRoom = 40; // the label above a field, one line
            if (at.getMinY() - labelRoom < top) {
                top = at.getMinY() - labelRoom;
            } else if (at.getMaxY() + 8 > top + view) {
                top = at.getMaxY() + 8 - view;
            } else {
                return;
            }
            scroll.setVvalue(Math.max(0, Math.min(1, top / range)));
        };
        scroll.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(reveal);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(reveal);
            }
        });
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void showCards(VBox cards, StakeoutViewModel stakeout) {
        cards.getChildren().clear();
        Messages m = ui.locale().messages();
        int i = 0;
        for (StakeoutViewModel.Card c : stakeout.cardsProperty().get()) {
            Label card = new Label(m.get("sketch.stakeout.card", c.name(), c.edgeFrom(), c.edgeTo(), c.alongM())
                    + "\n" + m.get("sketch.stakeout.checks", c.check1(), c.check1M(), c.check2(), c.check2M())
                    + "\n" + m.get("sketch.stakeout.nearest", c.nearest(), c.bearingDeg(), c.nearestM()));
            card.setId("sketch-card-" + i);
            card.getStyleClass().add("sketch-card");
            org.lastmile.ui.controls.ScriptStyle.apply(card, card.getText());
            int index = i;
            Button placed = ui.button(ui.text("sketch.stakeout.placed"), () -> stakeout.recordPlaced(index));
            placed.setId("sketch-placed-" + i);
            placed.setMinHeight(44);
            editing(placed);
            cards.getChildren().addAll(card, placed);
            javafx.scene.Node extra = cardExtra.apply(i);
            if (extra != null) {
                cards.getChildren().add(extra);
            }
            i++;
        }
    }

    /**
     * Greys an editing control while the sketch is frozen (held by a sealed record): the view,
     * zoom, basemap and printing stay usable, and {@link #frozenLine()} says why.
     */
    public <N extends javafx.scene.Node> N editing(N node) {
        node.disableProperty().bind(model.editableProperty().not());
        return node;
    }

    /** The line at the top of the panel that says why the editing controls are grey (only when frozen). */
    private Label frozenLine() {
        Label line = ui.label(ui.text("sketch.frozen.panel"), "sketch-frozen");
        line.setId("sketch-frozen");
        line.setStyle("-fx-font-weight: bold");
        line.setWrapText(false); // JavaFX wraps Tibetan wrongly (i18n.md): the message has its own line break
        line.visibleProperty().bind(model.editableProperty().not());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /**
     * Lets a tool take a click on the map before the corner and edge picking (placing a landmark):
     * the predicate returns true when it used the click. Never called while the sketch is frozen.
     */
    public void setPickFirst(java.util.function.Predicate<SketchCanvas.Pick> first) {
        pickFirst = java.util.Objects.requireNonNull(first);
    }

    /** A field named by the label above it (the bundle text of {@code labelKey}; see {@link FieldLabel}). */
    private TextField field(String id, String labelKey) {
        TextField f = ui.input(new TextField());
        f.setId(id);
        f.setMinHeight(44);
        labels.put(f, labelKey);
        return f;
    }

    /** The field under its label, the width of the panel. */
    private javafx.scene.layout.VBox labelled(TextField field) {
        return FieldLabel.above(ui, labels.get(field), field);
    }

    /** Fields side by side, each under its label, sharing the panel's width. */
    private HBox fields(TextField... fields) {
        return FieldLabel.row(java.util.Arrays.stream(fields).map(this::labelled).toArray(javafx.scene.Node[]::new));
    }

    private Label heading(String key) {
        Label l = ui.label(ui.text(key), "sketch-heading");
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    public BorderPane root() {
        return root;
    }

    /** The selected corner and the corner entry (numeric vertex, polar, offset). */
    public CornerEditViewModel cornerEdit() {
        return cornerEdit;
    }

    /** The drawing layer (its label layout is tested). */
    SketchDrawing drawing() {
        return drawing;
    }

    /** Adds sections to the end of the entry panel (the surroundings, field file and basemap tools). */
    public void addToPanel(javafx.scene.Node... sections) {
        panel.getChildren().addAll(sections);
    }

    /**
     * Adds "print" to the status bar (at its right end) and Ctrl+P to the screen: the sketch
     * document in the records' print window.
     */
    public void setPrint(SketchPrintViewModel print) {
        Button button = ui.button(ui.text("sketch.print"), print::print);
        button.setId("sketch-print");
        button.setMinHeight(44);
        button.disableProperty().bind(print.canPrint().not());
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        if (root.getBottom() instanceof HBox bar) {
            bar.getChildren().addAll(spring, button);
        } else {
            // the status bar became another kind of box: keep it whole and put the button beside it
            HBox bar = new HBox(root.getBottom(), spring, button);
            bar.setAlignment(Pos.CENTER_LEFT);
            root.setBottom(bar);
        }
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PRINT.match(e)) {
                print.print();
                e.consume();
            }
        });
    }

    /** Something shown under each stake-out card (the drawn guidance), by the card's index. */
    public void setCardExtra(java.util.function.IntFunction<javafx.scene.Node> extra) {
        cardExtra = extra;
    }

    public SketchCanvas canvas() {
        return canvas;
    }

    public void focus() {
        canvas.requestFocus();
    }
}
