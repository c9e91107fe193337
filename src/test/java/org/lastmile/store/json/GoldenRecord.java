package org.lastmile.store.json;

import static org.lastmile.domain.record.RecordFixtures.APPLICANT;
import static org.lastmile.domain.record.RecordFixtures.OFFICER_1;
import static org.lastmile.domain.record.RecordFixtures.RESPONDENT;
import static org.lastmile.domain.record.RecordFixtures.START;
import static org.lastmile.domain.record.RecordFixtures.WITNESS;
import static org.lastmile.domain.record.RecordFixtures.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BodyCameraLog;
import org.lastmile.domain.record.BoundaryMarker;
import org.lastmile.domain.record.CarriedSections;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.SurveyDetails;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.domain.record.TranscriptEntry;

/**
 * The record of the golden files (src/test/resources/golden/README.md): a land hand-over on the
 * demo's farmland case with every kind of value a seal covers (Chinese, Tibetan, decimals written
 * with trailing zeros, whole-number doubles, Gauss-Krüger coordinates over 10⁷, tabs and line
 * breaks, strokes, a refusal). Its signatures carry the SHA-256 of the content as {@code sha256sum}
 * gave it for each form, so nothing here is computed by the code under test.
 */
final class GoldenRecord {

    static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    /** {@code printf 'LastMile golden photo\n'}, the attachment's bytes. */
    static final String PHOTO = "LastMile golden photo\n";
    /** {@code printf 'LastMile golden photo\n' | sha256sum}. */
    static final String PHOTO_SHA256 = "9c4abe692bc2f9cff0a5d999ff19180216523a4d57a670f736d9d27ae886a632";
    /** The strokes' RFC 8785 text {@code [[[12.5,40,0,0.75],[30,52.3,16,1],[47.1,40,33,0.5]]]}, through sha256sum. */
    static final String STROKES_SHA256 = "44bdcb2443b9e39a3e4be61c6a03cab8c4e346ab1e9cd6d1beb50325175ab5c2";

    private GoldenRecord() {
    }

    /** The record before anyone signed: what every signatory confirms. */
    static SiteRecord draft() {
        SiteRecord r = SiteRecord.start(id("golden-record"), FARMLAND, RecordType.LAND_HANDOVER, SpokenLanguage.CHINESE, START,
                        new Place("果洛藏贡麻村", 100.13451, 37.32215, 5.0))
                .edit()
                .participants(RecordFixtures.people())
                .transcript(List.of(
                        new TranscriptEntry(id("t1"), OFFICER_1, SpokenLanguage.CHINESE,
                                "现在宣布执行人员身份。\n请核对：\t证件编号见卷。", null, StandardStatement.IDENTITY,
                                START.plusSeconds(60)),
                        new TranscriptEntry(id("t2"), APPLICANT, SpokenLanguage.TIBETAN,
                                "ངས་ཞིང་ཁ་ལེན་ཆོག", "我同意接收耕地。", null, START.plusSeconds(300))))
                .agreement(new Agreement(List.of(new AgreementTerm(id("term"), ObligationKind.HAND_OVER_LAND,
                        "才让加将耕地交付扎西东珠", "ཚེ་རིང་རྒྱལ་གྱིས་ས་ཞིང་བཀྲ་ཤིས་དོན་གྲུབ་ལ་རྩིས་སྤྲོད་བྱེད།",
                        new BigDecimal("6.60"), LocalDate.of(2026, 11, 26), "现场", "当场交付", APPLICANT, List.of(),
                        "632224104201JA00037")), "再次占用的，依法处理。", null))
                .details(new RecordDetails.LandHandover(new LandDetails(false, "刚察法公告〔2026〕7号", LocalDate.of(2026, 11, 12),
                        RecordFixtures.land().parcel(), "GNSS与钢尺丈量", "GNSS接收机；50 m钢尺",
                        new BigDecimal("4400.00"),
                        List.of(new BoundaryMarker("J1", "水泥桩", 33600558.7583, 4132867.0561),
                                new BoundaryMarker("J2", "木桩", 33600700.0, 4132884.0)),
                        null, true, true, LocalDate.of(2027, 2, 24))))
                .cashCollected(new BigDecimal("500.00"))
                .attachments(List.of(new AttachmentRef(PHOTO_SHA256, AttachmentKind.PHOTO, "交付现场.jpg", PHOTO.length(),
                        "image/jpeg", START.plusSeconds(3600), 100.1345, 37.3221, false, null)))
                .endedAt(START.plusSeconds(7200))
                .build();
        // A land hand-over holding a seizure inventory: kept as a section of another kind.
        return new SiteRecord(r.id(), r.caseId(), r.language(), r.startedAt(), r.endedAt(), r.place(),
                r.participants(), r.transcript(), r.agreement(), r.details(), r.cashCollected(), r.attachments(),
                r.sketchSha256(), r.signatures(), r.amends(), new CarriedSections(List.of(new InventoryLine(id("sheep"),
                        "藏系绵羊", InventoryLine.Sex.FEMALE, "2岁", "白", "QH-0017", 12, "扎西东珠")), LandDetails.EMPTY,
                        SurveyDetails.EMPTY, BodyCameraLog.EMPTY));
    }

    /** The record with the officer's pad signature and the respondent's refusal over {@code contentSha256}. */
    static SiteRecord signed(String contentSha256) {
        Signature officer = new Signature(id("sig-officer"), OFFICER_1, SignatureKind.PAD, contentSha256,
                List.of(new Stroke(List.of(new StrokePoint(12.5, 40, 0, 0.75), new StrokePoint(30, 52.3, 16, 1),
                        new StrokePoint(47.1, 40, 33, 0.5)))),
                STROKES_SHA256, null, "工作证", "lastmile-test", "0.1.0", START.plusSeconds(6900),
                new Place(null, 100.13451, 37.32215, 3.0), SpokenLanguage.CHINESE, "以上笔录我已看过，与我说的相符。",
                null, null);
        Signature refusal = new Signature(id("sig-respondent"), RESPONDENT, SignatureKind.REFUSED, contentSha256,
                List.of(), null, null, null, null, null, START.plusSeconds(7000), null, null, null, "认为地界不公",
                WITNESS);
        return draft().edit().signatures(List.of(officer, refusal)).build();
    }
}
