package org.lastmile.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

/**
 * What a user of a small screen notices, found in a laid-out scene graph: a label, button or cell
 * whose text JavaFX cut and ended with "…" (its skin's {@code Text} shows less than the control's
 * text), and a horizontal scroll bar. Only what is shown counts (visible up to the root).
 */
final class ScreenFit {

    private ScreenFit() {
    }

    /** The shown labelled controls whose displayed text is not their whole text, as "id: text → shown". */
    static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                String shown = displayed(labeled);
                if (shown != null && !shown.equals(labeled.getText())) {
                    found.add(describe(labeled) + ": " + labeled.getText() + " → " + shown);
                }
            }
        });
        return found;
    }

    /**
     * The shown texts (labelled controls and wrapping texts) that reach past the window's right edge:
     * a table whose columns are wider than it without a scroll bar hides them there.
     */
    static List<String> pastTheRightEdge(Parent root) {
        List<String> found = new ArrayList<>();
        double width = root.getScene().getWidth();
        walk(root, node -> {
            boolean text = node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                    || node instanceof org.lastmile.ui.controls.WrappingText;
            if (text && node.localToScene(node.getLayoutBounds()).getMaxX() > width + 1) {
                found.add(describe(node) + " past the right edge: " + (node instanceof Labeled l ? l.getText()
                        : ((org.lastmile.ui.controls.WrappingText) node).getText()));
            }
        });
        return found;
    }

    /** The shown horizontal scroll bars, by the control they belong to. */
    static List<String> horizontalScrollBars(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && bar.getWidth() > 0 && bar.getHeight() > 0 && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                Node owner = bar.getParent();
                while (owner != null && owner.getId() == null) {
                    owner = owner.getParent();
                }
                found.add("horizontal scroll bar in " + (owner == null ? "?" : "#" + owner.getId()));
            }
        });
        return found;
    }

    /**
     * The font and height of every shown labelled control and combo box, by node: compared before
     * and after a round of language switches, a node still in the Tibetan font or size shows.
     */
    static java.util.Map<Node, String> looks(Parent root) {
        java.util.Map<Node, String> found = new java.util.IdentityHashMap<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled) {
                found.put(node, describe(node) + " " + labeled.getText() + ": " + labeled.getFont().getFamily() + " "
                        + labeled.getFont().getSize() + " " + labeled.getFont().getStyle());
            } else if (node instanceof javafx.scene.control.ComboBoxBase<?>) {
                found.put(node, describe(node) + ": height " + Math.round(node.getLayoutBounds().getHeight()));
            }
        });
        return found;
    }

    /** The text the skin draws: its Text child (LabeledText), or null when the skin has none. */
    private static String displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
                break;
            }
        }
        return path + node.getClass().getSimpleName();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
