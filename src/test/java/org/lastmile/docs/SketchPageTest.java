package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.cli.CliRun;

/**
 * Issue 15 with issue 12: the printed land hand-over record carries the site sketch the parties
 * signed on a page of its own. The sketch draws its text as outlines, so the page is judged by its
 * ink: party A's claim in red and party B's in blue are on one page (the record's own pages are
 * black on white).
 */
class SketchPageTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    @Test
    void theHandOverRecordPrintsItsSketchWithBothClaimsOnAPageOfItsOwn() throws Exception {
        CliRun list = CliRun.run("record", "list", "(2026)青2224执218号", "--json", "--data-dir", dir.toString());
        String handover = null;
        for (JsonNode r : new ObjectMapper().readTree(list.out)) {
            if (r.path("type").asText().equals("land_handover") && r.path("state").asText().equals("sealed")) {
                handover = r.path("id").asText();
            }
        }
        assertThat(handover).as("the demo's sealed hand-over record").isNotNull();

        assertThat(pagesWithBothClaims(render(handover))).as("pages showing both claims").isEqualTo(1);
    }

    private Path render(String recordId) {
        Path pdf = dir.resolve(recordId + ".pdf");
        CliRun run = CliRun.run(EN, "doc", "render", recordId, "--out", pdf.toString(), "--lang", "zh",
                "--data-dir", dir.toString());
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        return pdf;
    }

    private static int pagesWithBothClaims(Path pdf) throws Exception {
        int pages = 0;
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 100);
                if (count(image, true) > 20 && count(image, false) > 20) {
                    pages++;
                    // the demo field's corners and stones lie tens of metres apart: legible on A4
                    assertThat(doc.getPage(i).getMediaBox().getHeight()).as("the sketch page is A4")
                            .isCloseTo(org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight(),
                                    org.assertj.core.data.Offset.offset(1f));
                    ImageIO.write(image, "png", pdf.resolveSibling("sketch-page.png").toFile());
                }
            }
        }
        return pages;
    }

    /** Strongly red (or blue) pixels: the claims' pens; the rest of a record is black on white. */
    private static int count(BufferedImage image, boolean red) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (red ? r > 170 && g < 110 && b < 110 : b > 150 && r < 110 && g < 150) {
                    n++;
                }
            }
        }
        return n;
    }
}
