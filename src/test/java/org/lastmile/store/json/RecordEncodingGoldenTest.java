package org.lastmile.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.BoundaryMarker;
import org.lastmile.domain.record.CarriedSections;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.domain.record.SurveyDetails;
import org.lastmile.domain.record.TranscriptEntry;

/**
 * The bytes a seal depends on. {@code record verify} re-encodes stored records to check their
 * signatures, so the record codec must write, for every record ever stored, exactly the bytes it
 * wrote when the record was signed. The golden files under {@code golden/records-before-details/}
 * were written by the codec as it was before records had one details type per kind (commit
 * 4461663, when {@code SiteRecord} still held the land, survey, body-camera and inventory sections
 * of every kind); their hashes in {@code SHA256SUMS} were computed with the {@code sha256sum}
 * command, not by the project. The demo record is the one {@code store.demo} seeds (its transcript
 * and signature ids are random, so it is pinned as stored bytes, like the amendment); the others
 * are built below with fixed ids and must still encode to their file.
 */
class RecordEncodingGoldenTest {

    private static final String FOLDER = "/golden/records-before-details/";
    private static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    private final RecordCodec codec = new RecordCodec(CanonicalJson.legacy());

    /** Records built by hand today, one per kind, and the file holding the bytes they had. */
    static Map<String, Supplier<SiteRecord>> handBuilt() {
        Map<String, Supplier<SiteRecord>> records = new LinkedHashMap<>();
        records.put("enforcement.json", () -> signed(withPeople(start("enforcement", RecordType.ENFORCEMENT))
                .edit().transcript(transcript()).agreement(payment()).cashCollected(new BigDecimal("1200.50"))
                .attachments(List.of(photo())).endedAt(START.plusSeconds(3600)).build()));
        records.put("settlement.json", () -> withPeople(start("settlement", RecordType.SETTLEMENT))
                .edit().agreement(payment()).build());
        records.put("land-handover.json", () -> signed(withPeople(start("land", RecordType.LAND_HANDOVER))
                .edit().details(new RecordDetails.LandHandover(land())).sketchSha256("d".repeat(64)).endedAt(START.plusSeconds(7200)).build()));
        records.put("land-handover-new.json", () -> start("land-new", RecordType.LAND_HANDOVER).edit()
                .details(new RecordDetails.LandHandover(new LandDetails(false, null, null,
                        RecordFixtures.land().parcel(), null, null, null, List.of(), null, false, false, null)))
                .build());
        records.put("survey.json", () -> withPeople(start("survey", RecordType.SURVEY)).edit()
                .details(new RecordDetails.Survey(new SurveyDetails("张建华", "GNSS RTK 与钢尺复核", "四至与登记一致")))
                .build());
        records.put("seizure.json", () -> signed(withPeople(start("seizure", RecordType.SEIZURE)).edit()
                .details(new RecordDetails.Seizure(List.of(
                        new InventoryLine(id("line-1"), "牦牛", InventoryLine.Sex.FEMALE, "3 岁", "黑", "QH-0042", 12,
                                "才让加"),
                        new InventoryLine(id("line-2"), "藏羊", InventoryLine.Sex.MIXED, null, null, null, 40, null))))
                .build()));
        records.put("interpreter-pledge.json", () -> withPeople(start("pledge", RecordType.INTERPRETER_PLEDGE)));
        records.put("body-camera.json", () -> start("camera", RecordType.BODY_CAMERA_LOG).edit()
                .details(new RecordDetails.BodyCamera(
                        new BodyCameraLog("DSJ-V7 No. 0815", START, START.plusSeconds(5400), "电池更换")))
                .attachments(List.of(new AttachmentRef("e".repeat(64), AttachmentKind.BODY_CAMERA, "DSJ0815.mp4",
                        734_003_200L, "video/mp4", START, null, null, true, "/media/camera/DSJ0815.mp4")))
                .build());
        records.put("empty-enforcement.json", () -> start("empty", RecordType.ENFORCEMENT));
        return records;
    }

    @Test
    void theGoldenFilesAreTheBytesSha256sumHashed() throws IOException {
        List<String> lines = new String(golden("SHA256SUMS"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(14);
        for (String line : lines) {
            String[] hashAndName = line.split(" [ *]", 2);
            assertThat(sha256(golden(hashAndName[1]))).as(hashAndName[1]).isEqualTo(hashAndName[0]);
        }
    }

    @Test
    void aRecordOfEachKindIsWrittenAsBeforeEmptySectionsIncluded() throws IOException {
        for (var e : handBuilt().entrySet()) {
            assertThat(codec.write(e.getValue().get())).as(e.getKey()).isEqualTo(text(e.getKey()));
        }
        assertThat(codec.content(handBuilt().get("land-handover.json").get()))
                .isEqualTo(text("land-handover.content.json"));
    }

    @Test
    void everyStoredRecordReadsBackToTheBytesItWasSignedWith() throws IOException {
        for (String name : List.of("enforcement", "settlement", "land-handover", "land-handover-new", "survey",
                "seizure", "interpreter-pledge", "body-camera", "empty-enforcement", "amendment", "mixed-sections",
                "demo-handover-sealed")) {
            String stored = text(name + ".json");
            assertThat(codec.write(codec.read(stored))).as(name).isEqualTo(stored);
        }
        assertThat(codec.content(codec.read(text("demo-handover-sealed.json"))))
                .isEqualTo(text("demo-handover-sealed.content.json"));
    }

    @Test
    void aRecordHoldingTheSectionsOfOtherKindsKeepsThemThroughAReadAndAWrite() throws IOException {
        // No screen makes such a record (each shows only its kind's section), but the type before
        // details types could hold one, and what the signatories confirmed must stay as it was.
        String stored = text("mixed-sections.json");
        assertThat(stored).contains("\"area_m2\":4400.02", "\"surveyor\":\"张建华\"", "\"device\":\"DSJ-V7\"",
                "\"species\":\"马\"");
        SiteRecord read = codec.read(stored);
        assertThat(read.details()).isEqualTo(new RecordDetails.Enforcement());
        assertThat(read.carried().land().areaM2()).isEqualByComparingTo("4400.02");
        assertThat(read.carried().survey().surveyor()).isEqualTo("张建华");
        assertThat(read.carried().bodyCamera().device()).isEqualTo("DSJ-V7");
        assertThat(read.carried().inventory()).extracting(InventoryLine::species).containsExactly("马");
        assertThat(codec.write(read)).isEqualTo(stored);
    }

    @Test
    void aRecordReadsIntoTheDetailsOfItsKindAndCarriesNothingElse() throws IOException {
        SiteRecord land = codec.read(text("land-handover.json"));
        assertThat(land.details(RecordDetails.LandHandover.class)).get()
                .satisfies(h -> assertThat(h.land().areaM2()).isEqualByComparingTo("4400.02"));
        assertThat(land.carried()).isEqualTo(CarriedSections.NONE);
        assertThat(codec.read(text("seizure.json")).details(RecordDetails.Seizure.class)).get()
                .satisfies(s -> assertThat(s.inventory()).extracting(InventoryLine::count).containsExactly(12, 40));
        assertThat(codec.read(text("body-camera.json")).details()).isInstanceOf(RecordDetails.BodyCamera.class);
        assertThat(codec.read(text("interpreter-pledge.json")).details())
                .isEqualTo(new RecordDetails.InterpreterPledge());
    }

    private static SiteRecord start(String name, RecordType type) {
        return SiteRecord.start(id(name), id("case"), type, SpokenLanguage.CHINESE, START,
                new Place("刚察县沙柳河镇果洛藏贡麻村", 100.1209, 37.3215, 2.5));
    }

    private static SiteRecord withPeople(SiteRecord r) {
        return r.edit().participants(RecordFixtures.people()).build();
    }

    private static List<TranscriptEntry> transcript() {
        return List.of(
                new TranscriptEntry(id("t1"), RecordFixtures.OFFICER_1, SpokenLanguage.CHINESE, "告知权利义务。",
                        "ཐོབ་ཐང་དང་འགན་འཁྲི་བརྡ་སྦྱོར།", StandardStatement.RIGHTS_AND_DUTIES, START.plusSeconds(60)),
                new TranscriptEntry(id("t2"), RecordFixtures.RESPONDENT, SpokenLanguage.TIBETAN,
                        "ང་ཡང་ཕྱིར་འཐེན་ཞུ་རྒྱུ་མེད།", "我也不申请回避。", null, START.plusSeconds(120)));
    }

    private static Agreement payment() {
        return new Agreement(List.of(new AgreementTerm(id("term"), ObligationKind.HAND_OVER_LAND, "交付耕地6.6亩",
                "ས་ཞིང་མུའུ་6.6", new BigDecimal("6.60"), LocalDate.of(2026, 12, 1), "果洛藏贡麻村", "现场指界",
                RecordFixtures.APPLICANT, List.of(new InventoryLine(id("term-line"), "牦牛", InventoryLine.Sex.MALE,
                        "成年", null, null, 2, "扎西东珠")), "632224104201JA00037")), "违约的，恢复执行。", null);
    }

    private static LandDetails land() {
        LandDetails l = RecordFixtures.land();
        return new LandDetails(true, l.noticeNumber(), l.noticeDeadline(),
                new LandParcel("果洛藏贡麻村", "632224104201JA00037", "村道", null, "沙柳河灌渠", "才让加承包地"),
                l.method(), l.instrument(), l.areaM2(), List.of(
                        new BoundaryMarker("J1", "混凝土界桩", 599318.412, 4131882.305),
                        new BoundaryMarker("J2", null, 599403.765, 4131890.1)),
                "青稞茬地", true, false, LocalDate.of(2026, 12, 22));
    }

    private static AttachmentRef photo() {
        return new AttachmentRef("a".repeat(64), AttachmentKind.PHOTO, "marker-j1.jpg", 183_204, "image/jpeg",
                START.plusSeconds(900), 100.1209, 37.3215, false, null);
    }

    /** Deterministic signatures: a pad signature with strokes, a refusal before a witness, the rest confirmed. */
    private static SiteRecord signed(SiteRecord r) {
        String content = "c".repeat(64);
        List<Signature> signatures = new java.util.ArrayList<>();
        int n = 0;
        for (Participant p : r.participants()) {
            n++;
            Instant at = START.plusSeconds(7000 + n);
            if (p.id().equals(RecordFixtures.RESPONDENT)) {
                signatures.add(new Signature(id("sig-" + n), p.id(), SignatureKind.REFUSED, content, List.of(), null,
                        null, "居民身份证", null, null, at, r.place(), SpokenLanguage.TIBETAN, null, "认为地界不公",
                        RecordFixtures.WITNESS));
            } else if (p.role() == ParticipantRole.OFFICER) {
                signatures.add(new Signature(id("sig-" + n), p.id(), SignatureKind.PAD, content,
                        List.of(new Stroke(List.of(new StrokePoint(1.5, 2.25, 0, 0.5), new StrokePoint(3, 4, 16, 0.75)))),
                        "b".repeat(64), "f".repeat(64), "工作证", "pad 360×120", "1.0", at, null,
                        SpokenLanguage.CHINESE, "以上笔录我已看过，与我说的相符。", null, null));
            } else {
                signatures.add(new Signature(id("sig-" + n), p.id(), SignatureKind.PAD, content, List.of(), null, null,
                        null, null, null, at, null, p.language(), "confirmed", null, null));
            }
        }
        return r.edit().signatures(signatures).build();
    }

    private static UUID id(String name) {
        return RecordFixtures.id(name);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static String text(String name) throws IOException {
        return new String(golden(name), StandardCharsets.UTF_8);
    }

    static byte[] golden(String name) throws IOException {
        try (InputStream in = RecordEncodingGoldenTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
