package org.lastmile.ui.casefile;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/**
 * Where the form being edited (a party, the case's own fields) stands: beside the case on a wide
 * window, over the case on one too narrow for both (a 1024-pixel county-court laptop), where the
 * case beside a 440-pixel editor was cut to "汉文姓…". Growing or shrinking the window moves the
 * editor between the two without making it anew, so that what is being typed, the focus and the
 * caret stay. The editor closes with its Done button or Esc, and the focus goes back to the
 * button in the case that opened it.
 */
final class EditorPlacement {

    /**
     * The width of the case area from which the editor stands beside the case. Measured on the demo
     * case with the fonts of the tests: with the editor beside it, the parties' columns ended in
     * "…" below 1046 pixels in Chinese and below 1136 in English.
     */
    static final double BESIDE = 1150;
    /**
     * The same in Tibetan: the editor's own labels take most of its 440 pixels (the role and the ID
     * number were cut even at 1366), so below the width at which the case itself stands in two
     * columns the editor covers the case.
     */
    static final double BESIDE_TIBETAN = CaseFileView.TWO_COLUMNS_TIBETAN;
    /** The editor's width beside the case. */
    static final double EDITOR_WIDTH = 440;

    private final HBox root;
    private final Region caseView;
    private final BorderPane editor;
    private final LocaleService locale;
    private boolean open;
    private boolean covering;
    /** The editor's fields: the first of them gets the focus when the editor opens or covers the case. */
    private Node fields;
    /** The id of the node in the case that had the focus when the editor opened: where Esc goes back. */
    private String returnTo;

    /**
     * @param close what Esc in the editor does (the same as its Done button)
     */
    EditorPlacement(Region caseView, BorderPane editor, LocaleService locale, Runnable close) {
        this.caseView = caseView;
        this.editor = editor;
        this.locale = locale;
        root = new HBox(caseView);
        HBox.setHgrow(caseView, Priority.ALWAYS);
        caseView.setMinWidth(0);
        root.widthProperty().addListener((obs, old, now) -> place());
        locale.languageProperty().addListener((obs, old, now) -> place());
        // A handler, not a filter: Esc in a field with a Wylie syllable pending clears the
        // syllable first (the field consumes it), and an open drop-down closes itself.
        editor.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && open) {
                e.consume();
                close.run();
            }
        });
    }

    /**
     * Shows {@code content} as the editor, over or beside the case, and puts the focus on the first
     * field of {@code fields}.
     */
    void open(Node content, Node fields) {
        Node owner = focusOwner();
        if (owner != null && inside(owner, caseView) && owner.getId() != null) {
            returnTo = owner.getId();
        }
        editor.setCenter(content);
        this.fields = fields;
        if (!open) {
            open = true;
            root.getChildren().add(editor);
        }
        place();
        if (root.getScene() != null) {
            // The fields sit in a scroll pane, which puts them into the scene only once it has its
            // skin (made by the CSS pass): until then they cannot take the focus.
            editor.applyCss();
            Node first = firstField(fields);
            if (first != null) {
                first.requestFocus();
            }
        }
    }

    /**
     * Takes the editor away and gives the focus back to where the user was in the case. The case
     * is shown and the focus moved before the editor leaves the scene: the field being typed in
     * loses the focus once, and so commits its text once (as when Done is clicked).
     */
    void close() {
        if (!open) {
            return;
        }
        open = false;
        cover(false);
        Node back = returnTo == null ? null : caseView.lookup("#" + returnTo);
        if (root.getScene() != null && inside(root.getScene().getFocusOwner(), editor)) {
            (back != null && !back.isDisabled() ? back : caseView).requestFocus();
        }
        root.getChildren().remove(editor);
        editor.setCenter(null);
        fields = null;
        returnTo = null;
    }

    private void place() {
        double width = root.getWidth();
        // Before the first layout the width is not known: beside, until the window says otherwise.
        cover(open && width > 0 && width < beside());
    }

    private double beside() {
        return locale.getLanguage() == Language.TIBETAN ? BESIDE_TIBETAN : BESIDE;
    }

    /** Shows the editor over the case or beside it; setting what is already set changes nothing. */
    private void cover(boolean cover) {
        boolean was = covering;
        covering = cover;
        caseView.setVisible(!cover);
        caseView.setManaged(!cover);
        HBox.setHgrow(editor, cover ? Priority.ALWAYS : Priority.NEVER);
        editor.setMinWidth(cover ? 0 : EDITOR_WIDTH);
        editor.setPrefWidth(cover ? Region.USE_COMPUTED_SIZE : EDITOR_WIDTH);
        editor.setMaxWidth(cover ? Double.MAX_VALUE : EDITOR_WIDTH);
        Node owner = focusOwner();
        if (cover && !was && owner != null && inside(owner, caseView)) {
            // The case's button that had the focus is hidden now: the focus moves into the editor,
            // and back to that button when the editor closes.
            if (owner.getId() != null) {
                returnTo = owner.getId();
            }
            Node first = firstField(fields);
            if (first != null) {
                first.requestFocus();
            }
        }
    }

    private Node focusOwner() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getFocusOwner();
    }

    private static boolean inside(Node node, Node ancestor) {
        return KeptFocus.inside(node, ancestor);
    }

    /** The first control a user can type in or choose from, in the order Tab goes through them. */
    private static Node firstField(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            return control;
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether the editor covers the case (the window is too narrow for both). */
    boolean covering() {
        return covering;
    }

    Region root() {
        return root;
    }
}
