package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.cli.CliRun;

/**
 * {@code record verify FILE.pdf} on PDFs rendered by {@code doc render} from the sealed demo
 * record: accepted as made; refused when a byte of the embedded record is changed, when the record
 * and its hash are both replaced (the QR and the store disagree), and a PDF that carries no record
 * or is no PDF is one line, exit 2.
 */
class PdfVerifyTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    private String recordId;
    private String sealCode;

    @BeforeEach
    void demoRecord() throws Exception {
        CliRun list = CliRun.run("record", "list", "(2026)青2224执218号", "--json", "--data-dir", dir.toString());
        JsonNode record = new ObjectMapper().readTree(list.out).get(0);
        recordId = record.path("id").asText();
        sealCode = record.path("seal_code").asText();
    }

    private Path render(String lang) {
        Path pdf = dir.resolve("record-" + lang + ".pdf");
        CliRun run = CliRun.run(EN, "doc", "render", recordId, "--out", pdf.toString(), "--lang", lang,
                "--data-dir", dir.toString());
        assertThat(run.exit).as(run.err).isZero();
        return pdf;
    }

    private CliRun verify(Path pdf) {
        return CliRun.run(EN, "record", "verify", pdf.toString(), "--data-dir", dir.toString());
    }

    @Test
    void aRenderedPdfIsAcceptedAgainstItsSealAndTheStore() {
        Path pdf = render("both");
        CliRun run = verify(pdf);
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("The PDF matches the sealed record: seal code " + sealCode + ", record " + recordId)
                .contains("It matches the seal in this computer’s database");
    }

    @Test
    void aPdfCheckedOnAnotherComputerUsesItsOwnSeal() {
        Path pdf = render("zh");
        Path elsewhere = dir.resolve("elsewhere");
        CliRun run = CliRun.run(EN, "record", "verify", pdf.toString(), "--data-dir", elsewhere.toString(),
                "--no-demo");
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("does not hold this record: checked against the seal embedded in the PDF only");
    }

    @Test
    void oneChangedByteOfTheEmbeddedRecordIsFoundAndNamed() throws Exception {
        Path pdf = render("zh");
        byte[] bytes = Files.readAllBytes(pdf);
        // the embedded file is stored as written: find the record's start time in it and change a minute
        byte[] key = "\"started_at\":\"".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, key);
        assertThat(at).as("the embedded record is in the file").isPositive();
        assertThat(indexOf(bytes, key, at + 1)).as("only once").isEqualTo(-1);
        int minuteDigit = at + key.length + "2026-12-04T02:0".length();
        bytes[minuteDigit] = (byte) (bytes[minuteDigit] == '5' ? '6' : '5');
        Path changed = dir.resolve("changed.pdf");
        Files.write(changed, bytes);
        CliRun run = verify(changed);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("The record embedded in the PDF does not match seal " + sealCode)
                .contains("the record was changed")
                // the store still has the sealed bytes: the field is named as the record screen names it
                .contains("The sealed record was changed: Started");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aForgedRecordWithItsOwnHashIsRefusedByTheQrAndTheStore() throws Exception {
        Path pdf = render("zh");
        Path forged = dir.resolve("forged.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PdfSeal.Contents contents = PdfSeal.read(doc, pdf);
            String other = contents.canonical().replace("刚察县沙柳河镇果洛藏贡麻村", "刚察县哈尔盖镇");
            assertThat(other).isNotEqualTo(contents.canonical());
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(other.getBytes(StandardCharsets.UTF_8)));
            // a forger who knows the format: the record, its hash and the info all made to agree
            PdfSeal.embed(doc, contents.recordId(), hash, other);
            doc.save(forged.toFile());
        }
        CliRun run = verify(forged);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("The QR code on page 1 does not match the seal embedded in the PDF")
                .contains("This computer’s database holds seal code " + sealCode + " for this record")
                .contains("not a PDF of this sealed record");
    }

    @Test
    void aDraftPdfOrAFileThatIsNoPdfIsOneLineExitTwo() throws Exception {
        Path text = dir.resolve("notes.pdf");
        Files.writeString(text, "not a pdf");
        CliRun notPdf = verify(text);
        assertThat(notPdf.exit).isEqualTo(2);
        assertThat(notPdf.err.strip()).isEqualTo("Cannot read the PDF file " + text);

        Path missing = dir.resolve("missing.pdf");
        CliRun none = verify(missing);
        assertThat(none.exit).isEqualTo(2);
        assertThat(none.err.strip()).isEqualTo("Cannot read the PDF file " + missing);

        Path plain = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        CliRun noRecord = verify(plain);
        assertThat(noRecord.exit).isEqualTo(2);
        assertThat(noRecord.err.strip()).isEqualTo(plain
                + " holds no embedded sealed record (not a sealed-record PDF made by LastMile)");
    }

    @Test
    void aPdfWhoseDrawnTextWasEditedButWhoseRecordWasKeptIsRefusedNamingTheChange() throws Exception {
        Path pdf = render("both");
        Path edited = dir.resolve("edited.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // a forger's edit: the place on page 1 drawn as 刚察县柳沙河镇… (two glyphs swapped in the
            // Chinese text), the embedded record, its seal and the QR codes left as they were
            assertThat(swapFirstTwoGlyphsOf(doc, doc.getPage(0), "沙柳")).as("the place is drawn on page 1").isTrue();
            doc.save(edited.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(edited.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("柳沙河镇");
        }
        CliRun run = verify(edited);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err.strip().lines()).hasSize(1);
        assertThat(run.err.strip()).startsWith("The text on page 1 is not the sealed record’s: the record has “")
                .contains("沙柳河镇").contains("the page shows “").contains("柳沙河镇");
    }

    @Test
    void aPdfWithoutTheWayItsPagesWereMadeIsNotAccepted() throws Exception {
        Path pdf = render("zh");
        Path stripped = dir.resolve("stripped.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentInformation().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.getPDFName(
                    PdfSeal.LANGUAGE_KEY));
            doc.save(stripped.toFile());
        }
        CliRun run = verify(stripped);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err.strip()).isEqualTo("The PDF does not say how its pages were made from the record, "
                + "so their text cannot be compared with the sealed record");
    }

    /**
     * Finds the first shown string on the page whose text contains {@code pair} (two characters) and
     * swaps their codes in the content stream; the page's glyphs stay those of its embedded font.
     */
    private static boolean swapFirstTwoGlyphsOf(PDDocument doc, org.apache.pdfbox.pdmodel.PDPage page, String pair)
            throws Exception {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        java.util.List<Object> tokens = parser.parse();
        org.apache.pdfbox.pdmodel.font.PDFont font = null;
        boolean done = false;
        for (int i = 0; i < tokens.size() && !done; i++) {
            if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                if (op.getName().equals("Tf")) {
                    font = page.getResources().getFont((org.apache.pdfbox.cos.COSName) tokens.get(i - 2));
                } else if (op.getName().equals("Tj") && font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font
                        && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSString string) {
                    byte[] codes = string.getBytes();
                    StringBuilder text = new StringBuilder();
                    for (int c = 0; c + 1 < codes.length; c += 2) {
                        text.append(font.toUnicode(((codes[c] & 0xff) << 8) | (codes[c + 1] & 0xff)));
                    }
                    int at = text.indexOf(pair);
                    if (at >= 0) {
                        byte[] swapped = codes.clone();
                        System.arraycopy(codes, 2 * at, swapped, 2 * at + 2, 2);
                        System.arraycopy(codes, 2 * at + 2, swapped, 2 * at, 2);
                        tokens.set(i - 1, new org.apache.pdfbox.cos.COSString(swapped));
                        done = true;
                    }
                }
            }
        }
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
        try (java.io.OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
            new org.apache.pdfbox.pdfwriter.ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
        return done;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
