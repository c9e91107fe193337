package org.lastmile.ui.common.form;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.lastmile.common.MessageKeyed;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;

/**
 * Lays a {@link Form} out: each field's label, its control, and under the control the problem in
 * the current language. A text field hands its value to the form when the user leaves it, presses
 * Enter or pauses typing; a choice when it is chosen. A long text field (a clause) is shown whole,
 * wrapped inside its box ({@link LongTextInput}).
 */
public final class FormView {

    /** How long typing must pause before the value is taken. */
    static final Duration PAUSE = Duration.millis(900);

    /** Ctrl+S (Cmd+S on a Mac): save now. */
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private static final String COMMIT = "lastmile.form.commit";

    /**
     * Commits the text field that has the focus in {@code scene}, if it belongs to a form: called
     * before the window or a tab closes and before the language changes, so that text typed a
     * moment ago is saved rather than dropped.
     */
    public static void commitFocused(javafx.scene.Scene scene) {
        if (scene != null && scene.getFocusOwner() != null
                && scene.getFocusOwner().getProperties().get(COMMIT) instanceof Runnable commit) {
            commit.run();
        }
    }

    private final ViewContext ui;
    private final Form form;
    private final GridPane grid = new GridPane();
    private final VBox root;

    public FormView(ViewContext ui, Form form, String idPrefix) {
        this(ui, form, idPrefix, 1);
    }

    /**
     * @param columns how many fields stand side by side (a wide section: two, so that a long form
     *     does not push the rest of the screen down)
     */
    public FormView(ViewContext ui, Form form, String idPrefix, int columns) {
        this.ui = ui;
        this.form = form;
        grid.getStyleClass().add("form");
        grid.setHgap(10);
        grid.setVgap(2);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints labels = new ColumnConstraints();
            // No minimum of the column's own (it was 110 px): one replaces its labels' minimum, and a
            // squeezed form laid the fields over the ends of its Tibetan labels.
            ColumnConstraints controls = new ColumnConstraints();
            controls.setHgrow(Priority.ALWAYS);
            controls.setFillWidth(true);
            grid.getColumnConstraints().addAll(labels, controls);
        }
        int index = 0;
        for (FormField<?> field : form.fields()) {
            boolean wholeRow = field.isLongText() && columns > 1;
            if (wholeRow && index % columns != 0) {
                index += columns - index % columns; // a sentence starts a row of its own
            }
            int column = (index % columns) * 2;
            int row = (index / columns) * 2;
            Label label = ui.label(ui.locale().text(m -> m.get(field.labelKey())), "form-label");
            Node control = control(field, idPrefix + field.name());
            label.setLabelFor(control);
            // The label column never shrinks below its words (a Tibetan label is twice as long as
            // the Chinese one): on a narrow screen the field beside it gives way instead.
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label problem = problemLabel(field.problemProperty(), idPrefix + field.name() + "-problem");
            field.problemProperty().addListener((obs, old, now) -> {
                control.getStyleClass().remove("invalid");
                if (now != null) {
                    control.getStyleClass().add("invalid");
                }
            });
            for (Node part : List.of(label, control)) {
                part.visibleProperty().bind(field.appliesProperty());
                part.managedProperty().bind(field.appliesProperty());
            }
            // A sentence (a clause) takes the whole row: beside another field it wraps into a sliver.
            int span = wholeRow ? columns * 2 - 1 : 1;
            grid.add(label, column, row);
            grid.add(control, column + 1, row, span, 1);
            grid.add(problem, column + 1, row + 1, span, 1);
            index += wholeRow ? columns : 1;
        }
        Label formProblem = problemLabel(form.problemProperty(), idPrefix + "form-problem");
        root = new VBox(6, formProblem, grid);
        root.setPadding(new Insets(4));
    }

    private Label problemLabel(javafx.beans.value.ObservableValue<MessageKeyed> problem, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.textProperty().bind(ui.locale().text(
                () -> problem.getValue() == null ? "" : ui.locale().messages().get(problem.getValue()), problem));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    @SuppressWarnings("unchecked")
    private Node control(FormField<?> field, String id) {
        Node node;
        if (field.kind() == FormField.Kind.FLAG) {
            FormField<Boolean> flag = (FormField<Boolean>) field;
            CheckBox box = ViewContext.noMnemonics(new CheckBox());
            box.setSelected(Boolean.TRUE.equals(flag.get()));
            flag.valueProperty().addListener((obs, old, now) -> box.setSelected(Boolean.TRUE.equals(now)));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (!now.equals(flag.get())) {
                    flag.set(now);
                    form.commit(field);
                }
            });
            node = box;
        } else if (field.kind() == FormField.Kind.CHOICE) {
            FormField<Object> choice = (FormField<Object>) field;
            ComboBox<Choice<Object>> box = Choice.shown(ui.locale(), choice.choices(), choice.show(),
                    choice.noneAllowed() ? m -> m.get("form.choice.none") : null, choice.valueProperty());
            box.valueProperty().addListener((obs, old, now) -> form.commit(field));
            box.setMaxWidth(Double.MAX_VALUE);
            node = box;
        } else {
            boolean tibetan = field.kind() == FormField.Kind.TIBETAN;
            TextInputControl text = field.isLongText() && !tibetan ? LongTextInput.area() : new TextField();
            ObjectProperty<String> value = (ObjectProperty<String>) field.valueProperty();
            text.textProperty().bindBidirectional(value);
            if (tibetan) {
                ui.tibetanInput(text);
            } else {
                ui.input(text);
            }
            if (field.kind() == FormField.Kind.DATE) {
                text.promptTextProperty().bind(ui.text("form.date.prompt"));
            }
            commitOnPause(text, field);
            text.setId(id);
            return field.isLongText() && text instanceof TextField tibetanField ? LongTextInput.tibetan(tibetanField)
                    : text;
        }
        node.setId(id);
        return node;
    }

    private void commitOnPause(TextInputControl text, FormField<?> field) {
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> {
            if (text.isFocused()) {
                form.commit(field);
            }
        });
        text.textProperty().addListener((obs, old, now) -> {
            if (text.isFocused()) {
                form.edited(field); // "not saved" from the first keystroke until the commit
                pause.playFromStart();
            }
        });
        // Closing the window or a tab and switching the language commit the field being typed in.
        text.getProperties().put(COMMIT, (Runnable) () -> {
            pause.stop();
            form.commit(field);
        });
        text.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                pause.stop();
                form.commit(field);
            }
        });
        if (text instanceof javafx.scene.control.TextArea area) {
            LongTextInput.keys(area, () -> {
                pause.stop();
                form.commit(field);
            });
        }
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || SAVE.match(e)) {
                pause.stop();
                form.commit(field);
            }
        });
    }

    public Node root() {
        return root;
    }
}
