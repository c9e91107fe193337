package org.lastmile.ui.controls;

import java.util.function.DoubleSupplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A Label's skin that measures each (text, font) once. JavaFX keeps the shaped layout of simple
 * text only; a Tibetan text is shaped by Pango again at every measurement: the label's preferred
 * and minimum width and height each shape the whole text, on every layout pass that asks, so a
 * language switch shaped each Tibetan label four or five times (JFR: over half of the FX thread's
 * time in a switch, docs/performance.md). Here the sizes a label without graphic and without
 * wrapping reports are kept per everything they depend on, shared by all labels of the window (its
 * {@link TextMeasures}, found through the scene): a label switched back to a language it has shown,
 * or showing a text another label has shown (the off-screen labels of {@link ScriptWarmUp} show
 * every Tibetan message and the open screen's texts in the other language ahead of the first
 * switch), is not measured again. A label outside such a window measures as JavaFX's does.
 *
 * <p>It also lays out a one-line text that fits without JavaFX's clipping pass: when a label's text
 * or width changes, JavaFX's skin shapes the text three more times before it draws it (its minimum
 * width and height, and the whole text again to see whether it must be cut with "…"), about a sixth
 * of a language switch on the record screen. Here the label's own {@code Text} is given the whole
 * text and, when that fits, placed where JavaFX places it; a text that does not fit, a graphic,
 * wrapping, a mnemonic, several lines or right-to-left go through JavaFX's own layout.
 *
 * <p>Set on every Label of the window by {@code lastmile.css} ({@code -fx-skin}).
 */
public class MeasuredLabelSkin extends LabelSkin {

    private enum Size { MIN_WIDTH, MIN_HEIGHT, PREF_WIDTH, PREF_HEIGHT }

    private record Key(Size size, String text, Font font, double lineSpacing, Insets labelPadding,
            double given, double top, double right, double bottom, double left, boolean mnemonics,
            ContentDisplay display, OverrunStyle overrun, String ellipsis) {
    }

    public MeasuredLabelSkin(Label label) {
        super(label);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return measured(Size.MIN_WIDTH, height, top, right, bottom, left,
                () -> super.computeMinWidth(height, top, right, bottom, left));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return measured(Size.MIN_HEIGHT, width, top, right, bottom, left,
                () -> super.computeMinHeight(width, top, right, bottom, left));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return measured(Size.PREF_WIDTH, height, top, right, bottom, left,
                () -> super.computePrefWidth(height, top, right, bottom, left));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return measured(Size.PREF_HEIGHT, width, top, right, bottom, left,
                () -> super.computePrefHeight(width, top, right, bottom, left));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!laidOutWhole(x, y, w, h)) {
            super.layoutChildren(x, y, w, h);
        }
    }

    /**
     * Places the whole text when it fits in the area (x, y, w, h: inside the label's insets, px),
     * as {@code LabeledSkinBase.layoutLabelInArea} does for a label without graphic; false, having
     * changed nothing that JavaFX's layout would not redo, when that layout is needed.
     */
    private boolean laidOutWhole(double x, double y, double w, double h) {
        Label label = getSkinnable();
        String whole = label.getText();
        Text shown = textNode();
        if (shown == null || whole == null || whole.isEmpty() || whole.indexOf('\n') >= 0 || label.getGraphic() != null
                || label.isWrapText() || label.isMnemonicParsing()
                || label.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            return false;
        }
        Insets padding = label.getLabelPadding();
        double left = snapSizeX(padding.getLeft());
        double right = snapSizeX(padding.getRight());
        double top = snapSizeY(padding.getTop());
        double bottom = snapSizeY(padding.getBottom());
        double width = w - left - right;
        double height = h - top - bottom;
        // The text node may still show the cut text of an earlier, narrower layout: then the whole
        // text's width comes from the kept measures, as JavaFX's clipping pass would shape it.
        double wholeWidth = whole.equals(shown.getText()) ? shown.getLayoutBounds().getWidth()
                : computePrefWidth(-1, 0, 0, 0, 0) - left - right;
        // JavaFX's own tolerance (Utils.computeClippedText): a text this much wider is cut.
        if (wholeWidth - width >= 0.001) {
            return false;
        }
        if (!whole.equals(shown.getText())) {
            shown.setText(whole);
        }
        double textWidth = snapSizeX(Math.min(shown.getLayoutBounds().getWidth(), width));
        double textHeight = snapSizeY(Math.min(shown.getLayoutBounds().getHeight(), height));
        if (shown.getLayoutBounds().getHeight() > height) {
            return false; // JavaFX clips a text taller than its label
        }
        Pos alignment = label.getAlignment();
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
        shown.relocate(snapPositionX(textX), snapPositionY(textY));
        if (shown.getClip() != null) {
            shown.setClip(null);
        }
        return true;
    }

    /** The label's own text node (JavaFX's skin keeps it private). */
    private Text textNode() {
        for (Node child : getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }

    private double measured(Size size, double given, double top, double right, double bottom, double left,
            DoubleSupplier measure) {
        Label label = getSkinnable();
        String text = label.getText();
        TextMeasures measures = TextMeasures.of(label);
        if (measures == null || label.getGraphic() != null || label.isWrapText() || text == null || text.isEmpty()) {
            return measure.getAsDouble();
        }
        Key key = new Key(size, text, label.getFont(), label.getLineSpacing(), label.getLabelPadding(), given,
                top, right, bottom, left, label.isMnemonicParsing(), label.getContentDisplay(),
                label.getTextOverrun(), label.getEllipsisString());
        return measures.labelSize(key, measure);
    }
}
