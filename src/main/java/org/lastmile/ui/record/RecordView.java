package org.lastmile.ui.record;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.ui.common.Confirm;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.PartsOutOfView;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormView;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.record.agreement.AgreementView;
import org.lastmile.ui.record.agreement.TermForm;
import org.lastmile.ui.record.attachments.AttachmentsView;
import org.lastmile.ui.record.people.ParticipantForm;
import org.lastmile.ui.record.people.PeopleView;
import org.lastmile.ui.record.seal.RulesView;
import org.lastmile.ui.record.signatures.SignaturesView;
import org.lastmile.ui.record.statements.TranscriptView;

/**
 * The record screen: a header (type, draft or sealed, case number, save state, end, seal, amend)
 * with the line that says why something was refused; on the left the parts of the record for its
 * type; on the right the live rules (or the seal) and the form being filled. Ctrl+1 … Ctrl+6
 * insert the standard sentences. A sealed record's edit controls are all disabled.
 */
public final class RecordView {

    /** Ctrl+S (Cmd+S on a Mac): save now. */
    static final javafx.scene.input.KeyCombination SAVE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final RecordViewModel model;
    private final ViewContext ui;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final VBox sections = new VBox(8);
    private final VBox side = new VBox(8);
    private final BorderPane editorPanel = new BorderPane();
    private TranscriptView transcript;
    private final RecordPlaces places;
    private final ScrollPane left;
    private final PartsOutOfView partsOutOfView;
    private String lastFocusId;
    private PlaceReturn placeReturn;
    // Asked for the focus before the record was read (the tab shows first, the store reads it after):
    // the caret goes in once the parts are built, unless the user has pressed a key or a button
    // meanwhile. (Not "unless the focus moved": JavaFX moves it by itself when the tab that had it
    // is hidden, and a full test run saw that happen before the record was read.)
    private boolean focusWaiting;
    private boolean actedWhileWaiting;
    private final EventHandler<InputEvent> userActs = e -> {
        if (e.getEventType() == KeyEvent.KEY_PRESSED || e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            actedWhileWaiting = true;
        }
    };
    private Scene waitingIn;

    public RecordView(RecordViewModel model, ViewContext ui, ZoneId zone) {
        this(model, ui, zone, new RecordPlaces());
    }

    /** @param places where the user was in records closed earlier: a reopened record returns there */
    public RecordView(RecordViewModel model, ViewContext ui, ZoneId zone, RecordPlaces places) {
        this.model = model;
        this.places = places;
        this.ui = ui;
        this.zone = zone;
        root.getStyleClass().add("record-screen");
        root.setTop(header());
        sections.setPadding(new Insets(10));
        left = new ScrollPane(sections);
        left.setFitToWidth(true);
        left.setId("record-sections");
        partsOutOfView = new PartsOutOfView(left, sections);
        side.setPadding(new Insets(10));
        side.setMinWidth(280);
        side.getChildren().add(new RulesView(model, model.rules(), model.seal(), ui, zone).view());
        ScrollPane right = new ScrollPane(side);
        right.setFitToWidth(true);
        // The side column's width follows the window's alone (300 px at 1024, 355 at 1366, at most
        // 400), and the record's own column takes the rest, in every language: their widths do
        // not wait for the record's parts out of view, which a language switch lays out a frame
        // later (PartsOutOfView), and do not jump at a switch. (The side used to give way to the
        // record's preferred width, the widest in Tibetan.)
        right.setMinWidth(300);
        right.setMaxWidth(400);
        right.prefWidthProperty().bind(root.widthProperty().multiply(0.26));
        left.setPrefWidth(0);
        HBox body = new HBox(left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        root.setCenter(body);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        followFocus();
        // A handler, not a filter: the form field's own Ctrl+S has committed its text by then.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saveNow();
                e.consume();
            }
        });
        model.editor().currentProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                build(now);
            }
        });
        model.editingProperty().addListener((obs, old, now) -> showEditor(now));
        if (model.editor().current() != null) {
            build(model.editor().current());
        }
    }

    private Node header() {
        Label type = ui.label(ui.locale().text(() -> model.editor().current() == null ? ""
                : ui.locale().get(model.editor().current().type().messageKey()), model.editor().currentProperty()),
                "case-number");
        type.setId("record-type");
        Label status = ui.label(ui.locale().text(() -> model.editor().sealProperty().get() == null
                ? ui.locale().get("record.status.draft")
                : ui.locale().get("record.status.sealed", model.editor().sealProperty().get().code()),
                model.editor().sealProperty()), "status-tag");
        status.setId("record-status");
        Label caseNumber = Sections.value(ui.locale().text(() -> model.caseProperty().get() == null ? ""
                : model.caseProperty().get().number().toString(), model.caseProperty()), "record-case");
        Label saved = ui.label(ui.locale().text(() -> ui.locale().get(model.editor().stateProperty().get()
                .messageKey()), model.editor().stateProperty()), "save-state");
        saved.setId("record-save-state");
        model.editor().stateProperty().addListener((obs, old, now) -> {
            saved.getStyleClass().removeAll("idle", "unsaved", "saving", "saved", "invalid", "failed");
            saved.getStyleClass().add(now.name().toLowerCase(Locale.ROOT));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        BooleanBinding sealed = model.editor().sealedBinding();
        Button end = Sections.editButton(ui, "end-session", ui.text("record.header.end"), () -> model.endNow(),
                sealed);
        Button sealButton = Sections.editButton(ui, "seal", ui.text("record.header.seal"), this::sealAfterAsking,
                sealed.or(model.seal().busyProperty()));
        sealButton.getStyleClass().add("seal-button");
        // A sealed record is neither ended nor sealed again: its header shows Amend instead of the
        // two (shown disabled they cut the header to "…" at 1024 px in Tibetan and English).
        for (Button draftOnly : List.of(end, sealButton)) {
            draftOnly.visibleProperty().bind(sealed.not());
            draftOnly.managedProperty().bind(sealed.not());
        }
        Button amend = ui.button(ui.text("record.header.amend"), model.seal()::amend);
        amend.setId("amend");
        amend.visibleProperty().bind(sealed);
        amend.managedProperty().bind(sealed);
        Button print = ui.button(ui.text("record.header.print"), model::printDocument);
        print.setId("print-document");
        HBox top = new HBox(10, type, status, caseNumber, spacer, saved, ui.wylie().toggleButton(ui.locale()), end,
                sealButton, amend, print);
        top.setAlignment(Pos.CENTER_LEFT);
        ToggleButton details = new ToggleButton();
        VBox header = new VBox(4, top, messageLine(details), refusal(details));
        header.getStyleClass().add("case-header");
        header.setPadding(new Insets(8, 10, 4, 10));
        return header;
    }

    /** Why the last action was refused: the view model's, the sealing's, or the editor's message. */
    private Node message() {
        Label label = new Label();
        label.setId("record-message");
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        label.textProperty().bind(ui.locale().text(() -> {
            MessageKeyed shown = model.messageProperty().get() != null ? model.messageProperty().get()
                    : model.seal().messageProperty().get() != null ? model.seal().messageProperty().get()
                    : model.editor().failureProperty().get();
            return shown == null ? "" : ui.locale().messages().get(shown);
        }, model.messageProperty(), model.seal().messageProperty(), model.editor().failureProperty()));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        org.lastmile.ui.controls.ScriptStyle.follow(label, label.textProperty());
        return label;
    }

    /**
     * Sealing cannot be undone: asked first when it would go through. While a rule blocks, the
     * store refuses anyway and the refusal says why, so there is nothing to ask.
     */
    private void sealAfterAsking() {
        if (model.rules().blockedBinding().get() || Confirm.ask(ui, root.getScene() == null ? null
                : root.getScene().getWindow(), new MessageKey("confirm.seal"), "confirm.seal.ok")) {
            model.seal().seal();
        }
    }

    /**
     * The message on one line; when sealing was refused, a "details" toggle beside it opens the
     * list of what blocks (closed by default: in Tibetan the list took 300 of 768 px).
     */
    private Node messageLine(ToggleButton details) {
        details.setId("seal-refusal-details");
        details.getStyleClass().add("link-toggle");
        details.setFocusTraversable(false);
        details.textProperty().bind(Bindings.when(details.selectedProperty())
                .then(ui.text("record.seal.hideDetails")).otherwise(ui.text("record.seal.details")));
        details.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.seal().refusalProperty().get().isEmpty(), model.seal().refusalProperty()));
        details.managedProperty().bind(details.visibleProperty());
        Node message = message();
        HBox.setHgrow(message, Priority.SOMETIMES);
        HBox line = new HBox(8, message, details);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** The blocking rules of a refused seal, one per line, while the details are open. */
    private Node refusal(ToggleButton details) {
        VBox box = new VBox(2);
        box.setId("seal-refusal");
        box.getStyleClass().add("seal-refusal");
        Runnable render = () -> {
            box.getChildren().clear();
            int index = 0;
            for (Violation v : model.seal().refusalProperty().get()) {
                // Wrapped by syllable: a Label's own wrapping breaks Tibetan mid-syllable. Bound
                // through LocaleService: a switch re-texts it, and the warm-up computes it ahead.
                WrappingText line = WrappingText.following(ui.locale().text(
                        m -> m.get("record.seal.refusalLine", m.get(v))));
                line.setId("seal-refusal-" + index++);
                line.setMinWidth(0);
                ScriptStyle.follow(line, line.textProperty());
                box.getChildren().add(line);
            }
        };
        model.seal().refusalProperty().addListener((obs, old, now) -> render.run());
        box.managedProperty().bind(Bindings.isNotEmpty(box.getChildren()).and(details.selectedProperty()));
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    /** The parts of the record for its type, once it is read. */
    private void build(SiteRecord r) {
        BooleanBinding sealed = model.editor().sealedBinding();
        sections.getChildren().add(place(sealed));
        sections.getChildren().add(new PeopleView(model, model.participants(), ui).view());
        // The transcript next: it is what the officer and the interpreter write while people talk.
        transcript = new TranscriptView(model, model.transcript(), ui, zone);
        sections.getChildren().add(transcript.view());
        switch (r.type()) {
            case LAND_HANDOVER -> sections.getChildren().add(form("record-land", "record.land.title", model.land(),
                    "land-", sealed));
            case SURVEY -> sections.getChildren().add(form("record-survey", "record.survey.title", model.survey(),
                    "survey-", sealed));
            case BODY_CAMERA_LOG -> sections.getChildren().add(form("record-camera", "record.camera.title",
                    model.camera(), "camera-", sealed));
            default -> { }
        }
        AgreementView agreement = new AgreementView(model, model.agreement(), ui);
        switch (r.type()) {
            case LAND_HANDOVER, SETTLEMENT, ENFORCEMENT -> sections.getChildren().add(agreement.agreement());
            case SEIZURE -> sections.getChildren().add(agreement.inventory());
            default -> { }
        }
        sections.getChildren().add(new AttachmentsView(model, model.attachments(), ui, zone).view());
        sections.getChildren().add(new SignaturesView(model, model.signatures(), ui).view());
        // Room for a button of another screen (the sketch) that acts on the record goes in the header.
        places.of(r.id()).ifPresent(this::returnTo);
        if (focusWaiting) {
            focusWaiting = false;
            if (waitingIn != null) {
                waitingIn.removeEventFilter(InputEvent.ANY, userActs);
                waitingIn = null;
            }
            if (!actedWhileWaiting) {
                focus();
            }
        }
    }

    /** Goes back to where the user was, and stays there while the parts fill in (see PlaceReturn). */
    private void returnTo(RecordPlaces.Place place) {
        placeReturn = PlaceReturn.start(left, root, place);
    }

    /** The record's parts out of view, out of the scene for a language switch's frame. */
    PartsOutOfView.Held holdPartsOutOfView() {
        return partsOutOfView.hold();
    }

    /** Remembers where the user is in the record (the screen is closing). */
    public void remember() {
        if (placeReturn != null) {
            placeReturn.stop();
        }
        if (model.editor().current() != null) {
            places.remember(model.editor().current().id(), PlaceReturn.current(left, root, lastFocusId));
        }
    }

    // The last control of this screen that had the focus: by the time a tab's screen closes, it is
    // out of the window and its focus is gone. Listens to the window only while the screen is in it.
    private void followFocus() {
        javafx.beans.value.ChangeListener<Node> focus = (obs, was, now) -> {
            for (Node n = now; n != null; n = n.getParent()) {
                if (n == root) {
                    lastFocusId = now.getId();
                    return;
                }
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focus);
            }
        });
    }

    private Node place(BooleanBinding sealed) {
        Node form = new FormView(ui, model.place(), "place-", 2).root();
        form.disableProperty().bind(sealed);
        Button gnss = Sections.editButton(ui, "take-position", ui.text("record.place.take"), () -> model.takePosition(),
                sealed);
        gnss.setVisible(model.hasPositionSource());
        gnss.setManaged(model.hasPositionSource());
        // the receiver's fix quality, accuracy and satellites beside the button, as on the sketch
        var receiver = model.positionReceiver();
        if (receiver.isPresent()) {
            Node strip = new org.lastmile.ui.sketch.gnss.ReceiverStrip(receiver.get(), ui).root();
            return Sections.section("record-place", ui.text("record.place.title"), form, strip, gnss);
        }
        return Sections.section("record-place", ui.text("record.place.title"), form, gnss);
    }

    private Node form(String id, String titleKey, Form form, String prefix, BooleanBinding sealed) {
        Node view = new FormView(ui, form, prefix, 2).root();
        view.disableProperty().bind(sealed);
        return Sections.section(id, ui.text(titleKey), view);
    }

    private void showEditor(Form form) {
        side.getChildren().remove(editorPanel);
        if (form == null) {
            return;
        }
        String titleKey = form instanceof ParticipantForm ? "record.edit.personTitle"
                : form instanceof TermForm ? "record.edit.termTitle" : "record.edit.lineTitle";
        Label heading = ui.label(ui.text(titleKey), "section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button done = ui.button(ui.text("case.edit.done"), model::doneEditing);
        done.setId("record-done-editing");
        HBox bar = new HBox(8, heading, spacer, done);
        bar.setAlignment(Pos.CENTER_LEFT);
        String prefix = form instanceof ParticipantForm ? "person-" : form instanceof TermForm ? "term-" : "line-";
        Node fields = new FormView(ui, form, prefix).root();
        VBox box = new VBox(6, bar, ui.label(ui.text("case.edit.autosaveHint"), "hint"), fields);
        box.setPadding(new Insets(8));
        editorPanel.setCenter(box);
        editorPanel.getStyleClass().setAll("editor-panel");
        editorPanel.setId("record-editor");
        side.getChildren().add(0, editorPanel);
    }

    private void shortcut(KeyEvent e) {
        if (transcript != null) {
            TranscriptView.shortcut(e).ifPresent(s -> {
                transcript.insert(s);
                e.consume();
            });
        }
    }

    /**
     * Ctrl+S: the field being typed in is committed, the transcript's entry line (when it holds
     * text) becomes an entry, and the edit is saved at once instead of after the pause.
     */
    public void saveNow() {
        FormView.commitFocused(root.getScene());
        if (transcript != null) {
            transcript.addDraft();
        }
        model.editor().saveNow();
    }

    /**
     * Puts the caret where typing starts, the transcript's entry line; in a reopened record, back
     * on the control that had it. Before the record is read, it does so once the record's parts are
     * built.
     */
    public void focus() {
        if (transcript == null) {
            if (!focusWaiting && root.getScene() != null) {
                waitingIn = root.getScene();
                waitingIn.addEventFilter(InputEvent.ANY, userActs);
            }
            focusWaiting = true;
            actedWhileWaiting = false;
            return;
        }
        Optional<Node> back = placeReturn == null ? Optional.empty() : placeReturn.focusTarget();
        if (back.isPresent()) {
            back.get().requestFocus();
            return;
        }
        Node original = root.lookup("#entry-original");
        if (original != null) {
            original.requestFocus();
        }
    }

    public Node root() {
        return root;
    }
}
