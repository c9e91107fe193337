package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/** A draft renders from domain objects alone: watermark, no seal code, no QR. */
class DraftPdfTest {

    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2026-11-26T02:00:00Z");

    private static StoredRecord draft() {
        Participant officer = new Participant(UUID.randomUUID(), ParticipantRole.OFFICER, "更登", null, "6300001",
                SpokenLanguage.CHINESE, null, UUID.randomUUID(), true, null, null);
        Participant party = new Participant(UUID.randomUUID(), ParticipantRole.PARTY, "扎西", "བཀྲ་ཤིས་", null,
                SpokenLanguage.TIBETAN, UUID.randomUUID(), null, false, null, null);
        SiteRecord r = SiteRecord.start(UUID.randomUUID(), RecordType.ENFORCEMENT, SpokenLanguage.CHINESE, START,
                Place.named("刚察县哈尔盖镇")).edit()
                .participants(List.of(officer, party))
                .transcript(List.of(new TranscriptEntry(UUID.randomUUID(), party.id(), SpokenLanguage.TIBETAN,
                        "ང་ལ་ཁ་སྣོན་མེད།", "我没有补充。", null, START.plusSeconds(600))))
                .endedAt(START.plusSeconds(3600))
                .build();
        return new StoredRecord(r, false, null, null, 1);
    }

    @Test
    void aDraftCarriesTheWatermarkAndNoSealCodeOrQr() throws Exception {
        Path pdf = dir.resolve("draft.pdf");
        RecordPdf renderer = new RecordPdf(DocumentFonts.find(Optional.empty()), Messages.of(Language.CHINESE),
                Messages.of(Language.TIBETAN));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            renderer.render(new RecordDocument(draft(), "刚察县人民法院", null, "(2026)青2224执7号",
                    ZoneId.of("Asia/Shanghai")), DocumentLanguage.BOTH, out);
        }
        keepFor(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            // the watermark is set diagonally, so the extraction splits it across lines
            assertThat(text.replaceAll("\\s", "")).contains("草稿/draft");
            assertThat(text).contains("执行笔录").contains("第1页 共" + doc.getNumberOfPages() + "页")
                    .contains("我没有补充。").contains("二〇二六年十一月二十六日")
                    .doesNotContain("封存码");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            int[] px = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), px)));
            assertThatThrownBy(() -> new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    /** {@code -Ddocs.keep=DIR} keeps the PDF to look at (docs/img/ was made so). */
    static void keepFor(Path pdf) throws java.io.IOException {
        String keep = System.getProperty("docs.keep");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aMissingChineseFontIsNamedNotAStackTrace() {
        assertThatThrownBy(() -> DocumentFonts.find(Optional.of(dir.resolve("none.ttc"))))
                .isInstanceOf(LocalizedException.class)
                .satisfies(e -> assertThat(Messages.of(Language.ENGLISH).get((LocalizedException) e))
                        .startsWith("No Chinese TrueType font found (" + dir.resolve("none.ttc")));
    }

    @Test
    void chineseDatesAreWrittenInChineseNumerals() {
        assertThat(ChineseDate.of(java.time.LocalDate.of(2026, 11, 26))).isEqualTo("二〇二六年十一月二十六日");
        assertThat(ChineseDate.of(java.time.LocalDate.of(2030, 1, 10))).isEqualTo("二〇三〇年一月十日");
        assertThat(ChineseDate.of(java.time.LocalDate.of(2027, 10, 31))).isEqualTo("二〇二七年十月三十一日");
    }
}
