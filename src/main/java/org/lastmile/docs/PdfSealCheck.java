package org.lastmile.docs;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.domain.record.seal.SealCheck;

/**
 * Checks a record's PDF without a database: the embedded record hashes to the seal the PDF names,
 * and the QR code printed on every page carries that same seal and record id. (Whether the seal is
 * the one the store holds for that record is the command line's part, where there is a store.)
 */
public final class PdfSealCheck {

    /** What the PDF holds and what does not hold; intact when there are no problems. */
    public record Result(PdfSeal.Contents contents, List<SealCheck.Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private PdfSealCheck() {
    }

    public static Result check(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PdfSeal.Contents contents = PdfSeal.read(pdf, file);
            List<SealCheck.Problem> problems = new ArrayList<>();
            String actual = sha256(contents.canonical());
            if (!actual.equals(contents.sealSha256())) {
                problems.add(new SealCheck.Problem("docs.verify.changed", SealCode.of(contents.sealSha256()),
                        SealCode.of(actual)));
            }
            String expected = SealCode.qrPayload(contents.recordId(), contents.sealSha256());
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                String qr = pageQr(renderer, page, 150);
                if (!expected.equals(qr)) {
                    // finer pixels before calling a page wrong: a module edge that falls between
                    // two pixels at 150 dpi can leave a code the reader's binarizer misses
                    qr = pageQr(renderer, page, 300);
                }
                if (!expected.equals(qr)) {
                    problems.add(new SealCheck.Problem("docs.verify.qr", page + 1));
                }
            }
            return new Result(contents, problems);
        } catch (IOException e) {
            throw new LocalizedException(e, "docs.verify.error.notPdf", file);
        }
    }

    /** The QR code in the page's top margin at the right, rendered at {@code dpi}; {@code null} when none reads. */
    private static String pageQr(PDFRenderer renderer, int page, int dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, dpi);
        int h = Math.round(image.getHeight() * 40f / 297f); // 40 mm of A4, the same share of A3
        return qr(image.getSubimage(image.getWidth() / 2, 0, image.getWidth() / 2, h));
    }

    /** The QR code's text, or {@code null} when the image shows none that can be read by either binarizer. */
    private static String qr(BufferedImage image) {
        int[] px = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), px);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException none) {
                // the next binarizer, then none
            }
        }
        return null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
