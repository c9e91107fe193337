package org.lastmile.docs;

import static org.lastmile.docs.PageGeometry.BODY_SIZE;
import static org.lastmile.docs.PageGeometry.LEFT;
import static org.lastmile.docs.PageGeometry.MM;
import static org.lastmile.docs.PageGeometry.SIGNATURE_ROW;
import static org.lastmile.docs.PageGeometry.SIGNERS_PER_ROW;
import static org.lastmile.docs.PageGeometry.SMALL_SIZE;
import static org.lastmile.docs.PageGeometry.TEXT_WIDTH;
import static org.lastmile.docs.PageGeometry.TOP;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.i18n.Messages;

/**
 * Renders an on-site record (笔录) as a PDF on the GB/T 9704 page: the record, then the documents
 * made from it (the settlement agreement where terms were agreed, the cash receipt where cash was
 * taken, the site sketch where one is given, a service receipt for each party of a sealed record),
 * each numbering its own pages. On every page: the running header with the case number, the seal
 * code and QR (sealed) or the draft watermark, the signature and fingerprint boxes, "第×页 共×页".
 * A sealed record's canonical bytes are embedded ({@link PdfSeal}).
 */
public final class RecordPdf {

    private final DocumentFonts fonts;
    private final ParsedFaces faces;
    private final Messages zh;
    private final Messages bo;

    /**
     * A renderer keeps the parsed Chinese face for every document it renders: keep one for the
     * process (the window's document service, the command line) rather than one per document.
     */
    public RecordPdf(DocumentFonts fonts, Messages zh, Messages bo) {
        this.fonts = fonts;
        this.faces = new ParsedFaces(fonts);
        this.zh = zh;
        this.bo = bo;
    }

    /** The fonts this renderer draws with. */
    public DocumentFonts fonts() {
        return fonts;
    }

    /** Writes the PDF; returns the number of pages. One document at a time (the parsed face is shared). */
    public synchronized int render(RecordDocument doc, DocumentLanguage language, OutputStream out)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont cjk = PDType0Font.load(pdf, faces.cjk(), true);
            // LastMile Uchen forbids subsetting (fsType 0x0100): the invisible layer embeds it whole
            PDFont tibetan = PDType0Font.load(pdf, faces.tibetanText(), false);
            TextMeasure measure = new TextMeasure(cjk, fonts.tibetan());
            Bilingual text = new Bilingual(language, zh, bo);
            Pages pages = new Pages(pdf, cjk, tibetan, measure, new TibetanGlyphs(pdf, fonts.tibetan()),
                    new SignatureImages(pdf, doc.images()), Letterhead.of(doc), text);
            List<PrintedDocument> parts = parts(doc, text);
            for (int i = 0; i < parts.size(); i++) {
                pages.draw(parts.get(i));
                if (i == 0 && doc.sketch() != null) {
                    // the site sketch follows the record it belongs to (issue 12 draws it)
                    pages.drawSketch(parts.get(0), doc.sketch());
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(zh.get(doc.stored().record().type().messageKey()) + " " + doc.caseNumber());
            info.setSubject(doc.sealed() ? SealCode.qrPayload(doc.stored().record().id().toString(),
                    doc.stored().sealSha256()) : zh.get("docs.watermark.draft"));
            info.setCreator("LastMile");
            PdfSeal.describe(pdf, doc, language);
            if (doc.sealed() && doc.canonical() != null) {
                PdfSeal.embed(pdf, doc.stored().record().id().toString(), doc.stored().sealSha256(), doc.canonical());
            }
            pdf.save(out);
            return pdf.getNumberOfPages();
        }
    }

    /**
     * Writes the site sketch on its own (the sketch page of the record that holds it, the same
     * page as in the record's PDF); returns the number of pages. A sealed holder's seal is embedded
     * as in the record's PDF, with the sketch's SHA-256 in the document information.
     */
    public synchronized int renderSketch(SketchDocument sketch, DocumentLanguage language, OutputStream out)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont cjk = PDType0Font.load(pdf, faces.cjk(), true);
            PDFont tibetan = PDType0Font.load(pdf, faces.tibetanText(), false);
            Bilingual text = new Bilingual(language, zh, bo);
            RecordDocument holder = sketch.holder();
            Letterhead head = holder != null ? Letterhead.of(holder)
                    : Letterhead.draft(sketch.courtZh(), sketch.courtBo(), sketch.caseNumber());
            Pages pages = new Pages(pdf, cjk, tibetan, new TextMeasure(cjk, fonts.tibetan()),
                    new TibetanGlyphs(pdf, fonts.tibetan()),
                    new SignatureImages(pdf, holder == null ? Map.of() : holder.images()), head, text);
            pages.drawSketch(holder != null ? new RecordContent(holder, text) : new UnheldSketch(), sketch.drawing());
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(zh.get("docs.sketch.name") + " " + sketch.caseNumber());
            info.setSubject(head.sealed() ? head.qrPayload() : zh.get("docs.watermark.draft"));
            info.setCreator("LastMile");
            info.setCustomMetadataValue(PdfSeal.DOCUMENT_KEY, PdfSeal.SKETCH);
            sketch.drawing().sha256().ifPresent(sha -> info.setCustomMetadataValue(PdfSeal.SKETCH_KEY, sha));
            if (holder != null) {
                PdfSeal.describe(pdf, holder, language);
                if (holder.sealed() && holder.canonical() != null) {
                    PdfSeal.embed(pdf, holder.stored().record().id().toString(), holder.stored().sealSha256(),
                            holder.canonical());
                }
            }
            pdf.save(out);
            return pdf.getNumberOfPages();
        }
    }

    /**
     * The text a record's own pages carry in the body's size, in the order drawn: the case number
     * under its heading, then the body's paragraphs (what {@link PdfTextCheck} compares).
     */
    static List<String> recordText(RecordDocument doc, Bilingual text) {
        RecordContent record = new RecordContent(doc, text);
        List<String> out = new ArrayList<>();
        record.title().stream().filter(line -> line.size() == BODY_SIZE).forEach(line -> out.add(line.text()));
        out.addAll(record.body());
        return out;
    }

    /** The record, then the agreement, the cash receipt and, for a sealed record, the service receipts. */
    static List<PrintedDocument> parts(RecordDocument doc, Bilingual text) {
        var record = doc.stored().record();
        List<PrintedDocument> parts = new ArrayList<>();
        List<String> served = new ArrayList<>();
        parts.add(new RecordContent(doc, text));
        served.add(record.type().messageKey());
        if (!record.agreement().isEmpty()) {
            parts.add(new AgreementContent(doc, text));
            served.add("docs.agreement.name");
        }
        if (record.cashCollected() != null) {
            parts.add(new CashReceiptContent(doc, text));
        }
        if (doc.sealed()) {
            for (Participant party : new PartySides(doc, text).parties()) {
                parts.add(new ServiceReceiptContent(doc, text, party, served));
            }
        }
        return parts;
    }

    /** Lays documents out page by page into one PDF. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDFont cjk;
        private final PDFont tibetan;
        private final TextMeasure measure;
        private final TibetanGlyphs glyphs;
        private final SignatureImages images;
        private final Letterhead head;
        private final Bilingual text;
        private final BitMatrix qr;

        Pages(PDDocument pdf, PDFont cjk, PDFont tibetan, TextMeasure measure, TibetanGlyphs glyphs,
                SignatureImages images, Letterhead head, Bilingual text) {
            this.pdf = pdf;
            this.cjk = cjk;
            this.tibetan = tibetan;
            this.measure = measure;
            this.glyphs = glyphs;
            this.images = images;
            this.head = head;
            this.text = text;
            this.qr = head.sealed() ? SealQr.encode(head.qrPayload()) : null;
        }

        void draw(PrintedDocument part) throws IOException {
            List<Participant> signers = part.everyPageSigners();
            float bodyBottom = bodyBottom(signers, PageFrame.A4);
            List<List<TextLine>> pages = paginate(lines(part), bodyBottom);
            for (int i = 0; i < pages.size(); i++) {
                try (PdfCanvas canvas = page(PageFrame.A4)) {
                    drawBody(canvas, part, pages.get(i));
                    frame(canvas, PageFrame.A4, part, signers, bodyBottom, i + 1, pages.size());
                }
            }
        }

        /**
         * The sketch on a page of its own, framed like the record's pages (header, seal, the
         * signers' boxes, page line); under it, the scale it is printed at and its fingerprint.
         */
        void drawSketch(PrintedDocument part, SketchDrawing sketch) throws IOException {
            List<Participant> signers = part.everyPageSigners();
            PageFrame frame = PageFrame.of(paperFor(sketch, signers));
            float bodyBottom = bodyBottom(signers, frame);
            float placeHeight = sketchPlace(bodyBottom);
            try (PdfCanvas canvas = page(frame)) {
                canvas.drawing(sketch, LEFT, TOP, frame.textWidth(), placeHeight);
                float baseline = TOP + placeHeight + SKETCH_NOTE_PITCH;
                for (String note : sketchNotes(sketch, frame.textWidth(), placeHeight)) {
                    canvas.text(note, LEFT, baseline, SKETCH_NOTE_SIZE);
                    baseline += SKETCH_NOTE_PITCH;
                }
                frame(canvas, frame, part, signers, bodyBottom, 1, 1);
            }
        }

        /** "Printed at 1:n" (the sheet's own scale label no longer holds once it is fitted) and the fingerprint. */
        private List<String> sketchNotes(SketchDrawing sketch, float width, float height) {
            List<String> notes = new ArrayList<>();
            // the label in each script shown, the figure once
            sketch.sheet().ifPresent(sheet -> notes.add(text.inline("docs.sketch.printedScale") + " 1:"
                    + String.format(java.util.Locale.ROOT, "%,d", Math.round(sheet.printedScale(
                            SketchSheet.fit(sheet.widthMm(), sheet.heightMm(), width / MM, height / MM))))));
            sketch.sha256().ifPresent(sha -> notes.add(text.inline("docs.sketch.fingerprint") + " " + sha));
            return notes;
        }

        /**
         * A4, or A3 when on A4 the sketch would be drawn below a legible scale: A3 keeps A4's
         * margins, header and boxes, and the sketch takes the larger text block.
         */
        static PDRectangle paperFor(SketchDrawing sketch, List<Participant> signers) {
            if (sketch.sheet().isEmpty()) {
                return PDRectangle.A4;
            }
            SketchSheet sheet = sketch.sheet().get();
            double onA4 = SketchSheet.fit(sheet.widthMm(), sheet.heightMm(), TEXT_WIDTH / MM,
                    sketchPlace(bodyBottom(signers, PageFrame.A4)) / MM);
            return sheet.legibleAt(onA4) ? PDRectangle.A4 : PDRectangle.A3;
        }

        /** The sketch's height: from the text block's top to the notes above the boxes. */
        static float sketchPlace(float bodyBottom) {
            return bodyBottom - TOP - 2 * MM - SKETCH_NOTES;
        }

        private PdfCanvas page(PageFrame frame) throws IOException {
            PDPage page = new PDPage(frame.paper());
            pdf.addPage(page);
            return new PdfCanvas(pdf, page, cjk, tibetan, measure, glyphs);
        }

        private void frame(PdfCanvas canvas, PageFrame frame, PrintedDocument part, List<Participant> signers,
                float bodyBottom, int page, int total) throws IOException {
            drawRunningHeader(canvas, frame);
            drawSignatureBoxes(canvas, part, signers, bodyBottom);
            drawFooter(canvas, frame, part, page, total);
            if (!head.sealed()) {
                canvas.watermark(zh().get("docs.watermark.draft"));
            }
        }

        private static float bodyBottom(List<Participant> signers, PageFrame frame) {
            int rows = Math.max(1, (signers.size() + SIGNERS_PER_ROW - 1) / SIGNERS_PER_ROW);
            return frame.bottom() - rows * SIGNATURE_ROW;
        }

        private Messages zh() {
            return text.zh();
        }

        private List<TextLine> lines(PrintedDocument part) {
            List<TextLine> lines = new ArrayList<>(part.title());
            lines.add(TextLine.blank());
            for (String paragraph : part.body()) {
                for (String line : measure.wrap(paragraph, BODY_SIZE, TEXT_WIDTH)) {
                    lines.add(new TextLine(line, BODY_SIZE, TextLine.Align.LEFT, measure.pitch(line, BODY_SIZE)));
                }
            }
            List<Participant> closing = part.closingSigners();
            for (int i = 0; i < closing.size(); i += SIGNERS_PER_ROW) {
                lines.add(TextLine.boxes(closing.subList(i, Math.min(closing.size(), i + SIGNERS_PER_ROW))));
            }
            return lines;
        }

        private static List<List<TextLine>> paginate(List<TextLine> lines, float bodyBottom) {
            List<List<TextLine>> pages = new ArrayList<>();
            List<TextLine> page = new ArrayList<>();
            float y = TOP;
            for (TextLine line : lines) {
                if (y + line.pitch() > bodyBottom && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = TOP;
                }
                page.add(line);
                y += line.pitch();
            }
            pages.add(page);
            return pages;
        }

        private void drawBody(PdfCanvas canvas, PrintedDocument part, List<TextLine> lines) throws IOException {
            float y = TOP;
            for (TextLine line : lines) {
                if (!line.signers().isEmpty()) {
                    drawBoxRow(canvas, part, line.signers(), y);
                    y += line.pitch();
                    continue;
                }
                // the baseline sits so that the glyphs are centred in their line of the grid
                float baseline = y + line.pitch() / 2 + line.size() * 0.36f;
                canvas.text(line, LEFT, TEXT_WIDTH, baseline);
                y += line.pitch();
            }
        }

        /**
         * Court and case number on every page (the court in each language the document shows);
         * the seal's code and QR when sealed.
         */
        private void drawRunningHeader(PdfCanvas canvas, PageFrame frame) throws IOException {
            float baseline = TOP - 6 * MM;
            List<String> court = new ArrayList<>();
            if (text.language().showsTibetan() && head.courtBo() != null) {
                court.add(head.courtBo());
            }
            if (text.language().showsChinese() || head.courtBo() == null) {
                court.add(head.courtZh());
            }
            court.add(head.caseNumber());
            canvas.text(String.join("  ", court), LEFT, baseline, SMALL_SIZE);
            float right = frame.right();
            canvas.hline(LEFT, right, TOP - 4 * MM);
            if (qr != null) {
                float qrSize = PageGeometry.QR_SIZE;
                canvas.qr(qr, frame.qrLeft(), PageGeometry.QR_TOP, qrSize);
                List<String> code = text.lines("docs.sealCode", head.sealCode());
                // above the running header's line, left of the QR code
                float y = baseline - code.size() * 5 * MM;
                for (String line : code) {
                    canvas.text(new TextLine(line, SMALL_SIZE, TextLine.Align.RIGHT, 0), right - qrSize - 62 * MM,
                            60 * MM, y);
                    y += 5 * MM;
                }
            }
        }

        /** A signature box and a fingerprint box for each signer of the document, at the foot of every page. */
        private void drawSignatureBoxes(PdfCanvas canvas, PrintedDocument part, List<Participant> signers,
                float bodyBottom) throws IOException {
            for (int i = 0; i < signers.size(); i += SIGNERS_PER_ROW) {
                drawBoxRow(canvas, part, signers.subList(i, Math.min(signers.size(), i + SIGNERS_PER_ROW)),
                        bodyBottom + (i / SIGNERS_PER_ROW) * SIGNATURE_ROW);
            }
        }

        /** One row of up to three signers' boxes whose top is at {@code rowTop}. */
        private void drawBoxRow(PdfCanvas canvas, PrintedDocument part, List<Participant> signers, float rowTop)
                throws IOException {
            float cell = TEXT_WIDTH / SIGNERS_PER_ROW;
            boolean tibetanName = text.language() == DocumentLanguage.BO;
            for (int i = 0; i < signers.size(); i++) {
                Participant signer = signers.get(i);
                float x = LEFT + i * cell;
                float top = rowTop + 2 * MM;
                canvas.text(RecordContent.name(signer, tibetanName), x, top + SMALL_SIZE, SMALL_SIZE);
                float boxTop = top + 5 * MM;
                float boxH = 13 * MM;
                float signW = cell - 2 * MM - boxH - 2 * MM;
                canvas.rect(x, boxTop, signW, boxH);
                canvas.rect(x + signW + 2 * MM, boxTop, boxH, boxH);
                var signature = part.signatureOf(signer);
                if (signature.isPresent() && signature.get().kind() == SignatureKind.REFUSED) {
                    // a refusal is written where the signature would be (CPL 150), Tibetan above Chinese
                    float y = boxTop + 4 * MM;
                    for (String line : text.lines("docs.box.refused")) {
                        canvas.text(line, x + 1.5f * MM, y, 7f);
                        y += 3.8f * MM;
                    }
                } else if (signature.isPresent()) {
                    var image = images.of(signature.get());
                    if (image.isPresent()) {
                        boolean fingerprint = signature.get().kind() == SignatureKind.FINGERPRINT;
                        float ix = fingerprint ? x + signW + 2 * MM : x;
                        float iw = fingerprint ? boxH : signW;
                        // above the label line at the box's foot
                        canvas.image(image.get(), ix + 0.5f * MM, boxTop + 0.5f * MM, iw - MM, boxH - 4 * MM);
                    }
                }
                // the signature box's name inside its foot; the fingerprint box's above it (too narrow for both scripts)
                canvas.text(text.inline("docs.box.signature"), x + 1 * MM, boxTop + boxH - 1.2f * MM, 6.5f);
                canvas.text(new TextLine(text.inline("docs.box.fingerprint"), 6.5f, TextLine.Align.RIGHT, 0),
                        x + signW + 2 * MM, boxH, boxTop - 1 * MM);
            }
        }

        /** "第×页 共×页" centred, "— n —" at the outside edge, and which text is the original. */
        private void drawFooter(PdfCanvas canvas, PageFrame frame, PrintedDocument part, int page, int total)
                throws IOException {
            float baseline = frame.bottom() + 7 * MM + PageGeometry.PAGE_NUMBER_SIZE;
            float width = frame.textWidth();
            canvas.text(new TextLine(text.inline("docs.page.of", page, total), SMALL_SIZE, TextLine.Align.CENTER, 0),
                    LEFT, width, baseline);
            TextLine number = new TextLine(zh().get("docs.page.number", page), PageGeometry.PAGE_NUMBER_SIZE,
                    page % 2 == 1 ? TextLine.Align.RIGHT : TextLine.Align.LEFT, 0);
            canvas.text(number, LEFT, width, baseline);
            float y = baseline + 6 * MM;
            for (String line : part.footer()) {
                canvas.text(new TextLine(line, 8f, TextLine.Align.CENTER, 0), LEFT, width, y);
                y += 4.5f * MM;
            }
        }
    }

    /** The notes under the sketch: printed scale and fingerprint, one line each. */
    private static final float SKETCH_NOTE_SIZE = 8f;
    private static final float SKETCH_NOTE_PITCH = 4.5f * MM;
    private static final float SKETCH_NOTES = 2 * SKETCH_NOTE_PITCH + 1 * MM;
}
