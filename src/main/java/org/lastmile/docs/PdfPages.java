package org.lastmile.docs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.lastmile.common.LocalizedException;

/**
 * A document's pages as images, for the preview and for printing from the window: PDFBox draws
 * the very PDF that is saved (the Tibetan there is already outlines), so what is previewed and
 * printed is what the court gets.
 */
public final class PdfPages {

    private PdfPages() {
    }

    /**
     * Every page at {@code dpi}.
     *
     * @throws LocalizedException {@code docs.verify.error.notPdf} when the file is no PDF
     */
    public static List<BufferedImage> raster(Path pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>(doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new LocalizedException(e, "docs.verify.error.notPdf", pdf);
        }
    }
}
