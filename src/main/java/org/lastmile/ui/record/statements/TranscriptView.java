package org.lastmile.ui.record.statements;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.i18n.Formats;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordTexts;

/**
 * The transcript: the entries said so far (time, speaker, original, translation), and under them
 * the entry line — speaker, language, original, translation — where Enter adds the entry and gives
 * the floor to the other side. The standard sentences have a button each and a shortcut,
 * Ctrl+1 … Ctrl+6, that works anywhere on the record screen. Both text fields take Wylie typing.
 */
public final class TranscriptView {

    /** The standard sentences in the order of their shortcuts Ctrl+1 … Ctrl+6. */
    static final List<StandardStatement> ORDER = List.of(StandardStatement.IDENTITY,
            StandardStatement.RIGHTS_AND_DUTIES, StandardStatement.RECORDING_NOTICE,
            StandardStatement.RECUSAL_QUESTION, StandardStatement.CLOSING_QUESTION, StandardStatement.READ_BACK);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6};

    private final RecordContext model;

    private final TranscriptViewModel transcript;
    private final ViewContext ui;
    private final ZoneId zone;
    private final BooleanBinding sealed;
    private final VBox entries = new VBox(2);
    private final ComboBox<UUID> speaker = new ComboBox<>();
    private final TextField original = new TextField();
    private final TextField translation = new TextField();
    private final VBox root;

    public TranscriptView(RecordContext model, TranscriptViewModel transcript, ViewContext ui, ZoneId zone) {
        this.model = model;
        this.transcript = transcript;
        this.ui = ui;
        this.zone = zone;
        this.sealed = model.editor().sealedBinding();
        entries.getStyleClass().add("transcript-entries");
        entries.setId("transcript-entries");
        root = Sections.section("record-transcript", ui.text("record.transcript.title"),
                new VBox(6, entries, entryLine(), statements(), problem()));
        model.editor().currentProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.transcript().equals(now.transcript())) {
                render(now);
            }
            if (old == null || now == null || !old.participants().equals(now.participants())) {
                speakers(now);
            }
        });
        // A language switch re-texts the rows (time and speaker follow the messages; what was said
        // does not change): new rows would cost a restyle, a layout and a re-wrap each (item 7).
        render(model.editor().current());
        speakers(model.editor().current());
    }

    private void render(SiteRecord r) {
        entries.getChildren().clear();
        if (r == null) {
            return;
        }
        int index = 0;
        for (TranscriptEntry t : r.transcript()) {
            entries.getChildren().add(entry(r, t, index++));
        }
    }

    private Node entry(SiteRecord r, TranscriptEntry t, int index) {
        Participant who = r.participant(t.speakerId()).orElse(null);
        Label time = Sections.value(ui.locale().text(m -> Formats.of(m).time(t.at().atZone(zone).toLocalDateTime())),
                null);
        time.getStyleClass().add("transcript-time");
        Label name = Sections.value(ui.locale().text(m -> who == null ? "?" : RecordTexts.name(m, who)),
                "entry-speaker-" + index);
        name.getStyleClass().add("transcript-speaker");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a name cut to "…" names nobody
        VBox said = new VBox(1, text(t.original(), "entry-original-" + index));
        if (t.translation() != null) {
            Node translated = text(t.translation(), "entry-translation-" + index);
            translated.getStyleClass().add("transcript-translation");
            said.getChildren().add(translated);
        }
        HBox.setHgrow(said, Priority.ALWAYS);
        Button remove = Sections.editButton(ui, "remove-entry-" + index, ui.text("record.people.remove"),
                () -> show(transcript.remove(t.id())), sealed);
        remove.getStyleClass().add("small-button");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text gives way, not the button
        HBox row = new HBox(8, time, name, said, remove);
        row.getStyleClass().add("transcript-entry");
        if (t.statement() != null) {
            row.getStyleClass().add("standard-statement");
        }
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    // Wrapped by syllable (Tibetan) or character (Chinese): JavaFX's own wrapping breaks Tibetan.
    private Node text(String value, String id) {
        WrappingText text = new WrappingText(value);
        text.setId(id);
        ScriptStyle.apply(text, value);
        text.setMinWidth(200);
        text.setPrefWidth(620);
        text.setMaxWidth(Double.MAX_VALUE);
        return text;
    }

    private Node entryLine() {
        speaker.setId("entry-speaker");
        speaker.setCellFactory(list -> new PersonCell());
        speaker.setButtonCell(new PersonCell());
        speaker.valueProperty().bindBidirectional(transcript.speakerProperty());
        speaker.disableProperty().bind(sealed);
        ComboBox<Choice<SpokenLanguage>> language = Choice.comboBox(ui.locale(), List.of(SpokenLanguage.values()),
                SpokenLanguage::messageKey, null, transcript.languageProperty());
        language.setId("entry-language");
        language.disableProperty().bind(sealed);
        // Wylie only where the text is Tibetan: the original in the speaker's language, the
        // translation Tibetan when the original is Chinese.
        field(original, "entry-original", "record.transcript.original",
                transcript.languageProperty().isEqualTo(SpokenLanguage.TIBETAN));
        field(translation, "entry-translation", "record.transcript.translation",
                transcript.languageProperty().isEqualTo(SpokenLanguage.CHINESE));
        original.textProperty().bindBidirectional(transcript.originalProperty());
        translation.textProperty().bindBidirectional(transcript.translationProperty());
        Button add = Sections.editButton(ui, "entry-add", ui.text("record.transcript.add"), this::add, sealed);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the fields give way, not the button
        GridPane line = new GridPane();
        line.setHgap(6);
        line.setVgap(4);
        line.add(speaker, 0, 0);
        line.add(language, 1, 0);
        line.add(original, 2, 0);
        line.add(translation, 2, 1);
        line.add(add, 3, 0);
        line.add(ui.label(ui.text("record.transcript.hint"), "hint"), 0, 1, 2, 1);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        line.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), grow);
        line.getStyleClass().add("entry-line");
        return line;
    }

    private void field(TextField field, String id, String promptKey, BooleanBinding tibetan) {
        field.setId(id);
        field.promptTextProperty().bind(ui.text(promptKey));
        ui.wylie().attach(field, tibetan);
        ui.input(field); // the edit menu in the interface language; Tibetan text in the Tibetan font
        // the Tibetan font's height from the start: the first Tibetan letter must not move the line
        field.getStyleClass().add(org.lastmile.ui.controls.ScriptStyle.BO_READY);
        field.disableProperty().bind(sealed);
        field.setOnAction(e -> add()); // Enter, after Wylie has put the pending syllable in
    }

    private void add() {
        if (transcript.add().isEmpty()) {
            original.requestFocus();
        }
    }

    private Node statements() {
        FlowPane bar = new FlowPane(6, 4); // wraps rather than cutting the buttons' words
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(ui.label(ui.text("record.transcript.statements"), "form-label"));
        for (int i = 0; i < ORDER.size(); i++) {
            StandardStatement s = ORDER.get(i);
            String shortcut = "Ctrl+" + (i + 1);
            Button button = Sections.editButton(ui, "statement-" + s.name().toLowerCase(java.util.Locale.ROOT),
                    ui.text("record.transcript.statementButton", new org.lastmile.common.Key(
                            TranscriptViewModel.nameKey(s)), shortcut), () -> insert(s), sealed);
            bar.getChildren().add(button);
        }
        return bar;
    }

    private Node problem() {
        Label label = new Label();
        label.setId("entry-problem");
        label.getStyleClass().add("field-problem");
        label.textProperty().bind(ui.locale().text(() -> transcript.problemProperty().get() == null ? ""
                : ui.locale().messages().get(transcript.problemProperty().get()), transcript.problemProperty()));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** Adds the entry line's text, if any, as an entry (Ctrl+S); a refusal shows on the message line. */
    public void addDraft() {
        if (transcript.hasDraft()) {
            show(transcript.addDraft());
        }
    }

    /** Inserts a standard sentence; the keyboard stays in the entry line for the answer. */
    public void insert(StandardStatement s) {
        show(transcript.insert(s));
        original.requestFocus();
    }

    /** The standard sentence of a shortcut, if the key is one of Ctrl+1 … Ctrl+6. */
    public static Optional<StandardStatement> shortcut(javafx.scene.input.KeyEvent e) {
        for (int i = 0; i < DIGITS.length; i++) {
            if (new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN).match(e)) {
                return Optional.of(ORDER.get(i));
            }
        }
        return Optional.empty();
    }

    private void speakers(SiteRecord r) {
        UUID chosen = transcript.speakerProperty().get();
        speaker.getItems().setAll(r == null ? List.of() : r.participants().stream().map(Participant::id).toList());
        if (chosen != null && speaker.getItems().contains(chosen)) {
            speaker.setValue(chosen);
        }
    }

    private void show(Optional<MessageKeyed> refused) {
        model.say(refused.orElse(null));
    }

    /** A person in the speaker list: name and role in the interface language. */
    private final class PersonCell extends ListCell<UUID> {

        PersonCell() {
            ScriptStyle.follow(this, textProperty());
        }

        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            textProperty().unbind();
            SiteRecord r = model.editor().current();
            Optional<Participant> p = empty || id == null || r == null ? Optional.empty() : r.participant(id);
            if (p.isEmpty()) {
                setText(null);
            } else {
                textProperty().bind(ui.locale().text(m -> RecordTexts.nameAndRole(m, p.get())));
            }
        }
    }

    public Node view() {
        return root;
    }
}
