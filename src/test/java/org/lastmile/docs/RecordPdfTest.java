package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.cli.CliRun;

/**
 * Renders the sealed demo record through the command line into a real PDF, then reads it back
 * with poppler ({@code pdftotext}, {@code pdftoppm}), PDFBox's text extraction and ZXing's QR decoder.
 */
class RecordPdfTest {

    private static final Map<String, String> EN = Map.of("LASTMILE_LANG", "en");

    @TempDir
    Path dir;

    private String recordId;
    private String sealSha256;
    private String sealCode;

    @BeforeEach
    void demoRecord() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        CliRun list = CliRun.run("record", "list", "(2026)青2224执218号", "--json", "--data-dir", dir.toString());
        JsonNode record = mapper.readTree(list.out).get(0);
        recordId = record.path("id").asText();
        sealSha256 = record.path("seal_sha256").asText();
        sealCode = record.path("seal_code").asText();
        assertThat(record.path("state").asText()).isEqualTo("sealed");
    }

    private Path render(String lang) {
        return render(recordId, lang);
    }

    private Path render(String ref, String lang) {
        Path pdf = dir.resolve("record-" + lang + ".pdf");
        CliRun run = CliRun.run(EN, "doc", "render", ref, "--out", pdf.toString(), "--lang", lang,
                "--data-dir", dir.toString());
        assertThat(run.err).isEmpty();
        assertThat(run.exit).isZero();
        return pdf;
    }

    /** Runs a tool (poppler's), its output and errors as one text; fails unless it exits 0 within a minute. */
    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void pdftotextGetsTheChineseBackWithPageNumbersOnEveryPage() throws Exception {
        Path pdf = render("both");
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        String[] pages = text.split("\f");
        List<String> nonEmpty = new ArrayList<>();
        for (String page : pages) {
            if (!page.isBlank()) {
                nonEmpty.add(page);
            }
        }
        // each document (record, agreement, service receipts) numbers its own pages
        int page = 0;
        int total = 0;
        int documents = 0;
        java.util.regex.Pattern of = java.util.regex.Pattern.compile("第(\\d+)页 共(\\d+)页");
        for (String p : nonEmpty) {
            java.util.regex.Matcher m = of.matcher(p);
            assertThat(m.find()).as(p).isTrue();
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (page == total) {
                assertThat(k).isEqualTo(1);
                documents++;
            } else {
                assertThat(k).isEqualTo(page + 1);
                assertThat(n).isEqualTo(total);
            }
            page = k;
            total = n;
            assertThat(p).contains("(2026)青2224执218号");
            assertThat(p).contains("封存码 " + sealCode);
            assertThat(p).contains("签名").contains("指印");
            // the Tibetan box labels beside the Chinese ones in the bilingual document
            assertThat(p).contains("མིང་རྟགས").contains("མཛུབ་རིས");
        }
        assertThat(page).isEqualTo(total);
        // the record, the site sketch it holds, the settlement agreement, a service receipt for each
        // of the two parties
        assertThat(documents).isEqualTo(5);
        int recordPages = Integer.parseInt(of.matcher(nonEmpty.get(0)).results().findFirst().orElseThrow().group(2));
        for (String p : nonEmpty.subList(0, recordPages)) {
            // 才让加 refused: the refusal stands in his box on every page of the record
            assertThat(p).contains("拒绝签名");
        }
        assertThat(text).contains("土地交付（腾退）笔录");
        // the closing sentence the read-back confirms, as documents.md gives it
        assertThat(text.replaceAll("\\s", "")).contains("以上笔录已由翻译人员用藏语向我宣读，与我说的相符。");
        // the date in Chinese numerals
        assertThat(text).containsPattern("二〇[一二三四五六七八九〇]{2}年");
    }

    @Test
    void theCapturedSignatureImageIsInItsBoxOnEveryPage() throws Exception {
        Path pdf = render("zh");
        // pdfimages -list: one line per image drawn, the page number first
        String list = run("pdfimages", "-list", pdf.toString());
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        // the record's and the agreement's pages carry the pad signature; the service receipts are signed on paper
        String text = run("pdftotext", pdf.toString(), "-");
        String[] texts = text.split("\f");
        java.util.regex.Matcher of = java.util.regex.Pattern.compile("第1页 共(\\d+)页").matcher(texts[0]);
        assertThat(of.find()).isTrue();
        int recordPages = Integer.parseInt(of.group(1));
        for (int p = 1; p <= pages; p++) {
            String page = String.valueOf(p);
            // the parties' boxes on every page (才让加 refused: one image); on the record's last page also the
            // boxes of the seven others present, who all signed on the pad
            long expected = texts[p - 1].contains("送达回证") ? 0 : p == recordPages ? 1 + 7 : 1;
            assertThat(list.lines().skip(2).map(String::strip).filter(l -> l.split("\\s+")[0].equals(page))
                    .filter(l -> l.contains(" image ")).count()).as("images on page %d", p).isEqualTo(expected);
        }
    }

    @Test
    void theTibetanDocumentHasTibetanHeadersLabelsAndPageNumbers() throws Exception {
        Path pdf = render("bo");
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        for (String page : text.split("\f")) {
            if (page.isBlank()) {
                continue;
            }
            // the court in the running header, the box labels, the page line and the seal code, in Tibetan
            assertThat(page).contains("ཀང་ཚ་རྫོང་མི་དམངས་ཁྲིམས་ཁང").contains("མིང་རྟགས").contains("མཛུབ་རིས")
                    .contains("ཤོག་ངོས").contains("ཐེལ་ཨང་ " + sealCode.substring(0, 4));
            assertThat(page).doesNotContain("刚察县人民法院").doesNotContain("封存码").doesNotContain("指印")
                    .doesNotContain("第1页");
        }
        String squeezed = text.replaceAll("\\s", "");
        // the agreement and the service receipt by their Tibetan names; the land section's labels
        assertThat(squeezed).contains("ལག་བསྟར་ཁ་འདུམ་གྲོས་མཐུན").contains("ཡིག་ཆ་སྤྲོད་ལེན་གྱི་ལན་འཛིན")
                .contains("ས་མཚམས་ཕྱོགས་བཞི");
    }

    @Test
    void theLandHandOverPrintsItsLandAgreementAndServiceReceipts() throws Exception {
        String text = run("pdftotext", render("zh").toString(), "-").replaceAll("\\s", "");
        assertThat(text).contains("公告文号：刚察法公告〔").contains("四至：北至").contains("J3混凝土界桩X（东）599428.103Y（北）4131860.286")
                .contains("面积：4400平方米（6.60亩）").contains("申请执行人确认：已接收上述土地。")
                .contains("执行和解协议").contains("申请执行人：扎西东珠").contains("被执行人：才让加")
                .contains("一方当事人不履行或者不完全履行本协议的，申请执行人可以申请恢复执行原生效法律文书")
                .contains("送达回证").contains("案由：").contains("受送达人：扎西东珠").contains("受送达人：才让加")
                .contains("1.土地交付（腾退）笔录（一份）").contains("2.执行和解协议（一份）");
    }

    @Test
    void theTibetanComesBackFromTheInvisibleTextLayer() throws Exception {
        Path pdf = render("both");
        String text = run("pdftotext", pdf.toString(), "-");
        // the Tibetan name of the document type and of the participant role, from the bundle
        assertThat(text).contains("ས་ཞིང་རྩིས་སྤྲོད་ཟིན་ཐོ");
        assertThat(text).contains("གྱོད་ཡ");
    }

    @Test
    void everyPageCarriesTheQrCodeThatDecodesToTheSeal() throws Exception {
        // found by its seal code, written in lower case without the dash
        Path pdf = render(sealCode.toLowerCase(java.util.Locale.ROOT).replace("-", ""), "zh");
        run("pdftoppm", "-r", "150", "-png", pdf.toString(), dir.resolve("page").toString());
        File[] images = dir.toFile().listFiles((d, n) -> n.startsWith("page") && n.endsWith(".png"));
        int pageCount;
        List<Float> widths = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageCount = doc.getNumberOfPages();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                widths.add(page.getMediaBox().getWidth());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            java.util.regex.Matcher first = java.util.regex.Pattern.compile("第1页 共(\\d+)页").matcher(stripper.getText(doc));
            assertThat(first.find()).isTrue();
            int recordPages = Integer.parseInt(first.group(1));
            for (int p = 1; p <= pageCount; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                // the record's pages, then the agreement's and the receipts', each numbered on its own
                assertThat(stripper.getText(doc)).containsPattern(p <= recordPages ? "第" + p + "页 共" + recordPages + "页"
                        : "第\\d+页 共\\d+页");
            }
        }
        assertThat(images).hasSize(pageCount);
        // pdftoppm names the pages page-01.png … in order
        java.util.Arrays.sort(images);
        String seal = "LASTMILE-SEAL:1:" + recordId + ":" + sealSha256;
        for (int p = 0; p < pageCount; p++) {
            // read at its documented place, not searched for: ZXing's search misses some random seals (QrOnPage)
            assertThat(QrOnPage.read(ImageIO.read(images[p]), widths.get(p), 150, seal)).as("the QR code on page %d", p + 1)
                    .isEqualTo(seal);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        // (the last case also finds the record by its seal code before failing to write)
        Path pdf = dir.resolve("x.pdf");
        CliRun noRecord = CliRun.run(EN, "doc", "render", "ZZZZ-ZZZZ", "--out", pdf.toString(),
                "--data-dir", dir.toString());
        assertThat(noRecord.exit).isEqualTo(2);
        assertThat(noRecord.err.strip()).isEqualTo("No record has the seal code ZZZZ-ZZZZ");
        CliRun badLang = CliRun.run(EN, "doc", "render", recordId, "--out", pdf.toString(), "--lang", "fr",
                "--data-dir", dir.toString());
        assertThat(badLang.exit).isEqualTo(2);
        assertThat(badLang.err.strip()).isEqualTo("--lang must be zh, bo or both, not \"fr\"");
        Path nowhere = dir.resolve("no-such-folder").resolve("x.pdf");
        CliRun unwritable = CliRun.run(EN, "doc", "render", sealCode, "--out", nowhere.toString(),
                "--data-dir", dir.toString());
        assertThat(unwritable.exit).isEqualTo(2);
        assertThat(unwritable.err.strip()).isEqualTo("Cannot write " + nowhere);
        assertThat(pdf).doesNotExist();
    }
}
