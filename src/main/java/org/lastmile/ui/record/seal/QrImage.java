package org.lastmile.ui.record.seal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * A QR code as a JavaFX image: every module a square of whole pixels (no scaling, no smoothing),
 * black on white, inside a white quiet zone. Show it in an {@code ImageView} at its own size with
 * {@code setSmooth(false)}, or scale it by whole numbers only, so the modules stay crisp.
 */
public final class QrImage {

    /** Pixels per module and quiet zone of {@link #of(String)}: 4 modules, as ISO/IEC 18004 asks. */
    public static final int DEFAULT_MODULE = 4;
    public static final int DEFAULT_QUIET_ZONE = 4;

    private static final int DARK = 0xff000000;
    private static final int LIGHT = 0xffffffff;

    private final int modulePixels;
    private final int quietZoneModules;
    private final ErrorCorrectionLevel level;

    /**
     * @param modulePixels the side of one module in pixels (≥ 1)
     * @param quietZoneModules the white margin in modules (≥ 0; scanners want 4)
     * @param level the error correction level (M recovers 15 % of the symbol)
     */
    public QrImage(int modulePixels, int quietZoneModules, ErrorCorrectionLevel level) {
        if (modulePixels < 1 || quietZoneModules < 0) {
            throw new IllegalArgumentException("module " + modulePixels + " px, quiet zone " + quietZoneModules);
        }
        this.modulePixels = modulePixels;
        this.quietZoneModules = quietZoneModules;
        this.level = level;
    }

    /** The QR code of a payload: 4 px modules, a 4-module quiet zone, error correction M. */
    public static WritableImage of(String payload) {
        return new QrImage(DEFAULT_MODULE, DEFAULT_QUIET_ZONE, ErrorCorrectionLevel.M).render(payload);
    }

    /** The modules of the payload's symbol, without quiet zone: {@code [y][x]}, true for dark. */
    public boolean[][] modules(String payload) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(payload, level, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit a QR code (" + payload.length() + " chars)", e);
        }
        boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark[y][x] = matrix.get(x, y) == 1;
            }
        }
        return dark;
    }

    /** Draws the payload's symbol. */
    public WritableImage render(String payload) {
        boolean[][] dark = modules(payload);
        int count = dark.length;
        int side = (count + 2 * quietZoneModules) * modulePixels;
        WritableImage image = new WritableImage(side, side);
        PixelWriter out = image.getPixelWriter();
        int offset = quietZoneModules * modulePixels;
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int mx = (px - offset) / modulePixels;
                int my = (py - offset) / modulePixels;
                boolean inside = px >= offset && py >= offset && mx < count && my < count;
                out.setArgb(px, py, inside && dark[my][mx] ? DARK : LIGHT);
            }
        }
        return image;
    }
}
