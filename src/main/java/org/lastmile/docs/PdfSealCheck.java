package org.lastmile.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
            int modules = SealQr.encode(expected).getWidth();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                if (!expected.equals(SealQr.read(renderer, pdf.getPage(page), page, modules))) {
                    problems.add(new SealCheck.Problem("docs.verify.qr", page + 1));
                }
            }
            return new Result(contents, problems);
        } catch (IOException e) {
            throw new LocalizedException(e, "docs.verify.error.notPdf", file);
        }
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
