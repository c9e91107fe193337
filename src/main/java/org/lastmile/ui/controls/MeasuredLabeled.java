package org.lastmile.ui.controls;

import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the measuring skins of labels and buttons ({@link MeasuredLabelSkin},
 * {@link MeasuredButtonSkin}) share. JavaFX keeps the shaped layout of simple text only; a Tibetan
 * text is shaped by Pango again at every measurement, and a language switch re-texts every label
 * and button on screen (docs/performance.md, "Language switch"):
 * <ul>
 *   <li>the preferred and minimum width and height each shape the whole text, on every layout pass
 *       that asks: here the sizes of a control without graphic and without wrapping are kept per
 *       everything they depend on, in the window's {@link TextMeasures} (found through the scene;
 *       outside such a window the control measures as JavaFX's does);</li>
 *   <li>when its text or width changes, JavaFX's skin shapes the text three more times before it
 *       draws it (its minimum width and height, and the whole text again to see whether it must be
 *       cut with "..."): here the control's own {@code Text} is given the whole text and, when
 *       that fits, placed where {@code LabeledSkinBase.layoutLabelInArea} places it; a text that
 *       does not fit, a graphic, wrapping, a mnemonic, several lines or right-to-left go through
 *       JavaFX's own layout.</li>
 * </ul>
 */
final class MeasuredLabeled {

    /** Which of the four sizes JavaFX asks a control for. */
    enum Size { MIN_WIDTH, MIN_HEIGHT, PREF_WIDTH, PREF_HEIGHT }

    private record Key(Size size, String text, Font font, double lineSpacing, Insets labelPadding,
            double given, double top, double right, double bottom, double left, boolean mnemonics,
            ContentDisplay display, OverrunStyle overrun, String ellipsis) {
    }

    private MeasuredLabeled() {
    }

    /**
     * A size of the control (px), kept per everything it depends on, or {@code measure}d by JavaFX.
     *
     * @param given the height a width is asked at, or the width a height is asked at (-1: none)
     */
    static double size(Labeled labeled, Size size, double given, double top, double right, double bottom,
            double left, DoubleSupplier measure) {
        String text = labeled.getText();
        TextMeasures measures = TextMeasures.of(labeled);
        if (measures == null || labeled.getGraphic() != null || labeled.isWrapText() || text == null
                || text.isEmpty()) {
            return measure.getAsDouble();
        }
        Key key = new Key(size, text, labeled.getFont(), labeled.getLineSpacing(), labeled.getLabelPadding(), given,
                top, right, bottom, left, labeled.isMnemonicParsing(), labeled.getContentDisplay(),
                labeled.getTextOverrun(), labeled.getEllipsisString());
        return measures.labelSize(key, measure);
    }

    /**
     * Places the whole text when it fits in the area (x, y, w, h: inside the control's insets, px);
     * false, having changed nothing that JavaFX's layout would not redo, when that layout is needed.
     *
     * @param children the skin's children, among them the control's own text node
     * @param wholeWidth the control's preferred width at zero insets: its whole text's width and
     *        label padding, from the kept measures
     */
    static boolean laidOutWhole(Labeled labeled, List<Node> children, double x, double y, double w, double h,
            DoubleSupplier wholeWidth) {
        String whole = labeled.getText();
        Text shown = textNode(children);
        if (shown == null || whole == null || whole.isEmpty() || whole.indexOf('\n') >= 0
                || labeled.getGraphic() != null || labeled.isWrapText() || labeled.isMnemonicParsing()
                || labeled.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            return false;
        }
        Insets padding = labeled.getLabelPadding();
        double left = labeled.snapSizeX(padding.getLeft());
        double right = labeled.snapSizeX(padding.getRight());
        double top = labeled.snapSizeY(padding.getTop());
        double bottom = labeled.snapSizeY(padding.getBottom());
        double width = w - left - right;
        double height = h - top - bottom;
        // The text node may still show the cut text of an earlier, narrower layout: then the whole
        // text's width comes from the kept measures, as JavaFX's clipping pass would shape it.
        double textWidthWhole = whole.equals(shown.getText()) ? shown.getLayoutBounds().getWidth()
                : wholeWidth.getAsDouble() - left - right;
        // JavaFX's own tolerance (Utils.computeClippedText): a text this much wider is cut.
        if (textWidthWhole - width >= 0.001) {
            return false;
        }
        if (!whole.equals(shown.getText())) {
            shown.setText(whole);
        }
        if (shown.getLayoutBounds().getHeight() > height) {
            return false; // JavaFX clips a text taller than its control
        }
        double textWidth = labeled.snapSizeX(Math.min(shown.getLayoutBounds().getWidth(), width));
        double textHeight = labeled.snapSizeY(shown.getLayoutBounds().getHeight());
        Pos alignment = labeled.getAlignment();
        HPos hpos = alignment == null ? HPos.LEFT : alignment.getHpos();
        VPos vpos = alignment == null ? VPos.CENTER : alignment.getVpos();
        double textX = x + left;
        if (hpos == HPos.RIGHT) {
            textX += width - textWidth;
        } else if (hpos != HPos.LEFT) {
            textX += (width - textWidth) / 2.0;
        }
        double textY = y + top;
        if (vpos == VPos.BOTTOM) {
            textY += height - textHeight;
        } else if (vpos != VPos.TOP) {
            textY += (height - textHeight) / 2.0;
        }
        if (!shown.isManaged()) {
            shown.setManaged(true);
        }
        shown.relocate(labeled.snapPositionX(textX), labeled.snapPositionY(textY));
        if (shown.getClip() != null) {
            shown.setClip(null);
        }
        return true;
    }

    /** The control's own text node (JavaFX's skin keeps it private). */
    private static Text textNode(List<Node> children) {
        for (Node child : children) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }
}
