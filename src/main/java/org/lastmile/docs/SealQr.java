package org.lastmile.docs;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The seal's QR code on a record's pages: made here for {@link RecordPdf} and read back here for
 * {@link PdfSealCheck}, so that both agree on the code (error correction M, a margin of two
 * modules) and on its place (the top margin, right-aligned to the text block of the sheet's
 * {@link PageFrame}).
 *
 * <p>It is read at that place, not searched for. ZXing's search for the three finder patterns
 * misses some codes outright, even on a flawless image (43 of 5,000 random seals drawn at exactly
 * 4 pixels a module), and which ones depends on the resolution: on the page at 150 dpi both
 * binarizers missed 3 of 2,000 random seals, and 2 of those 3 again at 300 dpi. The code's own
 * square is rendered so that each module is exactly {@link #PIXELS_PER_MODULE} pixels, its edges on
 * pixel edges, and decoded as a pure barcode: every module is read where it was drawn, nothing is
 * searched, so a code drawn there always reads.
 */
final class SealQr {

    private static final Map<EncodeHintType, Object> ENCODING =
            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);

    /** Whole pixels per module: no module edge falls inside a pixel. */
    static final int PIXELS_PER_MODULE = 4;

    private SealQr() {
    }

    /** The code of {@code payload}, its two-module margin included (one matrix cell a module). */
    static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, ENCODING);
        } catch (WriterException e) {
            throw new IllegalStateException("the seal does not fit a QR code", e);
        }
    }

    /**
     * The text of the QR code drawn at its place on a page, or {@code null} when no code reads there.
     *
     * @param modules the width of the code in modules, margin included (every seal's payload has
     *     the same length, so the expected payload's code tells it)
     */
    static String read(PDFRenderer renderer, PDPage page, int pageIndex, int modules) throws IOException {
        PDRectangle crop = page.getCropBox();
        PageFrame frame = PageFrame.of(page.getMediaBox());
        float size = PageGeometry.QR_SIZE;
        float left = frame.qrLeft() - crop.getLowerLeftX();
        float top = crop.getUpperRightY() - (frame.height() - PageGeometry.QR_TOP);
        float scale = PIXELS_PER_MODULE * modules / size;
        int pixels = PIXELS_PER_MODULE * modules;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, pixels, pixels);
            g.translate(-left * scale, -top * scale); // the code's top-left corner at pixel (0, 0)
            renderer.renderPageToGraphics(pageIndex, g, scale);
        } finally {
            g.dispose();
        }
        int[] rgb = image.getRGB(0, 0, pixels, pixels, null, 0, pixels);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, rgb)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (ReaderException none) {
            return null;
        }
    }
}
