package org.lastmile.ui.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lastmile.domain.cases.Officer;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.form.FormView;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/** The settings screen: language and digits, the officer profile, where the data lives. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final ViewContext ui;
    private final ScrollPane root;
    private final VBox content;

    public SettingsView(SettingsViewModel model, ViewContext ui, Supplier<LocalDate> today) {
        this.model = model;
        this.ui = ui;
        content = new VBox(12, language(today), profile(), data());
        content.setPadding(new Insets(12));
        content.setMaxWidth(820);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("settings");
    }

    private Node language(Supplier<LocalDate> today) {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(14);
        for (Language l : Language.values()) {
            RadioButton button = ViewContext.noMnemonics(new RadioButton(Messages.of(l).get("language.self")));
            button.setId("settings-language-" + l.tag());
            button.setToggleGroup(group);
            button.setUserData(l);
            ScriptStyle.apply(button, button.getText());
            button.setSelected(model.languageProperty().get() == l);
            choices.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.languageProperty().set((Language) now.getUserData());
            }
        });
        model.languageProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        CheckBox digits = ViewContext.noMnemonics(new CheckBox());
        digits.setId("tibetan-digits");
        digits.textProperty().bind(ui.text("settings.tibetanDigits"));
        digits.selectedProperty().bindBidirectional(model.tibetanDigitsProperty());
        // "Tibetan digits (༡༢༣) …" mixes Latin with Tibetan: in the System font Pango drew its Latin as
        // boxes (issue 11 item 9). The Tibetan UI font draws both, its Latin being the System font's.
        ScriptStyle.follow(digits, digits.textProperty());
        digits.getStyleClass().add("mixed-text"); // at the size of the check boxes beside it
        Label sample = ui.label(ui.locale().text(m -> m.get("settings.sample",
                Formats.of(m).longDate(today.get()), Formats.of(m).number(new BigDecimal("1234.5")))), "hint");
        sample.setId("digits-sample");
        ScriptStyle.follow(sample, sample.textProperty());
        // Wrapped by syllable: a Label's own wrapping breaks Tibetan mid-syllable (issue 11 item 4).
        WrappingText hint = WrappingText.following(ui.text("settings.tibetanDigits.hint"), "hint");
        return section("settings.language", new VBox(6, choices, digits, hint, sample));
    }

    private Node profile() {
        ComboBox<Officer> officers = new ComboBox<>(model.officers());
        officers.setId("profile-officer");
        officers.valueProperty().bindBidirectional(model.selectedProperty());
        officers.setCellFactory(list -> new OfficerCell());
        officers.setButtonCell(new OfficerCell());
        Button add = ui.button(ui.text("settings.profile.new"), model::newProfile);
        Label state = new Label();
        state.getStyleClass().add("save-state");
        state.textProperty().bind(ui.locale().text(() -> model.problemProperty().get() != null
                ? ui.locale().messages().get(model.problemProperty().get())
                : ui.locale().get(model.stateProperty().get().messageKey()), model.stateProperty(),
                model.problemProperty()));
        HBox bar = new HBox(8, officers, add, ui.wylie().toggleButton(ui.locale()), state);
        bar.setAlignment(Pos.CENTER_LEFT);
        return section("settings.profile", new VBox(8, bar, new FormView(ui, model.form(), "officer-").root()));
    }

    private Node data() {
        // Read-only and wrapping: a one-line field cut a long folder path at its box; the whole path
        // stays selectable for copying.
        TextArea path = new TextArea(model.dataDirectory().toString());
        path.setEditable(false);
        path.setWrapText(true);
        path.setPrefRowCount(2);
        path.setPrefColumnCount(24);
        // Out of the Tab order: a text area keeps Tab for itself, which would trap the keyboard here.
        path.setFocusTraversable(false);
        path.setId("data-directory");
        HBox.setHgrow(path, Priority.ALWAYS);
        ui.controls().install(path);
        Button open = ui.button(ui.text("settings.data.open"), () -> { });
        open.setId("open-folder");
        model.openFolderCommand().bind(open);
        WrappingText how = WrappingText.following(ui.text("settings.data.how"), "hint");
        how.setId("data-how");
        CheckBox auto = ViewContext.noMnemonics(new CheckBox());
        auto.setId("auto-sync");
        auto.textProperty().bind(ui.text("settings.autoSync"));
        auto.selectedProperty().bindBidirectional(model.autoSyncProperty());
        WrappingText autoHint = WrappingText.following(ui.text("settings.autoSync.hint"), "hint");
        autoHint.setId("auto-sync-hint");
        return section("settings.data", new VBox(6, new HBox(8, path, open), how, auto, autoHint));
    }

    private Node section(String titleKey, Node content) {
        Label title = ui.label(ui.locale().text(m -> m.get(titleKey)), "section-title");
        VBox box = new VBox(8, title, content);
        box.getStyleClass().add("section");
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    /** An officer by name, in the interface's script when there is one. */
    private final class OfficerCell extends ListCell<Officer> {

        OfficerCell() {
            // the text changes with the language after updateItem: the script style must follow it,
            // or a cell first drawn in Chinese keeps the Chinese font for Tibetan (small, with boxes)
            ScriptStyle.follow(this, textProperty());
        }

        @Override
        protected void updateItem(Officer officer, boolean empty) {
            super.updateItem(officer, empty);
            textProperty().unbind();
            if (empty || officer == null) {
                setText(null);
                return;
            }
            // the joiner comes from the bundle: the Tibetan font has no hyphen, and it showed as a box
            textProperty().bind(ui.locale().text(m -> m.get("record.people.officerItem",
                    m.language() == Language.TIBETAN && officer.nameBo() != null ? officer.nameBo() : officer.displayName(),
                    m.get(officer.role().messageKey()))));
        }
    }

    public Node root() {
        return root;
    }

    /** Adds a section at the end (the receiver's, made by its own view). */
    public void addSection(Node section) {
        content.getChildren().add(section);
    }
}
