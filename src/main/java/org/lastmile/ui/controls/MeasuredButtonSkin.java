package org.lastmile.ui.controls;

import javafx.scene.control.Button;
import javafx.scene.control.skin.ButtonSkin;

/**
 * A Button's skin that measures each (text, font) once and lays out a one-line text that fits
 * without JavaFX's clipping pass ({@link MeasuredLabeled}): the record screen's row buttons (edit,
 * remove, sign, the agreement's terms) were a sixth of a language switch after the labels had
 * stopped shaping their texts again (JFR, docs/performance.md).
 *
 * <p>Set on every Button of the window by {@code lastmile.css} ({@code -fx-skin}).
 */
public class MeasuredButtonSkin extends ButtonSkin {

    public MeasuredButtonSkin(Button button) {
        super(button);
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
