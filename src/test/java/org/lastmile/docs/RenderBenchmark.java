package org.lastmile.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget (issue 15): a 12-page sealed record with 8 signatures and a sketch renders in ≤ 1 s,
 * beside rendering the same text with plain PDFBox in the same run. {@code record}: the whole
 * document as {@code doc render} makes it (bilingual, Tibetan shaped and drawn as outlines with the
 * invisible layer, eight signature images, QR on every page, the sketch page, the embedded
 * record). {@code plainPdfBox}: the same paragraphs, cut into lines of 27 characters, written with
 * {@code showText} in the same two fonts (Chinese subset, Tibetan whole, unshaped), 22 lines a
 * page. Both write the PDF into memory.
 *
 * <p>Run: {@code scripts/bench RenderBenchmark} (sample mode gives the median and p95).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class RenderBenchmark {

    private RecordPdf renderer;
    private RecordDocument doc;
    private DocumentFonts fonts;
    private List<String> paragraphs;

    @Setup
    public void setUp() throws IOException {
        fonts = DocumentFonts.find(Optional.empty());
        Messages zh = Messages.of(Language.CHINESE);
        Messages bo = Messages.of(Language.TIBETAN);
        renderer = new RecordPdf(fonts, zh, bo);
        doc = BenchRecord.document(40);
        paragraphs = new ArrayList<>();
        for (PrintedDocument part : RecordPdf.parts(doc, new Bilingual(DocumentLanguage.BOTH, zh, bo))) {
            part.title().forEach(line -> paragraphs.add(line.text()));
            paragraphs.addAll(part.body());
        }
    }

    /** Pages of the benchmark document (checked by {@code RenderBenchmarkTest}). */
    int pages() throws IOException {
        return renderer.render(doc, DocumentLanguage.BOTH, new ByteArrayOutputStream());
    }

    @Benchmark
    public int record() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
        renderer.render(doc, DocumentLanguage.BOTH, out);
        return out.size();
    }

    @Benchmark
    public int plainPdfBox() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
        try (TrueTypeCollection collection = new TrueTypeCollection(fonts.cjkFile().toFile());
                PDDocument pdf = new PDDocument()) {
            PDFont cjk = PDType0Font.load(pdf, collection.getFontByName(fonts.cjkFontName()), true);
            PDFont tibetan = PDType0Font.load(pdf, new ByteArrayInputStream(fonts.tibetanBytes()), false);
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                for (int i = 0; i < p.length(); i += 27) {
                    lines.add(p.substring(i, Math.min(p.length(), i + 27)));
                }
            }
            for (int first = 0; first < lines.size(); first += 22) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float y = 842 - 105;
                    for (String line : lines.subList(first, Math.min(lines.size(), first + 22))) {
                        float x = 79;
                        for (ScriptRuns.Run run : ScriptRuns.split(line)) {
                            PDFont font = run.tibetan() ? tibetan : cjk;
                            content.beginText();
                            content.setFont(font, 16);
                            content.newLineAtOffset(x, y);
                            try {
                                content.showText(run.text());
                                x += font.getStringWidth(run.text()) / 1000f * 16;
                            } catch (IllegalArgumentException notInFont) {
                                // a character the font lacks: skipped, as a plain renderer would fail on it
                            }
                            content.endText();
                        }
                        y -= 29;
                    }
                }
            }
            pdf.save(out);
        }
        return out.size();
    }
}
