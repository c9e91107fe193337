package org.lastmile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.InterpreterInfo;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.SurveyDetails;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * Each record kind prints its own sections (documents.md, "Templates and their fields"), in
 * Chinese, in Tibetan and in both; the cash receipt writes the amount in capital numerals.
 * Rendered from domain objects as sealed (a draft's watermark would mix into the extracted text)
 * and read back with poppler.
 */
class DocumentKindsTest {

    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2026-11-26T02:00:00Z");
    private static final Participant OFFICER = new Participant(UUID.randomUUID(), ParticipantRole.OFFICER, "更登",
            "དགེ་འདུན", "6300001", SpokenLanguage.CHINESE, null, UUID.randomUUID(), true, null, null);
    private static final Participant OFFICER2 = new Participant(UUID.randomUUID(), ParticipantRole.OFFICER, "李卫东",
            null, "6300002", SpokenLanguage.CHINESE, null, UUID.randomUUID(), true, null, null);
    private static final Participant PARTY = new Participant(UUID.randomUUID(), ParticipantRole.PARTY, "扎西",
            "བཀྲ་ཤིས་", null, SpokenLanguage.TIBETAN, UUID.randomUUID(), null, false, null, null);
    private static final Participant INTERPRETER = new Participant(UUID.randomUUID(), ParticipantRole.INTERPRETER,
            "卓玛草", "སྒྲོལ་མ་མཚོ", null, SpokenLanguage.TIBETAN, null, null, true, null,
            new InterpreterInfo(SpokenLanguage.TIBETAN, SpokenLanguage.CHINESE, Map.of(), true));

    private static SiteRecord record(RecordType type, RecordDetails details) {
        SiteRecord.Builder b = SiteRecord.start(UUID.randomUUID(), type, SpokenLanguage.CHINESE, START,
                Place.named("刚察县哈尔盖镇")).edit()
                .participants(List.of(OFFICER, OFFICER2, PARTY, INTERPRETER))
                .endedAt(START.plusSeconds(3600));
        if (details != null) {
            b.details(details);
        }
        return b.build();
    }

    private String render(SiteRecord r, DocumentLanguage language) throws Exception {
        Path pdf = dir.resolve(r.type().name().toLowerCase() + "-" + language.name().toLowerCase() + ".pdf");
        RecordPdf renderer = new RecordPdf(DocumentFonts.find(Optional.empty()), Messages.of(Language.CHINESE),
                Messages.of(Language.TIBETAN));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            renderer.render(new RecordDocument(new StoredRecord(r, true, "ab".repeat(32), START, 2), "刚察县人民法院",
                    "རྐང་ཚ་རྫོང་མི་དམངས་ཁྲིམས་ཁང", "(2026)青2224执7号", ZoneId.of("Asia/Shanghai")), language, out);
        }
        DraftPdfTest.keepFor(pdf);
        // poppler reads the invisible Tibetan layer; lines wrap anywhere, so compare without white space
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return squeezed(text);
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s", "");
    }

    /** Asserts on text without white space, the expected strings squeezed the same way. */
    private static org.assertj.core.api.AbstractStringAssert<?> assertText(String text, String... expected) {
        var a = assertThat(text);
        for (String e : expected) {
            a.contains(squeezed(e));
        }
        return a;
    }

    @Test
    void aSurveyRecordPrintsItsSurveyorsProcessAndResult() throws Exception {
        SiteRecord r = record(RecordType.SURVEY, new RecordDetails.Survey(
                new SurveyDetails("县自然资源局张建华", "GNSS与钢尺联合测量四个界址点", "面积4400.02平方米")));
        String zh = render(r, DocumentLanguage.ZH);
        assertText(zh, "勘验笔录",
                "测量（勘验）人员：县自然资源局张建华",
                "勘验过程：GNSS与钢尺联合测量四个界址点",
                "勘验结果：面积4400.02平方米");
        String bo = render(r, DocumentLanguage.BO);
        // the labels in Tibetan (from the bundle), the values as the clerk wrote them
        assertText(bo, "ཞིབ་བཤེར་གྱི་བརྒྱུད་རིམ",
                "GNSS与钢尺联合测量四个界址点").doesNotContain("勘验过程");
    }

    @Test
    void aSeizurePrintsItsInventoryLineByLineWithTheTotal() throws Exception {
        SiteRecord r = record(RecordType.SEIZURE, new RecordDetails.Seizure(List.of(
                new InventoryLine(UUID.randomUUID(), "牦牛", InventoryLine.Sex.FEMALE, "3岁", "黑", "QH-0012", 4, "扎西"),
                new InventoryLine(UUID.randomUUID(), "藏系绵羊", InventoryLine.Sex.MIXED, "成年", null, null, 20,
                        "村委会"))));
        String zh = render(r, DocumentLanguage.ZH);
        assertText(zh, "查封扣押笔录",
                "1. 牦牛，母，3岁，黑，耳标 QH-0012，4 头，保管人 扎西",
                "2. 藏系绵羊，公母混合，成年，—，耳标 —，20 头，保管人 村委会",
                "共 2 项，24 头（只）。");
    }

    @Test
    void theInterpretersPledgeIsWrittenOutInBothLanguages() throws Exception {
        SiteRecord r = record(RecordType.INTERPRETER_PLEDGE, null);
        String both = render(r, DocumentLanguage.BOTH);
        assertText(both, "本人卓玛草，在(2026)青2224执7号一案中担任翻译人员，保证忠实、准确、完整地翻译",
                "ང་ སྒྲོལ་མ་མཚོ ནི་ (2026)青2224执7号 གྱོད་དོན་འདིའི་ཡིག་སྒྱུར་བ་ཡིན།",
                "翻译人员与在场当事人均无亲属或其他关系。");
    }

    @Test
    void aBodyCameraLogPrintsItsDeviceSpanAndFiles() throws Exception {
        String sha = "ab".repeat(32);
        SiteRecord r = record(RecordType.BODY_CAMERA_LOG, new RecordDetails.BodyCamera(new BodyCameraLog(
                "DSJ-V9 执法记录仪 0231", START, START.plusSeconds(3000), "更换电池")))
                .edit().attachments(List.of(new AttachmentRef(sha, AttachmentKind.BODY_CAMERA, "DSJ0001.MP4", 1 << 20,
                        "video/mp4", START, null, null, true, "/media/cam/DSJ0001.MP4"))).build();
        String zh = render(r, DocumentLanguage.ZH);
        assertText(zh, "设备：DSJ-V9 执法记录仪 0231",
                "开始录像：2026-11-26 10:00",
                "结束录像：2026-11-26 10:50",
                "中断原因：更换电池",
                "录像文件：",
                "DSJ0001.MP4  SHA-256 abababababababab");
    }

    @Test
    void cashCollectedOnSiteGetsAReceiptWithTheAmountInWords() throws Exception {
        SiteRecord r = record(RecordType.ENFORCEMENT, null).edit().cashCollected(new BigDecimal("3500.50")).build();
        String zh = render(r, DocumentLanguage.ZH);
        assertText(zh, "现场收取现金：3500.50 元（人民币叁仟伍佰元伍角整）。",
                "执行款收据",
                "金额（大写）：人民币叁仟伍佰元伍角整",
                "金额（小写）：¥3500.50",
                "收款执行人员（签名）：更登",
                "收款执行人员（签名）：李卫东");
        String bo = render(r, DocumentLanguage.BO);
        assertText(bo, "ལག་བསྟར་དངུལ་གྱི་བྱུང་འཛིན",
                "¥3500.50");
    }
}
