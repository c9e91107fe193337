package org.lastmile.docs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.lastmile.common.LocalizedException;

/**
 * The sealed record carried inside its PDF: the exact canonical bytes the store hashed, as an
 * embedded file {@value #FILE_NAME} (readers list it as an attachment), and the seal and record id
 * in the document information, so that {@code record verify FILE.pdf} needs no database.
 */
public final class PdfSeal {

    static final String FILE_NAME = "lastmile-record.json";
    static final String SEAL_KEY = "LastMileSeal";
    static final String RECORD_KEY = "LastMileRecord";
    static final String LANGUAGE_KEY = "LastMileLanguage";
    static final String ZONE_KEY = "LastMileZone";
    static final String CASE_NUMBER_KEY = "LastMileCaseNumber";
    static final String COURT_ZH_KEY = "LastMileCourtZh";
    static final String COURT_BO_KEY = "LastMileCourtBo";
    /** Which document the PDF is: absent for a record's PDF, {@value #SKETCH} for the sketch printed alone. */
    static final String DOCUMENT_KEY = "LastMileDocument";
    static final String SKETCH = "sketch";
    /** The SHA-256 of the sketch a sketch PDF draws. */
    static final String SKETCH_KEY = "LastMileSketch";

    /**
     * What a PDF says it is a rendering of.
     *
     * @param recordId the record's id as the PDF names it
     * @param sealSha256 the seal as the PDF names it
     * @param canonical the embedded record, as UTF-8 text
     */
    public record Contents(String recordId, String sealSha256, String canonical) {
    }

    /**
     * How the pages were made from the record: what the record itself does not carry (the
     * document's languages, the time zone its times are printed in, the case's number and court),
     * so that {@link PdfTextCheck} can make the record's text again without a database. Not part
     * of the seal: they only choose how the sealed content is written out.
     */
    public record RenderedAs(DocumentLanguage language, java.time.ZoneId zone, String caseNumber, String courtZh,
            String courtBo) {
    }

    private PdfSeal() {
    }

    static void describe(PDDocument pdf, RecordDocument doc, DocumentLanguage language) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCustomMetadataValue(LANGUAGE_KEY, language.name().toLowerCase(java.util.Locale.ROOT));
        info.setCustomMetadataValue(ZONE_KEY, doc.zone().getId());
        info.setCustomMetadataValue(CASE_NUMBER_KEY, doc.caseNumber());
        info.setCustomMetadataValue(COURT_ZH_KEY, doc.courtZh());
        if (doc.courtBo() != null) {
            info.setCustomMetadataValue(COURT_BO_KEY, doc.courtBo());
        }
    }

    /** How the pages were made, or empty for a PDF made before LastMile wrote it down. */
    public static java.util.Optional<RenderedAs> renderedAs(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        var language = DocumentLanguage.parse(info.getCustomMetadataValue(LANGUAGE_KEY));
        String zone = info.getCustomMetadataValue(ZONE_KEY);
        String number = info.getCustomMetadataValue(CASE_NUMBER_KEY);
        String court = info.getCustomMetadataValue(COURT_ZH_KEY);
        if (language.isEmpty() || zone == null || number == null || court == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new RenderedAs(language.get(), java.time.ZoneId.of(zone), number, court,
                    info.getCustomMetadataValue(COURT_BO_KEY)));
        } catch (java.time.DateTimeException badZone) {
            return java.util.Optional.empty();
        }
    }

    static void embed(PDDocument pdf, String recordId, String seal, String canonical) throws IOException {
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(bytes));
        file.setSubtype("application/json");
        file.setSize(bytes.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("LastMile sealed record " + recordId + ", SHA-256 " + seal);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCustomMetadataValue(SEAL_KEY, seal);
        info.setCustomMetadataValue(RECORD_KEY, recordId);
    }

    /**
     * The record a PDF carries.
     *
     * @throws LocalizedException {@code docs.verify.error.notPdf} for a file PDFBox cannot read,
     *     {@code docs.verify.error.noRecord} for a PDF without an embedded sealed record
     */
    public static Contents read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return read(pdf, file);
        } catch (IOException e) {
            throw new LocalizedException(e, "docs.verify.error.notPdf", file);
        }
    }

    static Contents read(PDDocument pdf, Path file) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String seal = info.getCustomMetadataValue(SEAL_KEY);
        String id = info.getCustomMetadataValue(RECORD_KEY);
        PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> files = tree == null ? null : tree.getNames();
        PDComplexFileSpecification spec = files == null ? null : files.get(FILE_NAME);
        if (seal == null || id == null || spec == null || spec.getEmbeddedFile() == null) {
            throw new LocalizedException("docs.verify.error.noRecord", file);
        }
        return new Contents(id, seal, new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
    }
}
