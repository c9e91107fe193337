package org.lastmile.ui.common.form;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.lastmile.ui.controls.WrappingText;

/**
 * The controls of a long text field ({@link FormField#longText}): a clause or a description, one
 * paragraph, shown whole and wrapped inside its box instead of scrolled in one line.
 *
 * <ul>
 *   <li>Chinese and Latin: a {@link TextArea} that wraps and grows to its lines. Enter commits, as in
 *       a one-line field (a clause has no line breaks: pasted ones become spaces); Tab and Shift+Tab
 *       move the focus on rather than typing a tab.
 *   <li>Tibetan: JavaFX's own wrapping breaks Tibetan inside syllables and draws the rest of the
 *       paragraph past each line (i18n.md, {@code WrappingTextTest}), so a wrapping text area cannot
 *       hold it. The clause is shown by a {@link WrappingText} (by syllable) in the field's box while
 *       the field is not being edited, and typed into the one-line field (Wylie, undo, Enter as
 *       before) that takes its place while it has the focus.
 * </ul>
 */
final class LongTextInput {

    private LongTextInput() {
    }

    /** A wrapping text area for one paragraph: no line breaks, no tabs, as tall as its lines. */
    static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(1);
        // As wide as a one-line field would like: the area fills its row anyway, and its default
        // 40 columns made the form squeeze the labels beside it below their words (in Tibetan).
        area.setPrefColumnCount(new TextField().getPrefColumnCount());
        area.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange() && change.getText().matches("(?s).*[\\r\\n\\t].*")) {
                String flat = change.getText().replaceAll("\\r\\n|[\\r\\n\\t]", " ");
                int caret = change.getCaretPosition() - change.getText().length() + flat.length();
                change.setText(flat);
                change.selectRange(caret, caret);
            }
            return change;
        }));
        area.skinProperty().addListener((obs, old, skin) -> growToTheLines(area));
        return area;
    }

    /**
     * Keys of a long text area, set after Wylie's (so that a pending syllable is inserted first):
     * Enter commits instead of breaking the line; Tab and Shift+Tab move the focus.
     */
    static void keys(TextArea area, Runnable commit) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commit.run();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // A text area moves the focus on Ctrl+Tab (its Tab types a tab): JavaFX 21 has no
                // public call that moves the focus, so the area is handed the key it moves on.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /**
     * The box a Tibetan clause is shown in: the clause wrapped by syllable while {@code editor} has
     * no focus, the editor itself while it has. The box keeps the height of the whole clause, so
     * that nothing under it moves when the editor takes the focus.
     */
    static Node tibetan(TextField editor) {
        WrappingText whole = new WrappingText();
        whole.textProperty().bind(editor.textProperty());
        whole.getStyleClass().addAll("text-input", "long-text");
        whole.setMinWidth(0);
        whole.setMouseTransparent(true);
        whole.visibleProperty().bind(editor.focusedProperty().not());
        // Not invisible: an invisible field takes no focus, and Tab must reach it.
        editor.opacityProperty().bind(Bindings.when(editor.focusedProperty()).then(1.0).otherwise(0.0));
        StackPane box = new StackPane(editor, whole);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMinWidth(0);
        box.setOnMousePressed(e -> editor.requestFocus());
        return box;
    }

    /** Makes the area as tall as its wrapped lines, so that the whole text shows without a scroll bar. */
    private static void growToTheLines(TextArea area) {
        // The scroll pane's content is in the area's scene graph only once the scroll pane has a
        // skin: it is reached through the scroll pane, not looked up from the area.
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane scroll)
                || !(scroll.getContent() instanceof Region content)
                || !(content.lookup(".text") instanceof Text text)) {
            return;
        }
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Runnable fit = () -> {
            double height = text.getLayoutBounds().getHeight() + content.snappedTopInset()
                    + content.snappedBottomInset() + scroll.snappedTopInset() + scroll.snappedBottomInset()
                    + area.snappedTopInset() + area.snappedBottomInset();
            area.setPrefHeight(Math.ceil(height));
        };
        text.layoutBoundsProperty().addListener((obs, old, now) -> fit.run());
        // All three boxes' insets: they change with the language's style, and one left out was
        // caught up only when the text was laid out, a layout pass too late (2 px moved a frame
        // after a language switch).
        area.insetsProperty().addListener((obs, old, now) -> fit.run());
        scroll.insetsProperty().addListener((obs, old, now) -> fit.run());
        content.insetsProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
        area.setMinHeight(Region.USE_PREF_SIZE);
    }
}
