package org.lastmile.ui.record.seal;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The seal's QR code beside its texts, or above them when the badge is too narrow for the seal
 * code beside the QR. In the record's side column in Tibetan the texts beside the QR had 68 px:
 * the code showed as "R48..." and the sealing time one syllable per line. The code is what people
 * compare with the printed record and type into {@code record verify}, so it is never cut: below
 * the width it needs beside the QR, the texts go under it. Decided in one pass from the width given
 * (a height-for-width layout), so a language switch lays it out once.
 */
final class QrBesideText extends Region {

    private static final double GAP = 14;

    private final Node qr;
    private final Region texts;
    private final Region code;

    /**
     * @param code the node of the texts that must show whole (the seal code): its preferred width
     *     decides whether the texts fit beside the QR
     */
    QrBesideText(Node qr, Region texts, Region code) {
        this.qr = qr;
        this.texts = texts;
        this.code = code;
        getChildren().addAll(qr, texts);
    }

    /** Whether the texts go beside the QR at this inner width. */
    private boolean beside(double innerWidth) {
        return innerWidth - qrWidth() - GAP >= needed();
    }

    private double needed() {
        return Math.max(code.prefWidth(-1), code.minWidth(-1));
    }

    private double qrWidth() {
        return qr.prefWidth(-1);
    }

    private double qrHeight() {
        return qr.prefHeight(-1);
    }

    private double textsWidth(double available) {
        return Math.min(available, texts.maxWidth(-1));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + qrWidth() + GAP + Math.max(texts.prefWidth(-1), needed()) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(qrWidth(), needed()) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width >= 0 ? width : computePrefWidth(-1)) - in.getLeft() - in.getRight();
        double body = beside(inner)
                ? Math.max(qrHeight(), texts.prefHeight(textsWidth(inner - qrWidth() - GAP)))
                : qrHeight() + GAP + texts.prefHeight(textsWidth(inner));
        return in.getTop() + body + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        qr.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
        if (beside(inner)) {
            double w = textsWidth(inner - qrWidth() - GAP);
            texts.resizeRelocate(snapPositionX(in.getLeft() + qrWidth() + GAP), snapPositionY(in.getTop()),
                    snapSizeX(w), snapSizeY(texts.prefHeight(w)));
        } else {
            double w = textsWidth(inner);
            texts.resizeRelocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop() + qrHeight() + GAP),
                    snapSizeX(w), snapSizeY(texts.prefHeight(w)));
        }
    }
}
