package org.lastmile.ui.controls;

import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;

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
 * switch), is not measured again. A label outside such a window measures as JavaFX's does. What
 * JavaFX draws is unchanged: the label's own {@code Text} still lays out its text.
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
