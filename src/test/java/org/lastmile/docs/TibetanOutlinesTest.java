package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tibetan in a PDF, as poppler's {@code pdftoppm} rasterizes it, matches Java2D's own drawing
 * of the same string in the same font (Java2D shapes Tibetan correctly: docs/i18n.md). The same
 * comparison fails for the string drawn letter by letter, unshaped, which is what PDFBox's
 * {@code showText} would give: so the test can tell shaped from broken stacks.
 */
class TibetanOutlinesTest {

    private static final String TEXT = "བསྒྲུབས་ སྒྲོལ་མ་ བཀྲ་ཤིས་བདེ་ལེགས། རྡོ་རྗེ་ཚེ་རིང་";
    private static final int DPI = 144;
    private static final float SIZE = 20f;
    private static final float X = 40f;
    private static final float BASELINE = 80f;

    @TempDir
    Path dir;

    @Test
    void pdftoppmDrawsTheStacksAsJava2dDoes() throws Exception {
        BufferedImage pdf = renderThroughPdf();
        DocumentFonts fonts = DocumentFonts.find(Optional.empty());
        Font font = fonts.tibetan().deriveFont(SIZE * TextMeasure.TIBETAN_SCALE);
        BufferedImage shaped = java2d(pdf.getWidth(), pdf.getHeight(), (g, s) ->
                g.fill(new TextLayout(TEXT, font, g.getFontRenderContext()).getOutline(
                        java.awt.geom.AffineTransform.getTranslateInstance(X, BASELINE))));
        BufferedImage unshaped = java2d(pdf.getWidth(), pdf.getHeight(), (g, s) -> {
            float pen = X;
            for (int i = 0; i < TEXT.length(); i++) {
                TextLayout one = new TextLayout(TEXT.substring(i, i + 1), font, g.getFontRenderContext());
                g.fill(one.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(pen, BASELINE)));
                pen += one.getAdvance();
            }
        });
        assertThat(mismatch(pdf, shaped)).isLessThan(0.01);
        assertThat(mismatch(pdf, unshaped)).isGreaterThan(0.10);
    }

    private BufferedImage renderThroughPdf() throws Exception {
        DocumentFonts fonts = DocumentFonts.find(Optional.empty());
        File file = dir.resolve("tibetan.pdf").toFile();
        try (TrueTypeCollection collection = new TrueTypeCollection(fonts.cjkFile().toFile());
                PDDocument doc = new PDDocument()) {
            PDFont cjk = PDType0Font.load(doc, collection.getFontByName(fonts.cjkFontName()), true);
            PDFont tib = PDType0Font.load(doc, new ByteArrayInputStream(fonts.tibetanBytes()), false);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PdfCanvas canvas = new PdfCanvas(doc, page, cjk, tib, new TextMeasure(cjk, fonts.tibetan()),
                    new TibetanGlyphs(doc, fonts.tibetan()))) {
                canvas.text(TEXT, X, BASELINE, SIZE);
            }
            doc.save(file);
        }
        Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf(DPI), "-png", "-singlefile", "-gray",
                file.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return ImageIO.read(dir.resolve("page.png").toFile());
    }

    private interface Drawing {
        void draw(Graphics2D g, float scale);
    }

    private static BufferedImage java2d(int w, int h, Drawing drawing) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        float scale = DPI / 72f;
        g.scale(scale, scale);
        g.setColor(Color.BLACK);
        drawing.draw(g, scale);
        g.dispose();
        return image;
    }

    /** Share of ink pixels in either image with no ink within one pixel in the other. */
    private static double mismatch(BufferedImage a, BufferedImage b) {
        int ink = 0;
        int lonely = 0;
        for (int y = 1; y < a.getHeight() - 1; y++) {
            for (int x = 1; x < a.getWidth() - 1; x++) {
                boolean inA = dark(a, x, y);
                boolean inB = dark(b, x, y);
                if (inA) {
                    ink++;
                    lonely += near(b, x, y) ? 0 : 1;
                }
                if (inB) {
                    ink++;
                    lonely += near(a, x, y) ? 0 : 1;
                }
            }
        }
        assertThat(ink).isGreaterThan(1000);
        return (double) lonely / ink;
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xff) < 128;
    }

    private static boolean near(BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (dark(image, x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }
}
