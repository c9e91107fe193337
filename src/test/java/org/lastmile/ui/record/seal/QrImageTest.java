package org.lastmile.ui.record.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.store.Hashes;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.ui.FxThread;

/** The QR image decodes, with ZXing's own reader, to the payload it was made from. */
@ExtendWith(FxThread.class)
class QrImageTest {

    static final String SEAL = Hashes.sha256("the sealed record");
    static final String PAYLOAD = SealCode.qrPayload("5d0f2a7e-6f61-3f4c-9a41-0f1b9a7f2c11", SEAL);

    /** Decodes an image with ZXing's QR reader (the real decoder). */
    static String decode(WritableImage image) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
        return result.getText();
    }

    @Test
    void theSealPayloadRoundTrips() throws Exception {
        WritableImage image = QrImage.of(PAYLOAD);
        assertThat(decode(image)).isEqualTo(PAYLOAD);
    }

    @Test
    void modulesAreWholePixelSquaresInsideAQuietZone() {
        QrImage qr = new QrImage(3, 4, ErrorCorrectionLevel.M);
        boolean[][] modules = qr.modules(PAYLOAD);
        WritableImage image = qr.render(PAYLOAD);
        int count = modules.length;
        assertThat((int) image.getWidth()).isEqualTo((count + 8) * 3).isEqualTo((int) image.getHeight());
        var pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                assertThat(argb).as("only black or white, never grey").isIn(0xff000000, 0xffffffff);
                int mx = x / 3 - 4;
                int my = y / 3 - 4;
                boolean dark = mx >= 0 && my >= 0 && mx < count && my < count && modules[my][mx];
                assertThat(argb == 0xff000000).as("pixel %d,%d", x, y).isEqualTo(dark);
            }
        }
        assertThat(modules[0][0]).as("a finder pattern in the corner").isTrue();
    }

    @Test
    void otherPayloadsAndSizesRoundTripToo() throws Exception {
        for (String payload : new String[] {"LASTMILE-SEAL:1:x:" + "0".repeat(64), "短码 QRGW-4AYZ བཀྲ་ཤིས"}) {
            for (int module : new int[] {1, 2, 5}) {
                assertThat(decode(new QrImage(module, 4, ErrorCorrectionLevel.L).render(payload))).isEqualTo(payload);
            }
        }
    }
}
