package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' reader of the printed seal ({@link QrOnPage}) reads, off pdftoppm's 150 dpi image, the
 * codes that ZXing's whole-page search missed, on A4 and at A3's place, and reads nothing where no
 * code is printed: it can fail.
 */
class QrOnPageTest {

    /**
     * Random seals of the demo record's form whose code ZXing's whole-page search (QRCodeReader,
     * TRY_HARDER, as RecordPdfTest did until session 9) did not find on pdftoppm's 150 dpi A4 page:
     * the first three of the 13 it missed among 3,000 (java.util.Random, seed 2).
     */
    private static final List<String> MISSED_BY_THE_SEARCH = List.of(
            "LASTMILE-SEAL:1:52c8fe37-ce93-7c8b-3757-29d225e2f40c:"
                    + "c64c9ad28302f2262b2fa62cb78d5f4ab89e05fe79a3d6b5462ed73402b80038",
            "LASTMILE-SEAL:1:cb1afa3e-d4b7-c188-a1bf-ff0708cca5ee:"
                    + "a296f0a820d02afe754ce1087b5b260f10ede82a07bfa69b033b6eae44c4c1e8",
            "LASTMILE-SEAL:1:b2b80709-981a-1e01-1f34-3a598e9d696f:"
                    + "c207ddcde3512774fa9ecdec9469f5ec3b5f4dceef126914509c750affdd1543");

    @TempDir
    Path dir;

    private int pages;

    @Test
    void sealsTheWholePageSearchMissedAreRead() throws Exception {
        for (String seal : MISSED_BY_THE_SEARCH) {
            assertThat(drawnAndRead(seal, seal, PDRectangle.A4)).isEqualTo(seal);
        }
    }

    @Test
    void anA3SheetIsReadAtItsOwnPlace() throws Exception {
        String seal = MISSED_BY_THE_SEARCH.get(0);
        assertThat(drawnAndRead(seal, seal, PDRectangle.A3)).isEqualTo(seal);
    }

    @Test
    void anotherSealReadsAsItselfAndAPageWithoutACodeReadsNothing() throws Exception {
        String ours = MISSED_BY_THE_SEARCH.get(0);
        String other = MISSED_BY_THE_SEARCH.get(1);
        assertThat(drawnAndRead(other, ours, PDRectangle.A4)).isEqualTo(other);
        assertThat(drawnAndRead(null, ours, PDRectangle.A4)).isNull();
    }

    /** A page with the running header's rule and the code (none when {@code drawn} is null), through pdftoppm. */
    private String drawnAndRead(String drawn, String expected, PDRectangle paper) throws Exception {
        String name = "seal" + ++pages;
        Path pdf = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(paper);
            doc.addPage(page);
            PageFrame frame = PageFrame.of(paper);
            try (PdfCanvas canvas = new PdfCanvas(doc, page, null, null, null, null)) {
                canvas.hline(frame.left(), frame.right(), PageGeometry.TOP - 4 * PageGeometry.MM);
                if (drawn != null) {
                    canvas.qr(SealQr.encode(drawn), frame.qrLeft(), PageGeometry.QR_TOP, PageGeometry.QR_SIZE);
                }
            }
            doc.save(pdf.toFile());
        }
        RecordPdfTest.run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf.toString(), dir.resolve(name).toString());
        return QrOnPage.read(ImageIO.read(dir.resolve(name + ".png").toFile()), paper.getWidth(), 150, expected);
    }
}
