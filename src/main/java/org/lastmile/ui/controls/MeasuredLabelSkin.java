package org.lastmile.ui.controls;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * A Label's skin that measures each (text, font) once and lays out a one-line text that fits
 * without JavaFX's clipping pass ({@link MeasuredLabeled}: why, and what goes through JavaFX's own
 * layout). A label switched back to a language it has shown, or showing a text another label has
 * shown (the off-screen labels of {@link ScriptWarmUp} show every Tibetan message and the open
 * screen's texts in the other language ahead of the first switch), is not measured again.
 *
 * <p>Set on every Label of the window by {@code lastmile.css} ({@code -fx-skin}).
 */
public class MeasuredLabelSkin extends LabelSkin {

    public MeasuredLabelSkin(Label label) {
        super(label);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return MeasuredLabeled.size(getSkinnable(), MeasuredLabeled.Size.MIN_WIDTH, height, top, right, bottom, left,
                () -> super.computeMinWidth(height, top, right, bottom, left));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return MeasuredLabeled.size(getSkinnable(), MeasuredLabeled.Size.MIN_HEIGHT, width, top, right, bottom, left,
                () -> super.computeMinHeight(width, top, right, bottom, left));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return MeasuredLabeled.size(getSkinnable(), MeasuredLabeled.Size.PREF_WIDTH, height, top, right, bottom, left,
                () -> super.computePrefWidth(height, top, right, bottom, left));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return MeasuredLabeled.size(getSkinnable(), MeasuredLabeled.Size.PREF_HEIGHT, width, top, right, bottom, left,
                () -> super.computePrefHeight(width, top, right, bottom, left));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!MeasuredLabeled.laidOutWhole(getSkinnable(), getChildren(), x, y, w, h,
                () -> computePrefWidth(-1, 0, 0, 0, 0))) {
            super.layoutChildren(x, y, w, h);
        }
    }
}
