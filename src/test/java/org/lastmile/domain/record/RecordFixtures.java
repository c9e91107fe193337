package org.lastmile.domain.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.SpokenLanguage;

/** A land hand-over record that meets every rule, and ways to break it. */
public final class RecordFixtures {

    public static final Instant START = Instant.parse("2026-11-24T02:00:00Z");
    public static final String CONTENT = "c".repeat(64);

    public static final UUID OFFICER_1 = id("officer-1");
    public static final UUID OFFICER_2 = id("officer-2");
    public static final UUID APPLICANT = id("applicant");
    public static final UUID RESPONDENT = id("respondent");
    public static final UUID INTERPRETER = id("interpreter");
    public static final UUID COMMITTEE = id("committee");
    public static final UUID WITNESS = id("witness");

    private RecordFixtures() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Participant person(UUID id, ParticipantRole role, String zh, String bo, SpokenLanguage language) {
        return new Participant(id, role, zh, bo, null, language, null, null, true, null, null);
    }

    public static Participant interpreter(Relationship toApplicant, Relationship toRespondent, boolean pledged) {
        return new Participant(INTERPRETER, ParticipantRole.INTERPRETER, "卓玛草", "སྒྲོལ་མ་མཚོ་", null,
                SpokenLanguage.TIBETAN, null, null, true, null,
                new InterpreterInfo(SpokenLanguage.TIBETAN, SpokenLanguage.CHINESE,
                        Map.of(APPLICANT, toApplicant, RESPONDENT, toRespondent), pledged));
    }

    /** Everyone present for a land hand-over, with an interpreter for the Tibetan-speaking parties. */
    public static List<Participant> people() {
        return List.of(
                person(OFFICER_1, ParticipantRole.OFFICER, "更登", "དགེ་འདུན་", SpokenLanguage.CHINESE),
                person(OFFICER_2, ParticipantRole.OFFICER, "李卫东", null, SpokenLanguage.CHINESE),
                person(APPLICANT, ParticipantRole.PARTY, "扎西东珠", "བཀྲ་ཤིས་དོན་གྲུབ་", SpokenLanguage.TIBETAN),
                person(RESPONDENT, ParticipantRole.PARTY, "才让加", "ཚེ་རིང་རྒྱལ་", SpokenLanguage.TIBETAN),
                interpreter(Relationship.NONE, Relationship.NONE, true),
                person(COMMITTEE, ParticipantRole.COMMITTEE_REPRESENTATIVE, "桑杰", "སངས་རྒྱས་", SpokenLanguage.TIBETAN),
                person(WITNESS, ParticipantRole.JUSTICE_OFFICE_STAFF, "马丽", null, SpokenLanguage.CHINESE));
    }

    public static LandDetails land() {
        return new LandDetails(false, "刚察法公告〔2026〕7号", LocalDate.of(2026, 11, 12),
                new LandParcel("果洛藏贡麻村", "632224104201JA00037", "村道", "尕藏卓玛承包地", "沙柳河灌渠", "才让加承包地"),
                "GNSS与钢尺丈量", "GNSS接收机；50 m钢尺", new BigDecimal("4400.02"), List.of(), null, true, true, null);
    }

    /** The land of a hand-over record (fails the test for a record of another kind). */
    public static LandDetails landOf(SiteRecord r) {
        return r.details(RecordDetails.LandHandover.class).orElseThrow().land();
    }

    /** A complete, signed land hand-over (one refusal), meeting every rule. */
    public static SiteRecord handover() {
        SiteRecord draft = SiteRecord.start(id("record"), id("case"), RecordType.LAND_HANDOVER, SpokenLanguage.CHINESE,
                        START, Place.named("果洛藏贡麻村"))
                .edit().participants(people()).details(new RecordDetails.LandHandover(land())).endedAt(START.plusSeconds(7200)).build();
        return signedByAll(draft, CONTENT);
    }

    /** Every participant signs the given content; the respondent refuses before the witness. */
    public static SiteRecord signedByAll(SiteRecord r, String content) {
        List<Signature> signatures = new ArrayList<>();
        for (Participant p : r.participants()) {
            if (p.id().equals(RESPONDENT)) {
                signatures.add(refusal(p.id(), content, "认为地界不公", WITNESS));
            } else {
                signatures.add(pad(p, content));
            }
        }
        return r.edit().signatures(signatures).build();
    }

    public static Signature pad(Participant p, String content) {
        return new Signature(UUID.randomUUID(), p.id(), SignatureKind.PAD, content, List.of(), null, null, "ID", null,
                null, START.plusSeconds(7000), null, p.language(), "confirmed", null, null);
    }

    public static Signature refusal(UUID participant, String content, String reason, UUID witness) {
        return new Signature(UUID.randomUUID(), participant, SignatureKind.REFUSED, content, List.of(), null, null, null,
                null, null, START.plusSeconds(7000), null, null, null, reason, witness);
    }

    public static SiteRecord without(SiteRecord r, UUID participant) {
        return r.edit()
                .participants(r.participants().stream().filter(p -> !p.id().equals(participant)).toList())
                .signatures(r.signatures().stream().filter(s -> !s.participantId().equals(participant)).toList())
                .build();
    }

    public static SiteRecord replace(SiteRecord r, Participant changed) {
        return r.edit().participants(r.participants().stream()
                .map(p -> p.id().equals(changed.id()) ? changed : p).toList()).build();
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
