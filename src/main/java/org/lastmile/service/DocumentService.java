package org.lastmile.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.docs.DocumentFonts;
import org.lastmile.docs.DocumentLanguage;
import org.lastmile.docs.RecordDocument;
import org.lastmile.docs.RecordPdf;
import org.lastmile.docs.SketchDrawing;
import org.lastmile.docs.SketchSheet;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.Drawing;
import org.lastmile.sketch.PngWriter;
import org.lastmile.sketch.SketchLayout;
import org.lastmile.store.open.Store;
import org.lastmile.store.sketch.StoredSketch;

/**
 * A record's printed document (the record, its agreement, receipts and, when it holds one, the
 * site sketch page) rendered from the store to a PDF file: one way for the command line
 * ({@code doc render}) and the record screen's print and preview.
 */
public final class DocumentService {

    private final Store store;
    /** Kept between renders: it holds the parsed Chinese face (see {@link RecordPdf}). */
    private RecordPdf renderer;

    public DocumentService(Store store) {
        this.store = store;
    }

    /** The renderer for these fonts, the same one as last time when the fonts are the same files. */
    private synchronized RecordPdf renderer(DocumentFonts fonts) {
        if (renderer == null || !renderer.fonts().cjkFile().equals(fonts.cjkFile())
                || !renderer.fonts().cjkFontName().equals(fonts.cjkFontName())) {
            renderer = new RecordPdf(fonts, Messages.of(Language.CHINESE), Messages.of(Language.TIBETAN));
        }
        return renderer;
    }

    /**
     * Renders a stored record to {@code out}, written beside it first and moved into place, so that
     * a failure leaves no half-written file.
     *
     * @param language the document's languages, or empty for {@link #defaultLanguage}
     * @return the number of pages
     */
    public int renderRecord(UUID recordId, Optional<DocumentLanguage> language, DocumentFonts fonts, Path out) {
        StoredRecord stored = store.records().find(recordId)
                .orElseThrow(() -> new LocalizedException("cli.doc.error.record", recordId));
        EnforcementCase c = store.cases().find(stored.record().caseId())
                .orElseThrow(() -> new LocalizedException("cli.doc.error.record", recordId));
        DocumentLanguage chosen = language.orElseGet(() -> defaultLanguage(stored));
        Messages zh = Messages.of(Language.CHINESE);
        Messages bo = Messages.of(Language.TIBETAN);
        RecordDocument doc = new RecordDocument(stored, c.number().court().nameZh(), c.number().court().nameBo(),
                c.number().toString(), store.zone(), images(stored), c,
                store.records().sealedBytes(recordId).orElse(null), null);
        SketchDrawing sketch = sketchPage(stored, c, chosen == DocumentLanguage.BO ? bo : zh);
        if (sketch != null) {
            doc = doc.withSketch(sketch);
        }
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            int pages = renderer(fonts).render(doc, chosen, os);
            os.close();
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            return pages;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new LocalizedException(e, "cli.doc.error.write", out);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** {@link #defaultLanguage(StoredRecord)} of a stored record; Chinese for one that is not there. */
    public DocumentLanguage defaultLanguage(UUID recordId) {
        return store.records().find(recordId).map(DocumentService::defaultLanguage).orElse(DocumentLanguage.ZH);
    }

    /** Both languages when anyone present speaks Tibetan, else Chinese. */
    public static DocumentLanguage defaultLanguage(StoredRecord stored) {
        boolean tibetan = stored.record().participants().stream()
                .anyMatch(p -> p.language() == SpokenLanguage.TIBETAN);
        return tibetan ? DocumentLanguage.BOTH : DocumentLanguage.ZH;
    }

    /** The sketch page when the record holds the case's sketch (by the hash in its seal), else null. */
    private SketchDrawing sketchPage(StoredRecord stored, EnforcementCase c, Messages labels) {
        String held = stored.record().sketchSha256();
        if (held == null) {
            return null;
        }
        Optional<StoredSketch> sketch = store.sketches().find(c.id())
                .filter(s -> held.equals(store.sketches().sha256(s.sketch())));
        if (sketch.isEmpty()) {
            return null;
        }
        org.lastmile.domain.sketch.SketchResult calculated = new SketchCalculator().calculate(sketch.get().sketch());
        Drawing drawing = new SketchLayout(labels).layout(calculated,
                SketchTitles.of(c, sketch.get().sketch(), Optional.of(stored.record()), labels, store.zone()));
        PngWriter writer = new PngWriter();
        SketchDrawing page = (g, width, height) -> {
            // A landscape sheet on a portrait block is turned a quarter counter-clockwise (its top
            // toward the binding, as printed landscape pages are), so that it fills the page
            // instead of its top third.
            boolean turn = SketchSheet.turned(drawing.widthMm(), drawing.heightMm(), width, height);
            // the drawing's millimetres scaled to fit, keeping its proportions
            double k = SketchSheet.fit(drawing.widthMm(), drawing.heightMm(), width, height);
            if (turn) {
                g.translate(0, drawing.widthMm() * k);
                g.rotate(-Math.PI / 2);
            }
            g.scale(k, k);
            writer.draw(g, drawing);
        };
        return page.on(new SketchSheet(drawing.widthMm(), drawing.heightMm(), SketchLayout.scaleFor(calculated)));
    }

    /** The signature images and fingerprint photos the store holds, by SHA-256. */
    private Map<String, byte[]> images(StoredRecord stored) {
        Map<String, byte[]> images = new HashMap<>();
        for (var s : stored.record().signatures()) {
            if (s.imageSha256() != null && store.blobs().exists(s.imageSha256())) {
                try {
                    images.put(s.imageSha256(), Files.readAllBytes(store.blobs().path(s.imageSha256())));
                } catch (IOException e) {
                    throw new LocalizedException(e, "blob.error.read", s.imageSha256());
                }
            }
        }
        return images;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next render to replace
        }
    }
}
