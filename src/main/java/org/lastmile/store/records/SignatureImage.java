package org.lastmile.store.records;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;

/**
 * Renders signature strokes to the PNG kept beside them: black ink on white, line width following
 * the pen pressure. The pad and the demo data use the same renderer, so the image is always a
 * function of the strokes.
 */
public final class SignatureImage {

    private SignatureImage() {
    }

    /** PNG bytes of the strokes on a pad of the given size (pad units = pixels). */
    public static byte[] png(List<Stroke> strokes, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (Stroke stroke : strokes) {
                List<StrokePoint> points = stroke.points();
                for (int i = 1; i < points.size(); i++) {
                    StrokePoint a = points.get(i - 1);
                    StrokePoint b = points.get(i);
                    float w = (float) (1.2 + 2.4 * (a.pressure() + b.pressure()) / 2);
                    g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    Path2D.Double segment = new Path2D.Double();
                    segment.moveTo(a.x(), a.y());
                    segment.lineTo(b.x(), b.y());
                    g.draw(segment);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
