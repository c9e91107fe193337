package org.lastmile.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lastmile.domain.cases.CaseFixtures.landCase;
import static org.lastmile.domain.cases.CaseFixtures.moneyCase;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.TitleKind;

class DeadlineEngineTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 1);
    private final DeadlineEngine engine = new DeadlineEngine(DeadlineRules.shipped());

    private static CaseProgress events(NodeEvent... events) {
        return new CaseProgress(List.of(events), List.of(), List.of(), List.of());
    }

    private static NodeEvent on(NodeKind kind, LocalDate date) {
        return new NodeEvent(UUID.randomUUID(), kind, date, null);
    }

    @Test
    void aFreshCaseMustHaveAnOfficerWithinSevenDaysAndANoticeWithinTen() {
        CaseDeadlines d = engine.evaluate(landCase(FILED, TitleKind.JUDGMENT, CaseProgress.NONE), FILED.plusDays(4));
        Deadline assign = d.of(DeadlineKind.OFFICER_ASSIGNMENT).orElseThrow();
        assertThat(assign.due()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(assign.daysRemaining()).isEqualTo(3);
        assertThat(assign.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(d.of(DeadlineKind.ENFORCEMENT_NOTICE).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(d.of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(d.urgency()).isEqualTo(Urgency.DUE_SOON);
        assertThat(d.next().orElseThrow().kind()).isEqualTo(DeadlineKind.OFFICER_ASSIGNMENT);
    }

    @Test
    void theNoticeIsDueThreeDaysAfterAssignmentAndLateWhenSentAfter() {
        EnforcementCase c = landCase(FILED, TitleKind.JUDGMENT,
                events(on(NodeKind.OFFICER_ASSIGNED, FILED.plusDays(1)), on(NodeKind.NOTICE_SENT, FILED.plusDays(5))));
        CaseDeadlines d = engine.evaluate(c, FILED.plusDays(6));
        Deadline notice = d.of(DeadlineKind.ENFORCEMENT_NOTICE).orElseThrow();
        assertThat(notice.due()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(notice.state()).isEqualTo(DeadlineState.DONE_LATE);
        assertThat(d.of(DeadlineKind.OFFICER_ASSIGNMENT).orElseThrow().state()).isEqualTo(DeadlineState.DONE);
    }

    @Test
    void onlyMoneyCasesWatchTheAssetNodes() {
        assertThat(engine.evaluate(landCase(FILED, TitleKind.JUDGMENT, CaseProgress.NONE), FILED)
                .of(DeadlineKind.ASSET_REPORT_ORDER)).isEmpty();
        CaseDeadlines money = engine.evaluate(
                moneyCase(FILED, events(on(NodeKind.OFFICER_ASSIGNED, FILED.plusDays(2)))), FILED.plusDays(40));
        assertThat(money.of(DeadlineKind.ASSET_REPORT_ORDER).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(money.of(DeadlineKind.ASSET_INVESTIGATION).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(money.overdue()).extracting(Deadline::kind).contains(DeadlineKind.ASSET_REPORT_ORDER,
                DeadlineKind.ONLINE_ASSET_SEARCH, DeadlineKind.ASSET_INVESTIGATION);
        assertThat(money.urgency()).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void extensionsAndClosedPausesMoveTheTimeLimit() {
        CaseProgress progress = new CaseProgress(List.of(),
                List.of(new Pause(UUID.randomUUID(), PauseReason.VALUATION, LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 11))),
                List.of(new Extension(UUID.randomUUID(), LocalDate.of(2026, 8, 20), 3)), List.of());
        EnforcementCase c = landCase(FILED, TitleKind.JUDGMENT, progress);
        assertThat(engine.timeLimit(c, LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 12, 11));
        Deadline request = engine.evaluate(c, LocalDate.of(2026, 9, 1)).of(DeadlineKind.EXTENSION_REQUEST).orElseThrow();
        assertThat(request.due()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void anOpenPauseStopsTheClock() {
        CaseProgress progress = new CaseProgress(List.of(),
                List.of(new Pause(UUID.randomUUID(), PauseReason.SUSPENSION, LocalDate.of(2026, 4, 1), null)),
                List.of(), List.of());
        EnforcementCase c = landCase(FILED, TitleKind.JUDGMENT, progress);
        Deadline limit = engine.evaluate(c, LocalDate.of(2026, 4, 21)).of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow();
        assertThat(limit.state()).isEqualTo(DeadlineState.PAUSED);
        assertThat(limit.due()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(engine.evaluate(c, LocalDate.of(2026, 4, 21)).of(DeadlineKind.EXTENSION_REQUEST)).isEmpty();
    }

    @Test
    void nonLitigationTitlesHaveThreeMonths() {
        EnforcementCase c = landCase(FILED, TitleKind.ARBITRAL_AWARD, CaseProgress.NONE);
        assertThat(engine.timeLimit(c, FILED)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void seizuresRemindThirtyDaysBeforeTheyLapse() {
        CaseProgress progress = new CaseProgress(List.of(), List.of(), List.of(), List.of(
                new Seizure(UUID.randomUUID(), SeizureKind.DEPOSIT, "account", LocalDate.of(2025, 4, 1), null),
                new Seizure(UUID.randomUUID(), SeizureKind.MOVABLE, "yaks", LocalDate.of(2025, 4, 1), null)));
        EnforcementCase c = moneyCase(LocalDate.of(2025, 3, 1), progress);
        List<Deadline> seizures = engine.evaluate(c, LocalDate.of(2026, 3, 10)).deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.SEIZURE_EXPIRY).toList();
        assertThat(seizures).extracting(Deadline::subject, Deadline::due, Deadline::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("account", LocalDate.of(2026, 4, 1), DeadlineState.DUE_SOON),
                org.assertj.core.groups.Tuple.tuple("yaks", LocalDate.of(2027, 4, 1), DeadlineState.PENDING));
    }

    @Test
    void aClosedCaseHasNothingOpen() {
        EnforcementCase c = landCase(FILED, TitleKind.JUDGMENT, events(on(NodeKind.CLOSED, FILED.plusDays(20))))
                .withStatus(CaseStatus.CONCLUDED);
        CaseDeadlines d = engine.evaluate(c, FILED.plusDays(300));
        assertThat(d.urgency()).isEqualTo(Urgency.CLOSED);
        assertThat(d.next()).isEmpty();
        assertThat(d.of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow().state()).isEqualTo(DeadlineState.DONE);
        assertThat(d.of(DeadlineKind.OFFICER_ASSIGNMENT).orElseThrow().state()).isEqualTo(DeadlineState.SKIPPED);
    }

    @Test
    void aLocalRuleTableChangesTheLimitsAndABrokenOneIsRefusedByName() throws Exception {
        String shipped = new String(DeadlineRules.class.getResourceAsStream(DeadlineRules.RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        DeadlineRules local = DeadlineRules.read(new StringReader(shipped.replace("caseTimeLimit=P6M", "caseTimeLimit=P4M")));
        assertThat(new DeadlineEngine(local).timeLimit(landCase(FILED, TitleKind.JUDGMENT, CaseProgress.NONE), FILED))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> DeadlineRules.read(new StringReader(shipped.replace("notice=P3D", "notice=three days"))))
                .isInstanceOfSatisfying(LocalizedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("rules.error.period");
                    assertThat(e.messageArgs()[0]).isEqualTo("notice");
                });
    }
}
