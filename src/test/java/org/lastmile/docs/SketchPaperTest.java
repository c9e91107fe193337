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
    // text block's 225 mm less one row of signature boxes, 22 mm, and a 2 mm gap: 201 mm high) is
    // turned, and scaled by min(201 / 297, 156 / 210) = 0.6768 (hand arithmetic).
    @Test
    void aLandscapeSheetIsTurnedAndScaledToItsPlaceOnThePage() {
        assertThat(SketchSheet.turned(297, 210, 156, 201)).isTrue();
        assertThat(SketchSheet.fit(297, 210, 156, 201)).isCloseTo(0.6768, within(0.0001));
        assertThat(SketchSheet.turned(210, 297, 156, 201)).isFalse();
        // a 1:1000 sheet prints at 1:1,477.5 on A4 (1000 / 0.6768): legible; 1:2000 at 1:2,955: not
        assertThat(new SketchSheet(297, 210, 1000).printedScale(0.6768)).isCloseTo(1477.5, within(0.1));
        assertThat(new SketchSheet(297, 210, 1000).legibleAt(0.6768)).isTrue();
        assertThat(new SketchSheet(297, 210, 2000).legibleAt(0.6768)).isFalse();
        // on A3 (the A4 page × √2) the 1:2000 sheet prints at 1:2,090 (2000 / 0.9571)
        assertThat(new SketchSheet(297, 210, 2000).printedScale(0.6768 * Math.sqrt(2))).isCloseTo(2089.6, within(0.5));
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

    private Path render(SketchSheet sheet) throws Exception {
        RecordDocument doc = BenchRecord.document(4);
        doc = doc.withSketch(doc.sketch().on(sheet));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordPdf(DocumentFonts.find(Optional.empty()), Messages.of(Language.CHINESE),
                Messages.of(Language.TIBETAN)).render(doc, DocumentLanguage.ZH, out);
        Path pdf = dir.resolve("sketch-" + sheet.scale() + ".pdf");
        Files.write(pdf, out.toByteArray());
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
