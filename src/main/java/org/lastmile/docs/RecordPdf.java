package org.lastmile.docs;

import static org.lastmile.docs.PageGeometry.BODY_SIZE;
import static org.lastmile.docs.PageGeometry.BOTTOM;
import static org.lastmile.docs.PageGeometry.LEFT;
import static org.lastmile.docs.PageGeometry.MM;
import static org.lastmile.docs.PageGeometry.RIGHT;
import static org.lastmile.docs.PageGeometry.SIGNATURE_ROW;
import static org.lastmile.docs.PageGeometry.SIGNERS_PER_ROW;
import static org.lastmile.docs.PageGeometry.SMALL_SIZE;
import static org.lastmile.docs.PageGeometry.TEXT_WIDTH;
import static org.lastmile.docs.PageGeometry.TOP;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.seal.SealCode;
import org.lastmile.i18n.Messages;

/**
 * Renders an on-site record (笔录) as a PDF on the GB/T 9704 page: the court's header, the body
 * on the 29 pt grid, on every page the running header with the case number, the seal code and QR
 * (sealed) or the draft watermark, the signature and fingerprint boxes of the persons questioned
 * and "第×页 共×页"; on the last page the confirmation sentence and everyone's signature.
 */
public final class RecordPdf {

    private final DocumentFonts fonts;
    private final Messages zh;
    private final Messages bo;

    public RecordPdf(DocumentFonts fonts, Messages zh, Messages bo) {
        this.fonts = fonts;
        this.zh = zh;
        this.bo = bo;
    }

    /** Writes the PDF; returns the number of pages. */
    public int render(RecordDocument doc, DocumentLanguage language, OutputStream out) throws IOException {
        try (TrueTypeCollection collection = new TrueTypeCollection(fonts.cjkFile().toFile());
                PDDocument pdf = new PDDocument()) {
            TrueTypeFont cjkFont = collection.getFontByName(fonts.cjkFontName());
            if (cjkFont == null) {
                throw new org.lastmile.common.LocalizedException("docs.error.cjkFontMissing", fonts.cjkFile());
            }
            PDFont cjk = PDType0Font.load(pdf, cjkFont, true);
            // LastMile Uchen forbids subsetting (fsType 0x0100): the invisible layer embeds it whole
            PDFont tibetan = PDType0Font.load(pdf, new ByteArrayInputStream(fonts.tibetanBytes()), false);
            TextMeasure measure = new TextMeasure(cjk, fonts.tibetan());
            RecordContent content = new RecordContent(doc, language, zh, bo);
            SignatureImages images = new SignatureImages(pdf, doc);

            List<Participant> signers = content.everyPageSigners();
            int rows = Math.max(1, (signers.size() + SIGNERS_PER_ROW - 1) / SIGNERS_PER_ROW);
            float bodyBottom = BOTTOM - rows * SIGNATURE_ROW;
            List<List<TextLine>> pages = paginate(lines(content, measure), bodyBottom);

            BitMatrix qr = doc.sealed() ? qr(SealCode.qrPayload(doc.stored().record().id().toString(),
                    doc.stored().sealSha256())) : null;
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PdfCanvas canvas = new PdfCanvas(pdf, page, cjk, tibetan, measure)) {
                    drawBody(canvas, pages.get(i));
                    drawRunningHeader(canvas, doc, qr);
                    drawSignatureBoxes(canvas, content, signers, images, bodyBottom);
                    drawFooter(canvas, content, i + 1, pages.size());
                    if (!doc.sealed()) {
                        canvas.watermark(zh.get("docs.watermark.draft"));
                    }
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(zh.get(doc.stored().record().type().messageKey()) + " " + doc.caseNumber());
            info.setSubject(doc.sealed() ? SealCode.qrPayload(doc.stored().record().id().toString(),
                    doc.stored().sealSha256()) : zh.get("docs.watermark.draft"));
            info.setCreator("LastMile");
            pdf.save(out);
            return pages.size();
        }
    }

    private List<TextLine> lines(RecordContent content, TextMeasure measure) {
        List<TextLine> lines = new ArrayList<>(content.title());
        lines.add(TextLine.blank());
        addParagraphs(lines, content.body(), measure);
        lines.add(TextLine.blank());
        addParagraphs(lines, content.closing(), measure);
        addParagraphs(lines, content.signatures(), measure);
        return lines;
    }

    private static void addParagraphs(List<TextLine> lines, List<String> paragraphs, TextMeasure measure) {
        for (String paragraph : paragraphs) {
            for (String line : measure.wrap(paragraph, BODY_SIZE, TEXT_WIDTH)) {
                lines.add(new TextLine(line, BODY_SIZE, TextLine.Align.LEFT, measure.pitch(line, BODY_SIZE)));
            }
        }
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

    private static void drawBody(PdfCanvas canvas, List<TextLine> lines) throws IOException {
        float y = TOP;
        for (TextLine line : lines) {
            // the baseline sits so that the glyphs are centred in their line of the grid
            float baseline = y + line.pitch() / 2 + line.size() * 0.36f;
            canvas.text(line, LEFT, TEXT_WIDTH, baseline);
            y += line.pitch();
        }
    }

    /** Court and case number on every page; the seal's code and QR when sealed. */
    private void drawRunningHeader(PdfCanvas canvas, RecordDocument doc, BitMatrix qr) throws IOException {
        float baseline = TOP - 6 * MM;
        canvas.text(doc.courtZh() + "  " + doc.caseNumber(), LEFT, baseline, SMALL_SIZE);
        canvas.hline(LEFT, RIGHT, TOP - 4 * MM);
        if (qr != null) {
            float qrSize = PageGeometry.QR_SIZE;
            canvas.qr(qr, RIGHT - qrSize, PageGeometry.QR_TOP, qrSize);
            String code = zh.get("docs.sealCode", doc.stored().sealCode());
            canvas.text(new TextLine(code, SMALL_SIZE, TextLine.Align.RIGHT, 0), RIGHT - qrSize - 60 * MM,
                    60 * MM - 2 * MM, baseline);
        }
    }

    /** A signature box and a fingerprint box for each person questioned, at the foot of every page. */
    private void drawSignatureBoxes(PdfCanvas canvas, RecordContent content, List<Participant> signers,
            SignatureImages images, float bodyBottom) throws IOException {
        float cell = TEXT_WIDTH / SIGNERS_PER_ROW;
        Messages m = content.boxLabelsInTibetan() ? bo : zh;
        for (int i = 0; i < signers.size(); i++) {
            float x = LEFT + (i % SIGNERS_PER_ROW) * cell;
            float top = bodyBottom + (i / SIGNERS_PER_ROW) * SIGNATURE_ROW + 2 * MM;
            canvas.text(content.boxLabel(signers.get(i)), x, top + SMALL_SIZE, SMALL_SIZE);
            float boxTop = top + 5 * MM;
            float boxH = 13 * MM;
            float signW = cell - 2 * MM - boxH - 2 * MM;
            canvas.rect(x, boxTop, signW, boxH);
            canvas.rect(x + signW + 2 * MM, boxTop, boxH, boxH);
            Participant signer = signers.get(i);
            var signature = content.signatureOf(signer);
            if (signature.isPresent() && signature.get().kind() == org.lastmile.domain.record.SignatureKind.REFUSED) {
                // a refusal is written where the signature would be (CPL 150)
                canvas.text(m.get("docs.box.refused"), x + 2 * MM, boxTop + boxH / 2 + 1 * MM, 9f);
            } else if (signature.isPresent()) {
                var image = images.of(signature.get());
                if (image.isPresent()) {
                    boolean fingerprint = signature.get().kind() == org.lastmile.domain.record.SignatureKind.FINGERPRINT;
                    float ix = fingerprint ? x + signW + 2 * MM : x;
                    float iw = fingerprint ? boxH : signW;
                    canvas.image(image.get(), ix + 0.5f * MM, boxTop + 0.5f * MM, iw - MM, boxH - 3 * MM);
                }
            }
            canvas.text(m.get("docs.box.signature"), x + 1 * MM, boxTop + boxH - 1.5f * MM, 7f);
            canvas.text(m.get("docs.box.fingerprint"), x + signW + 3 * MM, boxTop + boxH - 1.5f * MM, 7f);
        }
    }

    /** "第×页 共×页" centred, "— n —" at the outside edge, and which text is the original. */
    private void drawFooter(PdfCanvas canvas, RecordContent content, int page, int total) throws IOException {
        float baseline = BOTTOM + 7 * MM + PageGeometry.PAGE_NUMBER_SIZE;
        canvas.text(new TextLine(zh.get("docs.page.of", page, total), SMALL_SIZE, TextLine.Align.CENTER, 0),
                LEFT, TEXT_WIDTH, baseline);
        TextLine number = new TextLine(zh.get("docs.page.number", page), PageGeometry.PAGE_NUMBER_SIZE,
                page % 2 == 1 ? TextLine.Align.RIGHT : TextLine.Align.LEFT, 0);
        canvas.text(number, LEFT, TEXT_WIDTH, baseline);
        float y = baseline + 6 * MM;
        for (String line : content.footer()) {
            canvas.text(new TextLine(line, 8f, TextLine.Align.CENTER, 0), LEFT, TEXT_WIDTH, y);
            y += 4.5f * MM;
        }
    }

    private static BitMatrix qr(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("the seal does not fit a QR code", e);
        }
    }
}
