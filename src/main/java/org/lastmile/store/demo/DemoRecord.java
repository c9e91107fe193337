package org.lastmile.store.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.BoundaryMarker;
import org.lastmile.domain.record.InterpreterInfo;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.Hashes;
import org.lastmile.store.blobs.BlobStore;
import org.lastmile.store.records.RecordRepository;
import org.lastmile.store.records.SignatureImage;

/**
 * The finished record of the demo: the land hand-over of the Gangcha farmland case (6.6 mu), with
 * two officers, the clerk, both parties (Tibetan-speaking), an interpreter with her pledge, the
 * village committee's representative, a justice-office witness and the land bureau's surveyor;
 * transcript in Tibetan with Chinese translations; the agreement; photos; signatures and one
 * refusal. Built when the demo is seeded, because its dates (and so its hashes) follow the day.
 */
public final class DemoRecord {

    /** Pad size of the demo signatures, in pad units. */
    static final int PAD_WIDTH = 360;
    static final int PAD_HEIGHT = 120;

    private final RecordRepository records;
    private final BlobStore blobs;
    private final ZoneId zone;
    private final Messages zh = Messages.of(Language.CHINESE);
    private final Messages bo = Messages.of(Language.TIBETAN);

    public DemoRecord(RecordRepository records, BlobStore blobs, ZoneId zone) {
        this.records = records;
        this.blobs = blobs;
        this.zone = zone;
    }

    /** The draft with everything but the signatures; {@link #sign} adds them. */
    public SiteRecord draft(EnforcementCase farmland, Map<String, UUID> officers, LocalDate today) {
        return draft(farmland, officers, today, null, null);
    }

    /**
     * The draft holding the demo site sketch: the area handed over and the markers are the sketch's
     * (the 6.6-mu part, its corners as adjusted and its new stones as placed), and the record carries
     * the sketch's SHA-256.
     */
    public SiteRecord draft(EnforcementCase farmland, Map<String, UUID> officers, LocalDate today,
            org.lastmile.domain.sketch.SiteSketch sketch, String sketchSha256) {
        Instant start = today.minusDays(2).atTime(10, 0).atZone(zone).toInstant();
        Party applicant = farmland.parties(PartyRole.APPLICANT).get(0);
        Party respondent = farmland.parties(PartyRole.RESPONDENT).get(0);
        Participant gendun = officer(officers.get("gendun"), "更登", "དགེ་འདུན་", ParticipantRole.OFFICER);
        Participant li = officer(officers.get("lidong"), "李卫东", null, ParticipantRole.OFFICER);
        Participant clerk = officer(officers.get("wanghai"), "王海", "ཝང་ཧའེ་", ParticipantRole.CLERK);
        Participant tashi = party(applicant);
        Participant tsering = party(respondent);
        Participant committee = person(ParticipantRole.COMMITTEE_REPRESENTATIVE, "桑杰", "སངས་རྒྱས་",
                "632224197003030313", SpokenLanguage.TIBETAN);
        Participant justice = person(ParticipantRole.JUSTICE_OFFICE_STAFF, "马丽", null, "632224198806060623",
                SpokenLanguage.CHINESE);
        Participant surveyor = person(ParticipantRole.SURVEYOR, "张建华", null, "630102198102020417",
                SpokenLanguage.CHINESE);
        Participant interpreter = new Participant(UUID.nameUUIDFromBytes("demo-interpreter".getBytes()),
                ParticipantRole.INTERPRETER, "卓玛草", "སྒྲོལ་མ་མཚོ་", "632224199101010426", SpokenLanguage.TIBETAN,
                null, null, true, null, new InterpreterInfo(SpokenLanguage.TIBETAN, SpokenLanguage.CHINESE,
                        Map.of(tashi.id(), Relationship.NONE, tsering.id(), Relationship.NONE), true));
        List<Participant> people = List.of(gendun, li, clerk, tashi, tsering, interpreter, committee, justice, surveyor);

        String court = farmland.number().court().nameZh();
        String courtBo = farmland.number().court().nameBo();
        String number = farmland.number().toString();
        List<TranscriptEntry> transcript = new ArrayList<>();
        Instant[] clock = {start.plusSeconds(120)};
        java.util.function.Consumer<TranscriptEntry> say = transcript::add;
        say.accept(new TranscriptEntry(UUID.randomUUID(), gendun.id(), SpokenLanguage.CHINESE,
                zh.get(StandardStatement.IDENTITY.messageKey(), court, "更登、李卫东", "王海", number),
                bo.get(StandardStatement.IDENTITY.messageKey(), courtBo, "དགེ་འདུན་དང་ལི་ཝེ་ཏུང་", "ཝང་ཧའེ་", number),
                StandardStatement.IDENTITY, next(clock)));
        say.accept(statement(gendun, StandardStatement.RECORDING_NOTICE, clock));
        say.accept(statement(gendun, StandardStatement.RIGHTS_AND_DUTIES, clock));
        say.accept(statement(gendun, StandardStatement.RECUSAL_QUESTION, clock));
        say.accept(entry(tashi, "ང་ལ་ཕྱིར་འཐེན་ཞུ་རྒྱུ་མེད།", "我不申请回避。", clock));
        say.accept(entry(tsering, "ང་ཡང་ཕྱིར་འཐེན་ཞུ་རྒྱུ་མེད།", "我也不申请回避。", clock));
        say.accept(new TranscriptEntry(UUID.randomUUID(), gendun.id(), SpokenLanguage.CHINESE,
                "根据" + farmland.title().documentNumber() + "民事裁定书，今天现场交付沙柳河镇果洛藏贡麻村耕地6.6亩。"
                        + "县自然资源局测量人员已用GNSS和钢尺联合测量并埋设界桩J1至J4，双方对测量结果和现场草图有无异议？",
                "ཁྲིམས་ཐག་ཡིག་ཆ་" + farmland.title().documentNumber() + "ལྟར། དེ་རིང་ས་ཐོག་ཏུ་ས་ཞིང་མུའུ་6.6རྩིས་སྤྲོད་བྱེད། "
                        + "ས་ཆའི་ཐོན་ཁུངས་ཅུས་ཀྱི་ཚད་འཇལ་བས་ས་མཚམས་རྟགས་ J1 ནས་ J4 བར་བཙུགས་ཟིན། ཚད་འཇལ་འབྲས་བུ་དང་ས་བཀྲར་ལ་དགག་བརྗོད་ཡོད་དམ།",
                null, next(clock)));
        say.accept(entry(tashi, "ས་ཞིང་གི་ས་མཚམས་དང་ཚད་འཇལ་གྱི་འབྲས་བུར་ང་མོས་མཐུན་ཡིན། ས་ཞིང་ལེན་རྒྱུ་ཡིན།",
                "我对地界和测量结果没有异议，同意接收土地。", clock));
        say.accept(entry(tsering, "ས་ཞིང་ཕྱིར་སྤྲོད་ཆོག་ཀྱང་། ས་མཚམས་འདི་དྲང་པོ་མ་རེད་བསམས་ནས་ཟིན་ཐོ་ལ་མིང་རྟགས་འགོད་མི་འདོད།",
                "地可以交，但我认为这条地界不公平，不愿在笔录上签字。", clock));
        say.accept(new TranscriptEntry(UUID.randomUUID(), gendun.id(), SpokenLanguage.CHINESE,
                "现在警告被执行人才让加：土地交付后六个月内再次占用的，构成妨害执行，法院将依法处以罚款、拘留。",
                "ད་ལྟ་ཚེ་རིང་རྒྱལ་ལ་ཉེན་བརྡ་བྱེད་རྒྱུར། ས་ཞིང་རྩིས་སྤྲོད་རྗེས་ཟླ་བ་དྲུག་གི་ནང་སླར་ཡང་བཙན་འཛུལ་བྱས་ན་ལག་བསྟར་ལ་བར་ཆད་བཟོས་པར་བརྩི་ཞིང་ཆད་དངུལ་དང་བཙོན་འཇུག་བྱ་རྒྱུ་ཡིན།",
                null, next(clock)));
        say.accept(statement(gendun, StandardStatement.CLOSING_QUESTION, clock));
        say.accept(entry(tashi, "ཁ་སྣོན་བྱ་རྒྱུ་མེད།", "没有补充。", clock));
        say.accept(statement(gendun, StandardStatement.READ_BACK, clock));

        AgreementTerm handover = new AgreementTerm(UUID.randomUUID(), ObligationKind.HAND_OVER_LAND,
                "才让加将沙柳河镇果洛藏贡麻村耕地6.6亩（地块编号632224104201JA00037）当场交付扎西东珠",
                "ཚེ་རིང་རྒྱལ་གྱིས་ས་ཞིང་མུའུ་6.6ས་ཐོག་ཏུ་བཀྲ་ཤིས་དོན་གྲུབ་ལ་རྩིས་སྤྲོད་བྱེད།", new BigDecimal("6.6"),
                today.minusDays(2), "刚察县沙柳河镇果洛藏贡麻村", "现场指界交付，埋设混凝土界桩J1至J4",
                tashi.id(), List.of(), "632224104201JA00037");
        Agreement agreement = new Agreement(List.of(handover),
                "才让加交付后再次占用该地的，构成妨害执行，法院依法处以罚款、拘留，并恢复执行。",
                "ཚེ་རིང་རྒྱལ་གྱིས་རྩིས་སྤྲོད་རྗེས་སླར་ཡང་ས་ཞིང་བཙན་འཛུལ་བྱས་ན། ཁྲིམས་ཁང་གིས་ཆད་དངུལ་དང་བཙོན་འཇུག་བྱས་ཏེ་ལག་བསྟར་སླར་གསོ་བྱེད།");
        LandDetails land = new LandDetails(false, "刚察法公告〔" + today.getYear() + "〕7号", today.minusDays(12),
                farmland.obligations().get(0).parcel(), "GNSS与钢尺丈量联合平差", "华测i50 GNSS接收机；50 m钢尺",
                sketch == null ? new BigDecimal("4400.02") : DemoSketch.partArea(sketch),
                sketch == null ? List.of(
                        new BoundaryMarker("J1", "混凝土界桩", 599318.412, 4131882.305),
                        new BoundaryMarker("J2", "混凝土界桩", 599403.765, 4131890.117),
                        new BoundaryMarker("J3", "混凝土界桩", 599409.902, 4131838.551),
                        new BoundaryMarker("J4", "混凝土界桩", 599324.220, 4131830.036))
                        : DemoSketch.partMarkers(sketch),
                "青稞收割后的茬地，无建筑物、无青苗", true, true, today.plusDays(28));
        List<AttachmentRef> photos = List.of(photo("handover-marker-j1.jpg"), photo("handover-field.jpg"));
        return SiteRecord.start(recordId(farmland), farmland.id(), RecordType.LAND_HANDOVER, SpokenLanguage.CHINESE, start,
                        new Place("刚察县沙柳河镇果洛藏贡麻村", 100.1209, 37.3215, 2.5))
                .edit().participants(people).transcript(transcript).agreement(agreement).details(new RecordDetails.LandHandover(land))
                .attachments(photos).endedAt(start.plusSeconds(2 * 3600 + 40 * 60)).sketchSha256(sketchSha256).build();
    }

    /**
     * Everyone signs on the pad after the read-back, except the respondent, who refuses before the
     * justice-office witness.
     */
    public SiteRecord sign(SiteRecord draft) {
        String content = records.contentSha256(draft);
        List<Signature> signatures = new ArrayList<>();
        Participant witness = draft.participants(ParticipantRole.JUSTICE_OFFICE_STAFF).get(0);
        Instant at = draft.endedAt().minusSeconds(600);
        for (Participant p : draft.participants()) {
            at = at.plusSeconds(45);
            boolean respondent = p.role() == ParticipantRole.PARTY && p.partyId() != null
                    && p.nameZh() != null && p.nameZh().equals("才让加");
            if (respondent) {
                signatures.add(new Signature(UUID.randomUUID(), p.id(), SignatureKind.REFUSED, content, List.of(), null,
                        null, "居民身份证", null, null, at, draft.place(), SpokenLanguage.TIBETAN, null,
                        "认为地界不公平，拒绝签字（ས་མཚམས་དྲང་པོ་མ་རེད་བསམས་ནས་མིང་རྟགས་འགོད་མི་འདོད།）", witness.id()));
                continue;
            }
            List<Stroke> strokes = DemoStrokes.of(p.displayName());
            String image = blobs.put(new ByteArrayInputStream(SignatureImage.png(strokes, PAD_WIDTH, PAD_HEIGHT))).sha256();
            SpokenLanguage readBack = p.language();
            String confirmation = confirmation(p, draft);
            signatures.add(new Signature(UUID.randomUUID(), p.id(), SignatureKind.PAD, content, strokes,
                    Hashes.sha256(records.codec().strokesText(strokes)), image,
                    p.role().isOfficer() || p.role() == ParticipantRole.CLERK ? "工作证" : "居民身份证",
                    "demo signature pad 360×120", "demo", at, draft.place(), readBack, confirmation, null, null));
        }
        return draft.edit().signatures(signatures).build();
    }

    /** The demo record's identity: fixed per case, so that seeding twice finds it. */
    public static UUID recordId(EnforcementCase farmland) {
        return UUID.nameUUIDFromBytes(("demo-record-" + farmland.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String confirmation(Participant p, SiteRecord r) {
        boolean interpreted = p.language() != r.language();
        Messages m = p.language() == SpokenLanguage.TIBETAN ? bo : zh;
        return m.get(interpreted ? "signature.confirm.interpreted" : "signature.confirm.read");
    }

    private AttachmentRef photo(String name) {
        try (InputStream in = DemoRecord.class.getResourceAsStream("/demo/photos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo photo " + name);
            }
            BlobStore.Stored stored = blobs.put(in);
            return new AttachmentRef(stored.sha256(), AttachmentKind.PHOTO, name, stored.size(), "image/jpeg", null,
                    null, null, false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TranscriptEntry statement(Participant speaker, StandardStatement statement, Instant[] clock) {
        return new TranscriptEntry(UUID.randomUUID(), speaker.id(), SpokenLanguage.CHINESE,
                zh.get(statement.messageKey()), bo.get(statement.messageKey()), statement, next(clock));
    }

    private static TranscriptEntry entry(Participant speaker, String tibetan, String chinese, Instant[] clock) {
        return new TranscriptEntry(UUID.randomUUID(), speaker.id(), SpokenLanguage.TIBETAN, tibetan, chinese, null,
                next(clock));
    }

    private static Instant next(Instant[] clock) {
        clock[0] = clock[0].plusSeconds(90);
        return clock[0];
    }

    private static Participant officer(UUID id, String zh, String bo, ParticipantRole role) {
        return new Participant(UUID.nameUUIDFromBytes(("demo-" + id).getBytes()), role, zh, bo, null,
                SpokenLanguage.CHINESE, null, id, true, null, null);
    }

    private static Participant party(Party p) {
        return new Participant(UUID.nameUUIDFromBytes(("demo-" + p.id()).getBytes()), ParticipantRole.PARTY,
                p.nameZh(), p.nameBo(), p.idNumber(), p.language(), p.id(), null, true, null, null);
    }

    private static Participant person(ParticipantRole role, String zh, String bo, String id, SpokenLanguage language) {
        return new Participant(UUID.nameUUIDFromBytes(("demo-" + role + zh).getBytes()), role, zh, bo, id, language,
                null, null, true, null, null);
    }
}
