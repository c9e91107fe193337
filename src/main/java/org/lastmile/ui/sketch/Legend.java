package org.lastmile.ui.sketch;

import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.sketch.canvas.Layer;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.Viewport;

/** The legend, always drawn: the two claims, the agreed line, the area between the claims. */
final class Legend implements Layer {

    private final Supplier<Messages> text;

    Legend(Supplier<Messages> text) {
        this.text = text;
    }

    /** Where the legend is drawn, px: bottom right (the scale bar has the bottom left, the north arrow the top right). */
    static Rectangle2D box(Viewport v, Pen pen) {
        double row = pen.font().getSize() * 2;
        return new Rectangle2D(v.width() - 230, v.height() - row * 4 - 22, 210, row * 4 + 8);
    }

    @Override
    public void draw(GraphicsContext g, Viewport v, Pen pen) {
        Messages m = text.get();
        double row = pen.font().getSize() * 2;
        Rectangle2D box = box(v, pen);
        double x = box.getMinX() + 6;
        double y = box.getMinY() + 6;
        g.setFill(pen.theme().halo());
        g.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        String[] keys = {"sketch.legend.claimA", "sketch.legend.claimB", "sketch.legend.agreed", "sketch.legend.between"};
        for (int i = 0; i < keys.length; i++) {
            double cy = y + row * i + row / 2;
            switch (i) {
                case 0 -> pen.stroke(g, pen.theme().claimA(), pen.theme().line());
                case 1 -> pen.stroke(g, pen.theme().claimB(), pen.theme().line(), 10, 6);
                case 2 -> pen.stroke(g, pen.theme().agreed(), pen.theme().line() * 1.6);
                default -> pen.stroke(g, pen.theme().hatch(), 1.2);
            }
            if (i < 3) {
                g.strokeLine(x, cy, x + 40, cy);
            } else {
                for (int k = 0; k < 5; k++) {
                    g.strokeLine(x + k * 9, cy + 7, x + k * 9 + 12, cy - 7);
                }
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(pen.theme().ink());
            g.fillText(m.get(keys[i]), x + 52, cy);
        }
    }
}
