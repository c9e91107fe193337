package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * The sketch page is A3 when A4 would print the sketch's map at a scale coarser than 1:2000. The page sizes are read with PDFBox and, independently, from the
 * images {@code pdftoppm} makes of the pages.
 */
class SketchPaperTest {

    @TempDir
    Path dir;

    // A landscape sheet of 297 × 210 mm into the sketch's place on a record page (156 mm wide, the
    // text block's 225 mm less one row of signature boxes, 22 mm, a 2 mm gap and two 4.5 mm lines
    // of notes with 1 mm under them: 191 mm high) is turned, and scaled by
    // min(191 / 297, 156 / 210) = 0.6431 (hand arithmetic).
    @Test
    void aLandscapeSheetIsTurnedAndScaledToItsPlaceOnThePage() {
        assertThat(SketchSheet.turned(297, 210, 156, 191)).isTrue();
        assertThat(SketchSheet.fit(297, 210, 156, 191)).isCloseTo(0.6431, within(0.0001));
        assertThat(SketchSheet.turned(210, 297, 156, 191)).isFalse();
        // a 1:1000 sheet prints at 1:1,555 on A4 (1000 / 0.6431): legible; 1:2000 at 1:3,110: not
        assertThat(new SketchSheet(297, 210, 1000).printedScale(0.6431)).isCloseTo(1555.0, within(0.5));
        assertThat(new SketchSheet(297, 210, 1000).legibleAt(0.6431)).isTrue();
        assertThat(new SketchSheet(297, 210, 2000).legibleAt(0.6431)).isFalse();
        // A3 (297 × 420 mm) with A4's margins (28 left, 26 right, 37 top, 35 bottom) has a text
        // block of 243 × 348 mm; less the same 22 + 2 + 10 mm: 243 × 314 mm. The 1:2000 sheet is
        // scaled by min(314 / 297, 243 / 210) = 1.0572 and prints at 1:1,892
        assertThat(SketchSheet.fit(297, 210, 243, 314)).isCloseTo(1.0572, within(0.0001));
        assertThat(new SketchSheet(297, 210, 2000).printedScale(1.0572)).isCloseTo(1891.8, within(0.5));
    }

    @Test
    void aSketchThatA4WouldPrintBelowALegibleScaleGetsAnA3PageAndTheOthersStayA4() throws Exception {
        // the bench record: one row of parties' boxes, so the place is the 156 × 201 mm above
        List<String> small = pageSizes(render(new SketchSheet(297, 210, 1000)), "field");
        List<String> big = pageSizes(render(new SketchSheet(297, 210, 2000)), "pasture");
        assertThat(small).containsOnly("A4");
        int sketchPage = big.indexOf("A3");
        assertThat(sketchPage).as("one page is A3").isPositive();
        assertThat(big.lastIndexOf("A3")).isEqualTo(sketchPage);
        assertThat(big).hasSameSizeAs(small);
    }

    @Test
    void theA3PageCarriesTheSketchAndAReadableSeal() throws Exception {
        Path pdf = render(new SketchSheet(297, 210, 5000));
        PdfSealCheck.Result check = PdfSealCheck.check(pdf);
        assertThat(check.problems()).as("the QR on every page, the A3 one included").isEmpty();
    }

    /**
     * A3 is laid out in its own size, not enlarged: the running header, the page line and the box
     * labels are the same size and at the same place as on the A4 pages, and the sketch's printed
     * scale, written under it, is the finer one of the hand arithmetic above.
     */
    @Test
    void theA3PageKeepsA4sHeaderAndGivesTheRoomToTheSketch() throws Exception {
        Path pdf = render(new SketchSheet(297, 210, 2000));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int a3 = -1;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (Math.abs(doc.getPage(i).getMediaBox().getHeight() - PDRectangle.A3.getHeight()) < 1) {
                    a3 = i;
                }
            }
            assertThat(a3).as("the sketch page is A3").isPositive();
            List<TextPosition> a4Header = header(doc, 0);
            List<TextPosition> a3Header = header(doc, a3);
            assertThat(a3Header).as("the running header on A3").isNotEmpty();
            // the same case number in the same type: equal glyph heights and sizes, at the same distance from the top
            TextPosition onA4 = a4Header.get(0);
            TextPosition onA3 = a3Header.get(0);
            assertThat(onA3.getXScale()).isCloseTo(onA4.getXScale(), within(0.01f));
            assertThat(onA3.getHeightDir()).isCloseTo(onA4.getHeightDir(), within(0.01f));
            assertThat(onA3.getYDirAdj()).isCloseTo(onA4.getYDirAdj(), within(0.01f));
            assertThat(onA3.getXDirAdj()).isCloseTo(onA4.getXDirAdj(), within(0.01f));
            assertThat(onA4.getXScale()).as("五号, 10.5 pt").isCloseTo(10.5f, within(0.01f));

            String sketchPage = pageText(doc, a3);
            // 1:1,892 on A3 (hand arithmetic above) where A4 would print 1:3,110
            assertThat(sketchPage).contains("本页比例尺 1:1,892");
        }
        Path field = render(new SketchSheet(297, 210, 1000));
        try (PDDocument doc = Loader.loadPDF(field.toFile())) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("本页比例尺 1:1,555");
        }
    }

    /** The characters drawn above the text block (the running header, not the seal code) on a page. */
    private static List<TextPosition> header(PDDocument doc, int page) throws Exception {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                // between the seal code (above 24 mm) and the header rule at 33 mm
                float mm = text.getYDirAdj() / (72f / 25.4f);
                if (mm > 27 && mm < 33) {
                    found.add(text);
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(doc);
        return found;
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(doc);
    }

    private Path render(SketchSheet sheet) throws Exception {
        RecordDocument doc = BenchRecord.document(4);
        doc = doc.withSketch(doc.sketch().on(sheet));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordPdf(DocumentFonts.find(Optional.empty()), Messages.of(Language.CHINESE),
                Messages.of(Language.TIBETAN)).render(doc, DocumentLanguage.ZH, out);
        Path pdf = dir.resolve("sketch-" + sheet.scale() + ".pdf");
        Files.write(pdf, out.toByteArray());
        String keep = System.getProperty("docs.keep"); // -Ddocs.keep=DIR keeps the PDFs to look at
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(pdf, Path.of(keep, pdf.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return pdf;
    }

    private static boolean near(BufferedImage image, double width, double height) {
        return Math.abs(image.getWidth() - width) <= 1 && Math.abs(image.getHeight() - height) <= 1;
    }

    /** "A4" or "A3" for each page, by PDFBox's media box and by the PNG pdftoppm makes at 36 dpi. */
    private List<String> pageSizes(Path pdf, String name) throws Exception {
        List<String> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                sizes.add(Math.abs(box.getHeight() - PDRectangle.A3.getHeight()) < 1 ? "A3"
                        : Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) < 1 ? "A4" : "other");
            }
        }
        Path prefix = dir.resolve(name);
        Process p = new ProcessBuilder("pdftoppm", "-r", "36", "-png", pdf.toString(), prefix.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor()).isZero();
        try (var files = Files.list(dir)) {
            List<Path> pngs = files.filter(f -> f.getFileName().toString().startsWith(name + "-")).sorted().toList();
            assertThat(pngs).hasSameSizeAs(sizes);
            for (int i = 0; i < pngs.size(); i++) {
                BufferedImage image = ImageIO.read(pngs.get(i).toFile());
                // 210 × 297 mm at 36 dpi: 297.6 × 420.9 px; 297 × 420 mm: 420.9 × 595.3 px (pdftoppm rounds up)
                String bySize = near(image, 420.9, 595.3) ? "A3" : near(image, 297.6, 420.9) ? "A4" : "other";
                assertThat(bySize).as("page %d of %s as pdftoppm draws it", i + 1, name).isEqualTo(sizes.get(i));
            }
        }
        return sizes;
    }
}
