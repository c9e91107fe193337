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
import org.lastmile.docs.SketchDocument;
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
        RecordDocument doc = document(stored, c);
        SketchDrawing sketch = sketchPage(stored, c, labels(chosen));
        if (sketch != null) {
            doc = doc.withSketch(sketch);
        }
        RecordDocument whole = doc;
        return write(out, os -> renderer(fonts).render(whole, chosen, os));
    }

    /**
     * Renders a case's site sketch on its own (the sketch screen's print): the stored sketch, with
     * the seal of the sealed record that holds it (a frozen sketch prints exactly what was sealed)
     * or, when none does, as a draft framed by the draft record that holds it, if any.
     *
     * @throws LocalizedException {@code sketch.error.none} when the case has no sketch,
     *     {@code docs.sketch.error.notSealed} when the sealed record does not hold the stored sketch
     */
    public int renderSketch(UUID caseId, Optional<DocumentLanguage> language, DocumentFonts fonts, Path out) {
        EnforcementCase c = store.cases().find(caseId)
                .orElseThrow(() -> new LocalizedException("sketch.error.none"));
        StoredSketch sketch = store.sketches().find(caseId)
                .orElseThrow(() -> new LocalizedException("sketch.error.none"));
        Optional<StoredRecord> holder = holder(sketch);
        if (sketch.frozen() && holder.isEmpty()) {
            throw new LocalizedException("docs.sketch.error.notSealed");
        }
        DocumentLanguage chosen = language.orElseGet(() -> holder.map(DocumentService::defaultLanguage)
                .orElse(DocumentLanguage.ZH));
        SketchDrawing drawing = drawing(sketch, c, holder.map(StoredRecord::record), labels(chosen));
        SketchDocument doc = new SketchDocument(c.number().court().nameZh(), c.number().court().nameBo(),
                c.number().toString(), drawing, holder.map(r -> document(r, c)).orElse(null));
        return write(out, os -> renderer(fonts).renderSketch(doc, chosen, os));
    }

    /** The languages a case's sketch opens in: as for the record that holds it; Chinese when none does. */
    public DocumentLanguage defaultSketchLanguage(UUID caseId) {
        return store.sketches().find(caseId).flatMap(this::holder).map(DocumentService::defaultLanguage)
                .orElse(DocumentLanguage.ZH);
    }

    /**
     * The record whose signers sign the sketch: the sealed record that froze it (only when it holds
     * this very sketch, by its SHA-256), else the latest draft of the case that holds it.
     */
    private Optional<StoredRecord> holder(StoredSketch sketch) {
        String sha = store.sketches().sha256(sketch.sketch());
        if (sketch.frozen()) {
            return store.records().find(sketch.frozenBy().get())
                    .filter(r -> r.sealed() && sha.equals(r.record().sketchSha256()));
        }
        return store.records().byCase(sketch.sketch().caseId()).stream()
                .filter(r -> !r.sealed() && sha.equals(r.record().sketchSha256()))
                .reduce((first, later) -> later);
    }

    private RecordDocument document(StoredRecord stored, EnforcementCase c) {
        return new RecordDocument(stored, c.number().court().nameZh(), c.number().court().nameBo(),
                c.number().toString(), store.zone(), images(stored), c,
                store.records().sealedBytes(stored.record().id()).orElse(null), null);
    }

    private static Messages labels(DocumentLanguage language) {
        return Messages.of(language == DocumentLanguage.BO ? Language.TIBETAN : Language.CHINESE);
    }

    @FunctionalInterface
    private interface Writing {
        int write(OutputStream out) throws IOException;
    }

    /** Writes beside {@code out} first and moves the file into place: a failure leaves no half-written file. */
    private static int write(Path out, Writing writing) {
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            int pages = writing.write(os);
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
        return sketch.map(s -> drawing(s, c, Optional.of(stored.record()), labels)).orElse(null);
    }

    /** The stored sketch laid out as {@code sketch export} lays it out, its title block naming the holder's signers. */
    private SketchDrawing drawing(StoredSketch sketch, EnforcementCase c,
            Optional<org.lastmile.domain.record.SiteRecord> holder, Messages labels) {
        org.lastmile.domain.sketch.SketchResult calculated = new SketchCalculator().calculate(sketch.sketch());
        Drawing drawing = new SketchLayout(labels).layout(calculated,
                SketchTitles.of(c, sketch.sketch(), holder, labels, store.zone()));
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
        return page.on(new SketchSheet(drawing.widthMm(), drawing.heightMm(), SketchLayout.scaleFor(calculated)),
                store.sketches().sha256(sketch.sketch()));
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
