package org.lastmile.docs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.i18n.Messages;

/**
 * Whether the text drawn on a record's pages is the sealed record's: the record's paragraphs are
 * made again from the embedded record ({@link RecordPdf#recordText}) and compared, in order and
 * with white space ignored, with the text the pages carry at the body's size. That is the case
 * number under the heading and everything the record says (times, place, who was present, the
 * sections of its kind, the transcript, terms, cash, attachments, who signed or refused, the
 * date). Tibetan is compared through its invisible text layer, the text under the drawn outlines
 * (the outlines themselves are shapes, not text). Not compared: headings, running headers,
 * signature boxes and footers (form text), the sketch page (drawn as shapes) and the documents
 * that follow the record (agreement, receipts), which are made from the case as well.
 */
public final class PdfTextCheck {

    /** The body is 16 pt; its Tibetan layer 16 × 1.15 pt. Headings, boxes and footers are other sizes. */
    private static final float MIN_SIZE = PageGeometry.BODY_SIZE - 0.5f;
    private static final float MAX_SIZE = PageGeometry.BODY_SIZE * TextMeasure.TIBETAN_SCALE + 0.5f;
    /** Characters shown either side of the first difference. */
    private static final int CONTEXT = 10;

    private PdfTextCheck() {
    }

    /**
     * The PDF's pages against the record embedded in it (already read from its canonical text).
     *
     * @throws org.lastmile.common.LocalizedException {@code docs.verify.error.notPdf} for a file
     *     PDFBox cannot read
     */
    public static Optional<SealCheck.Problem> check(java.nio.file.Path file, SiteRecord record, String sealSha256,
            Messages zh, Messages bo) {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            if (PdfSeal.SKETCH.equals(pdf.getDocumentInformation().getCustomMetadataValue(PdfSeal.DOCUMENT_KEY))) {
                return sketch(pdf, record);
            }
            Optional<PdfSeal.RenderedAs> as = PdfSeal.renderedAs(pdf);
            if (as.isEmpty()) {
                // without them the text cannot be made again: not "matches"
                return Optional.of(new SealCheck.Problem("docs.verify.textUnknown"));
            }
            PdfSeal.RenderedAs r = as.get();
            RecordDocument doc = new RecordDocument(new StoredRecord(record, true, sealSha256, null, 0), r.courtZh(),
                    r.courtBo(), r.caseNumber(), r.zone());
            return check(pdf, doc, r.language(), zh, bo);
        } catch (IOException e) {
            throw new org.lastmile.common.LocalizedException(e, "docs.verify.error.notPdf", file);
        }
    }

    /**
     * The first place where the pages differ from the record, as a problem naming the page, the
     * record's text there and the page's; empty when the pages show the record.
     */
    static Optional<SealCheck.Problem> check(PDDocument pdf, RecordDocument record, DocumentLanguage language,
            Messages zh, Messages bo) throws IOException {
        List<String> expected = RecordPdf.recordText(record, new Bilingual(language, zh, bo));
        BodyText drawn = new BodyText();
        drawn.getText(pdf);
        String pages = drawn.all.toString();
        int at = 0;
        for (String paragraph : expected) {
            String want = squeeze(paragraph);
            int same = 0;
            while (same < want.length() && at + same < pages.length() && want.charAt(same) == pages.charAt(at + same)) {
                same++;
            }
            if (same < want.length()) {
                int diff = at + same;
                return Optional.of(new SealCheck.Problem("docs.verify.text", drawn.pageAt(Math.min(diff,
                        Math.max(0, pages.length() - 1))), snippet(want, same), snippet(pages, diff)));
            }
            at += want.length();
        }
        return Optional.empty();
    }

    /**
     * A sketch printed on its own carries no record text: its page must name, as text, the SHA-256
     * of the sketch the sealed record holds (the drawing itself is shapes, not compared).
     */
    private static Optional<SealCheck.Problem> sketch(PDDocument pdf, SiteRecord record) throws IOException {
        String held = record.sketchSha256();
        String drawn = squeeze(new PDFTextStripper().getText(pdf));
        if (held != null && held.equals(pdf.getDocumentInformation().getCustomMetadataValue(PdfSeal.SKETCH_KEY))
                && drawn.contains(held)) {
            return Optional.empty();
        }
        return Optional.of(new SealCheck.Problem("docs.verify.sketch", held == null ? "—" : held));
    }

    private static String snippet(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The characters drawn at the body's sizes, in the order they are drawn, page after page. */
    private static final class BodyText extends PDFTextStripper {
        final StringBuilder all = new StringBuilder();
        final List<Integer> pageStarts = new ArrayList<>();

        BodyText() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageStarts.add(all.length());
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            float size = text.getFontSize();
            if (size >= MIN_SIZE && size <= MAX_SIZE) {
                all.append(squeeze(text.getUnicode()));
            }
        }

        /** The page number (from 1) of a character. */
        int pageAt(int index) {
            int page = 0;
            while (page + 1 < pageStarts.size() && pageStarts.get(page + 1) <= index) {
                page++;
            }
            return page + 1;
        }
    }
}
