package org.lastmile.ui.sketch.field;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.sketch.StakeoutViewModel.Guidance;

/**
 * The drawn guidance of a stake-out card: a north-up rose with an arrow from where the officer
 * stands towards the mark, and beside it how far to walk north or south and east or west, and the
 * distance, in the interface language. Inside the tolerance the arrow gives way to a bull's-eye.
 * Without a fix it says so. North, the arrow and the words never depend on colour alone.
 */
public final class GuidanceFigure {

    static final double WIDTH = 300;
    static final double HEIGHT = 104;
    private static final double R = 40;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Supplier<Optional<Guidance>> guidance;
    private final Supplier<Messages> text;
    private final Supplier<Font> font;

    public GuidanceFigure(Supplier<Optional<Guidance>> guidance, Supplier<Messages> text, Supplier<Font> font) {
        this.guidance = guidance;
        this.text = text;
        this.font = font;
        canvas.getStyleClass().add("stakeout-guidance");
        redraw();
    }

    /** The lines written beside the figure: north/south, east/west, distance, or the state. */
    public static String[] lines(Optional<Guidance> g, Messages m) {
        if (g.isEmpty()) {
            return new String[] {m.get("sketch.guidance.noFix")};
        }
        Guidance x = g.get();
        if (x.inside()) {
            return new String[] {m.get("sketch.guidance.inside"), m.get("sketch.guidance.distance", x.distanceM())};
        }
        return new String[] {
            m.get(x.deltaN() >= 0 ? "sketch.guidance.north" : "sketch.guidance.south", Math.abs(x.deltaN())),
            m.get(x.deltaE() >= 0 ? "sketch.guidance.east" : "sketch.guidance.west", Math.abs(x.deltaE())),
            m.get("sketch.guidance.distance", x.distanceM())};
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double cx = R + 10;
        double cy = HEIGHT / 2 + 4;
        Optional<Guidance> now = guidance.get();
        Messages m = text.get();
        // the rose: a ring, north marked
        g.setStroke(Color.web("#606060"));
        g.setLineWidth(1.5);
        g.setLineDashes();
        g.strokeOval(cx - R, cy - R, 2 * R, 2 * R);
        g.setFill(Color.BLACK);
        g.setFont(Font.font(font.get().getFamily(), 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(m.get("sketch.north"), cx, cy - R - 1);
        if (now.isPresent() && now.get().inside()) {
            g.setStroke(Color.web("#1b7f1b"));
            g.setLineWidth(4);
            g.strokeOval(cx - R * 0.6, cy - R * 0.6, R * 1.2, R * 1.2);
            g.setFill(Color.web("#1b7f1b"));
            g.fillOval(cx - R * 0.25, cy - R * 0.25, R * 0.5, R * 0.5);
        } else if (now.isPresent() && now.get().distanceM() > 0) {
            // screen y grows downwards: north is −y
            double ux = now.get().deltaE() / now.get().distanceM();
            double uy = -now.get().deltaN() / now.get().distanceM();
            double tipX = cx + ux * (R - 4);
            double tipY = cy + uy * (R - 4);
            double tailX = cx - ux * (R - 12);
            double tailY = cy - uy * (R - 12);
            g.setStroke(Color.web("#0b3d91"));
            g.setLineWidth(5);
            g.strokeLine(tailX, tailY, tipX - ux * 10, tipY - uy * 10);
            g.setFill(Color.web("#0b3d91"));
            g.fillPolygon(new double[] {tipX, tipX - ux * 16 - uy * 9, tipX - ux * 16 + uy * 9},
                    new double[] {tipY, tipY - uy * 16 + ux * 9, tipY - uy * 16 - ux * 9}, 3);
        }
        String[] lines = lines(now, m);
        g.setFill(Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font.get());
        double step = Math.max(22, font.get().getSize() * 1.7);
        double y0 = HEIGHT / 2 - step * (lines.length - 1) / 2;
        for (int i = 0; i < lines.length; i++) {
            g.fillText(lines[i], 2 * R + 26, y0 + i * step);
        }
    }

    public Canvas node() {
        return canvas;
    }
}
