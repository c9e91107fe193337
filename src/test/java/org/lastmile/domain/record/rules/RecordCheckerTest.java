package org.lastmile.domain.record.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.domain.record.RecordFixtures.APPLICANT;
import static org.lastmile.domain.record.RecordFixtures.COMMITTEE;
import static org.lastmile.domain.record.RecordFixtures.CONTENT;
import static org.lastmile.domain.record.RecordFixtures.INTERPRETER;
import static org.lastmile.domain.record.RecordFixtures.OFFICER_2;
import static org.lastmile.domain.record.RecordFixtures.RESPONDENT;
import static org.lastmile.domain.record.RecordFixtures.handover;
import static org.lastmile.domain.record.RecordFixtures.replace;
import static org.lastmile.domain.record.RecordFixtures.without;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.LandDetails;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.RecordDetails;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;

class RecordCheckerTest {

    private final RecordChecker checker = new RecordChecker(RuleTable.defaults(), ZoneId.of("Asia/Shanghai"));

    private List<RecordRule> rules(SiteRecord r) {
        return checker.check(r, CONTENT).stream().map(Violation::rule).toList();
    }

    @Test
    void aCompleteHandoverMeetsEveryRule() {
        assertThat(checker.check(handover(), CONTENT)).isEmpty();
    }

    @Test
    void aHandoverCannotBeSealedWithoutTheCommitteeRepresentativeOrTheNoticeReference() {
        List<Violation> v = checker.check(without(handover(), COMMITTEE), CONTENT);
        assertThat(v).extracting(Violation::rule).containsExactly(RecordRule.COMMITTEE_PRESENT);
        assertThat(RecordChecker.sealable(v)).isFalse();
        LandDetails l = RecordFixtures.land();
        SiteRecord noNotice = handover().edit().details(new RecordDetails.LandHandover(new LandDetails(false, null,
                null, l.parcel(), l.method(), l.instrument(), l.areaM2(), List.of(), null, true, true, null))).build();
        assertThat(rules(noNotice)).contains(RecordRule.NOTICE_REFERENCE);
    }

    @Test
    void aForcedVacatingCannotStartBeforeTheNoticeDeadline() {
        LandDetails l = RecordFixtures.land();
        LandDetails forced = new LandDetails(true, l.noticeNumber(), LocalDate.of(2026, 11, 30), l.parcel(),
                l.method(), l.instrument(), l.areaM2(), List.of(), null, true, true, null);
        assertThat(checker.checkStart(new RecordDetails.LandHandover(forced), Instant.parse("2026-11-24T02:00:00Z")))
                .extracting(Violation::rule).containsExactly(RecordRule.VACATING_AFTER_DEADLINE);
        assertThat(checker.checkStart(new RecordDetails.LandHandover(forced), Instant.parse("2026-12-01T02:00:00Z")))
                .isEmpty();
        assertThat(rules(handover().edit().details(new RecordDetails.LandHandover(forced)).build())).contains(RecordRule.VACATING_AFTER_DEADLINE);
    }

    @Test
    void aTibetanSpeakingPartyWithoutAnInterpreterBlocksAndNamesTheParty() {
        List<Violation> v = checker.check(without(handover(), INTERPRETER), CONTENT);
        assertThat(v).filteredOn(x -> x.rule() == RecordRule.INTERPRETER_REQUIRED)
                .extracting(x -> String.valueOf(x.messageArgs()[0])).containsExactlyInAnyOrder("扎西东珠", "才让加", "桑杰");
        assertThat(RecordChecker.sealable(v)).isFalse();
    }

    @Test
    void anInterpreterRelatedToAPartyBlocksAndAMissingPledgeBlocks() {
        SiteRecord related = replace(handover(), RecordFixtures.interpreter(Relationship.RELATIVE, Relationship.NONE, true));
        assertThat(checker.check(related, CONTENT)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RecordRule.INTERPRETER_CONFLICT);
            assertThat(String.valueOf(v.messageArgs()[1])).isEqualTo("扎西东珠");
            assertThat(v.blocks()).isTrue();
        });
        SiteRecord unpledged = replace(handover(), RecordFixtures.interpreter(Relationship.NONE, Relationship.NONE, false));
        assertThat(rules(unpledged)).containsExactly(RecordRule.INTERPRETER_PLEDGE);
    }

    @Test
    void fewerThanTwoOfficersWarnsButCashNeedsTwo() {
        SiteRecord one = without(handover(), OFFICER_2);
        List<Violation> v = checker.check(one, CONTENT);
        assertThat(v).extracting(Violation::rule, Violation::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RecordRule.TWO_OFFICERS, RuleLevel.WARN));
        assertThat(RecordChecker.sealable(v)).isTrue();
        SiteRecord cash = one.edit().cashCollected(RecordFixtures.yuan("3000")).build();
        assertThat(rules(cash)).contains(RecordRule.TWO_OFFICERS_FOR_CASH);
        assertThat(RecordChecker.sealable(checker.check(cash, CONTENT))).isFalse();
    }

    @Test
    void aRefusalNeedsAReasonAndAWitness() {
        SiteRecord r = handover();
        List<Signature> signatures = r.signatures().stream()
                .map(s -> s.participantId().equals(RESPONDENT) ? RecordFixtures.refusal(RESPONDENT, CONTENT, null, null) : s)
                .toList();
        assertThat(rules(r.edit().signatures(signatures).build()))
                .containsExactlyInAnyOrder(RecordRule.REFUSAL_REASON, RecordRule.REFUSAL_WITNESS);
    }

    @Test
    void everyoneMustSignTheCurrentTextAfterReadBackInTheirLanguage() {
        SiteRecord r = handover();
        SiteRecord unsigned = r.edit().signatures(r.signatures().stream()
                .filter(s -> !s.participantId().equals(APPLICANT)).toList()).build();
        assertThat(checker.check(unsigned, CONTENT)).singleElement()
                .satisfies(v -> assertThat(java.util.Arrays.stream(v.messageArgs()).map(String::valueOf)).containsExactly("扎西东珠"));
        assertThat(checker.check(r, "d".repeat(64))).extracting(Violation::rule)
                .containsOnly(RecordRule.SIGNATURE_CURRENT).hasSize(r.participants().size());
        Participant applicant = r.participant(APPLICANT).orElseThrow();
        Signature inChinese = new Signature(java.util.UUID.randomUUID(), APPLICANT,
                org.lastmile.domain.record.SignatureKind.PAD, CONTENT, List.of(), null, null, null, null, null,
                RecordFixtures.START, null, SpokenLanguage.CHINESE, "confirmed", null, null);
        SiteRecord wrongLanguage = r.edit().signatures(r.signatures().stream()
                .map(s -> s.participantId().equals(applicant.id()) ? inChinese : s).toList()).build();
        assertThat(rules(wrongLanguage)).containsExactly(RecordRule.READ_BACK);
    }

    @Test
    void aSeizureNeedsItsInventoryAndTheCommittee() {
        SiteRecord seizure = SiteRecord.start(RecordFixtures.id("case"), RecordType.SEIZURE, SpokenLanguage.CHINESE,
                RecordFixtures.START, org.lastmile.domain.record.Place.named("和日村"))
                .edit().participants(RecordFixtures.people().stream()
                        .filter(p -> p.role() == ParticipantRole.OFFICER).toList())
                .endedAt(RecordFixtures.START.plusSeconds(60)).build();
        seizure = RecordFixtures.signedByAll(seizure, CONTENT);
        assertThat(rules(seizure)).containsExactlyInAnyOrder(RecordRule.COMMITTEE_PRESENT, RecordRule.SEIZURE_INVENTORY);
    }

    @Test
    void aCourtCanLowerOrSwitchOffARuleButNotInventOne() throws Exception {
        RuleTable local = RuleTable.read(new StringReader("officers.atLeastTwo=OFF\ncommittee.present=WARN\n"));
        RecordChecker lenient = new RecordChecker(local, ZoneId.of("Asia/Shanghai"));
        SiteRecord r = without(without(handover(), OFFICER_2), COMMITTEE);
        List<Violation> v = lenient.check(r, CONTENT);
        assertThat(v).extracting(Violation::rule).containsExactly(RecordRule.COMMITTEE_PRESENT);
        assertThat(RecordChecker.sealable(v)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleTable.read(new StringReader("no.such.rule=BLOCK")))
                .hasMessageContaining("rules.error.unknownRule");
    }
}
