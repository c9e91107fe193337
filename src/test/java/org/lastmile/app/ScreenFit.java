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
     * The shown text fields and areas whose prompt text (while empty) or value is wider than the room
     * inside the box, measured in the control's own font: the field's skin clips it at its padding
     * without a "…", so "ཤར་གྱི་ས་བཀོད་དམ་གཞུང" reads as a whole prompt while its meaning
     * ("… or longitude") is gone. A text area that wraps is left out (its lines fit by wrapping); a
     * combo box shows its value or prompt in a list cell, which {@link #truncated} already checks.
     */
    static List<String> fieldTextCut(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (!(node instanceof javafx.scene.control.TextInputControl field)
                    || field instanceof javafx.scene.control.TextArea area && area.isWrapText()) {
                return;
            }
            boolean empty = field.getText() == null || field.getText().isEmpty();
            String shown = empty ? field.getPromptText() : field.getText();
            if (shown == null || shown.isBlank()) {
                return;
            }
            double needed = 0;
            for (String line : shown.split("\n", -1)) {
                Text probe = new Text(line);
                probe.setFont(field.getFont());
                needed = Math.max(needed, probe.getLayoutBounds().getWidth());
            }
            double room = room(field);
            if (needed > room + 1) {
                found.add(describe(field) + (empty ? " prompt" : " value") + String.format(java.util.Locale.ROOT,
                        " %.0f px in %.0f px: ", needed, room) + shown);
            }
        });
        return found;
    }

    /** The width a field's text has: inside its padding, or inside a text area's content region. */
    private static double room(javafx.scene.control.TextInputControl field) {
        if (field instanceof javafx.scene.control.TextArea && field.lookup(".content") instanceof javafx.scene.layout.Region c) {
            return c.getWidth() - c.snappedLeftInset() - c.snappedRightInset();
        }
        return field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
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

    /**
     * Issue 11 item 4: the shown texts whose ink leaves the box of the node that holds them. Measured
     * on the text's own layout (the lines JavaFX laid out, {@code Text.rangeShape}), not on the
     * label's box: a wrapped Tibetan line that finds no break runs past its label while the label
     * itself stays inside. Text inside an editable field (which scrolls) and in a clipped parent
     * (drawn on purpose beyond it) is left out.
     */
    static List<String> inkOutside(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (!(node instanceof Text text) || text.getText() == null || text.getText().isBlank()
                    || !(text.getParent() instanceof javafx.scene.layout.Region parent) || inEditable(text)
                    || parent.getClip() != null) {
                return;
            }
            javafx.geometry.Bounds ink = text.localToParent(lines(text));
            javafx.geometry.Bounds box = parent.getLayoutBounds();
            if (ink.getMinX() < box.getMinX() - 2 || ink.getMaxX() > box.getMaxX() + 2
                    || ink.getMinY() < box.getMinY() - 2 || ink.getMaxY() > box.getMaxY() + 2) {
                found.add(describe(parent) + " ink " + round(ink) + " outside " + round(box) + ": " + text.getText());
            }
        });
        return found;
    }

    /**
     * Issue 11 item 4: the shown Tibetan texts that JavaFX itself wrapped onto more lines than they
     * have paragraphs (a wrapping Label or Text): its line breaker finds no break after a tsheg and
     * draws wrapped lines wrongly. Multi-line Tibetan belongs in {@code WrappingText}, whose lines are
     * single-line texts.
     */
    static List<String> wrappedTibetan(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Text text && text.getText() != null && !inEditable(text)
                    && org.lastmile.i18n.tibetan.TibetanScript.contains(text.getText())) {
                long paragraphs = text.getText().chars().filter(c -> c == '\n').count() + 1;
                long lines = lineCount(text);
                if (lines > paragraphs) {
                    found.add(describe(text.getParent()) + " wraps Tibetan itself onto " + lines + " lines: "
                            + text.getText());
                }
            }
        });
        return found;
    }

    /** The lines' boxes as laid out, in the text's own coordinates. */
    private static javafx.geometry.Bounds lines(Text text) {
        // Trailing spaces hang past a line's end without ink.
        javafx.scene.shape.PathElement[] shape = text.rangeShape(0, text.getText().stripTrailing().length());
        if (shape.length == 0) {
            return text.getLayoutBounds();
        }
        javafx.scene.shape.Path path = new javafx.scene.shape.Path(shape);
        path.setStrokeWidth(0);
        javafx.geometry.Bounds b = path.getBoundsInLocal();
        // Across: how far the lines reach (a line that found no break runs past the wrapping
        // width). Down: the text's own height (a range's box reaches a little below the line).
        javafx.geometry.Bounds own = text.getLayoutBounds();
        // The last line's box holds the line spacing below it, where nothing is drawn.
        return new javafx.geometry.BoundingBox(b.getMinX(), own.getMinY(), b.getWidth(),
                Math.max(0, own.getHeight() - text.getLineSpacing()));
    }

    /** How many lines JavaFX laid the text out on: the distinct tops of its lines' boxes. */
    private static long lineCount(Text text) {
        if (text.getText().isEmpty()) {
            return 1;
        }
        return java.util.Arrays.stream(text.rangeShape(0, text.getText().length()))
                .filter(e -> e instanceof javafx.scene.shape.MoveTo)
                .map(e -> Math.round(((javafx.scene.shape.MoveTo) e).getY()))
                .distinct().count();
    }

    private static boolean inEditable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static String round(javafx.geometry.Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
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
        // A node drawn fully transparent is not seen either (a Tibetan clause's editor while
        // the clause is shown whole in its place).
        if (!node.isVisible() || node.getOpacity() == 0) {
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
