package org.lastmile.docs;

import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;

/**
 * Reads the seal's QR code off an image of a page that someone else's renderer made ({@code pdftoppm}),
 * at the place docs/documents.md gives it: a 22 mm square (the code and two modules of white margin),
 * 5 mm below the sheet's top edge, its right edge on the text block's, 26 mm from the sheet's right
 * edge. The pixel under each module's centre goes to ZXing's decoder (format, mask, Reed–Solomon),
 * not to the product's {@link SealQr#read}: neither the renderer nor the reader is ours.
 *
 * <p>Not ZXing's search for the code over the whole page: that misses some codes outright, and which
 * ones depends on the payload, which is random (record id and seal, new on every run). Measured on
 * random seals drawn by {@link PdfCanvas#qr} at their place and turned into images by pdftoppm at
 * 150 dpi (a throwaway harness, session 9): on A4 the whole-page search (QRCodeReader, TRY_HARDER)
 * missed 13 of 3,000 (1 in 230: the session-8 CI failure), this reading 0 of 3,000; on sheets of
 * random widths between A4 and A3, so that the code falls at every fraction of a pixel, the search
 * missed 26 of 3,000 and this reading 0 of 3,000 (zbarimg, tried too, found all 6,000, but it would
 * be one more tool to install, and its search is only measured, not shown independent of the data).
 * ZXing's pure-barcode mode on the cropped square read none at 150 dpi: it takes the module size
 * from the finder pattern in whole pixels, and a module is 2.65 px.
 *
 * <p>Why this reading does not depend on the payload: a module is 2.65 px, so the pixel holding a
 * module's centre lies wholly inside that module (at least 0.3 px from its edges) and is painted in
 * that module's colour alone, whatever its neighbours are; the decoder gets the symbol as drawn.
 */
final class QrOnPage {

    private static final double MM = 72 / 25.4;
    static final double SIZE = 22 * MM;
    static final double TOP = 5 * MM;
    static final double RIGHT_MARGIN = 26 * MM;
    private static final int MARGIN_MODULES = 2;

    private QrOnPage() {
    }

    /**
     * The text of the code printed at its place on {@code page}, or {@code null} when none reads there.
     *
     * @param page the page as pdftoppm drew it, its top-left corner the sheet's
     * @param sheetWidth the sheet's width in points (the code's place is measured from its right edge)
     * @param dpi the resolution pdftoppm drew at
     * @param expected the payload expected there: its length fixes the code's version, hence the modules
     */
    static String read(BufferedImage page, double sheetWidth, double dpi, String expected) {
        int dimension;
        try {
            dimension = Encoder.encode(expected, ErrorCorrectionLevel.M).getVersion().getDimensionForVersion();
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        double module = SIZE / (dimension + 2 * MARGIN_MODULES);
        double left = sheetWidth - RIGHT_MARGIN - SIZE + MARGIN_MODULES * module;
        double top = TOP + MARGIN_MODULES * module;
        double pixel = dpi / 72;
        BitMatrix bits = new BitMatrix(dimension);
        for (int row = 0; row < dimension; row++) {
            int y = (int) Math.floor((top + (row + 0.5) * module) * pixel);
            for (int col = 0; col < dimension; col++) {
                int x = (int) Math.floor((left + (col + 0.5) * module) * pixel);
                int rgb = page.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (luminance < 128) {
                    bits.set(col, row);
                }
            }
        }
        try {
            return new Decoder().decode(bits).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
