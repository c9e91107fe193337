package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures what the budget names: twelve pages or more of record, eight signature images, a sketch page. */
class RenderBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void theBenchmarkDocumentIsTheOneTheBudgetNames() throws Exception {
        RenderBenchmark bench = new RenderBenchmark();
        bench.setUp();
        Path pdf = dir.resolve("bench.pdf");
        Files.write(pdf, java.util.Arrays.copyOf(new byte[0], 0));
        try (var out = Files.newOutputStream(pdf)) {
            new RecordPdf(DocumentFonts.find(java.util.Optional.empty()),
                    org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.CHINESE),
                    org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.TIBETAN))
                    .render(BenchRecord.document(40), DocumentLanguage.BOTH, out);
        }
        DraftPdfTest.keepFor(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String first = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("第1页 共(\\d+)页").matcher(first);
            assertThat(m.find()).isTrue();
            // the record's own pages, then the sketch page
            assertThat(Integer.parseInt(m.group(1))).isBetween(12, 14);
            java.util.Set<Object> images = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getCOSObject());
                    }
                }
            }
            // eight signers, each signature image embedded once
            assertThat(images).hasSize(8);
        }
        assertThat(bench.plainPdfBox()).isPositive();
    }
}
