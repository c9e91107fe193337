package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.deadline.DeadlineKind;
import org.lastmile.domain.deadline.DeadlineState;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.SeizureKind;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/** A case on screen without a screen: deadlines, warnings, masking, timeline actions. */
@ExtendWith(FxThread.class)
class CaseFileViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    CaseFileViewModel model;
    LocalDate today;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = fx.caseFile(UiFixture.FARMLAND);
        today = fx.today.get();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void showsTheDeadlinesOfTodayAndTheWarnings() {
        var deadlines = model.deadlinesProperty().get();
        assertThat(deadlines.of(DeadlineKind.ENFORCEMENT_NOTICE).orElseThrow().state()).isEqualTo(DeadlineState.DONE);
        // Filed 2026-09-12 on a confirmed mediation: six months → 2027-03-12.
        assertThat(deadlines.of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow().due()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(model.warningsProperty().get()).isEmpty(); // the demo parcel has its four boundaries
    }

    @Test
    void idNumbersAreMaskedUnlessRevealed() {
        assertThat(CaseFileViewModel.mask("632224198503121239")).isEqualTo("632224********1239");
        assertThat(model.shownId("632224198503121239")).isEqualTo("632224********1239");
        model.revealIdsProperty().set(true);
        assertThat(model.shownId("632224198503121239")).isEqualTo("632224198503121239");
    }

    @Test
    void recordingANodeSavesItAndTheTimelineFollows() {
        long before = fx.version(UiFixture.FARMLAND);
        assertThat(model.recordNode(NodeKind.INVESTIGATION_DONE, today.minusDays(1), "实地查看")).isEmpty();
        assertThat(fx.version(UiFixture.FARMLAND)).isEqualTo(before + 1);
        assertThat(fx.farmland().progress().dateOf(NodeKind.INVESTIGATION_DONE)).contains(today.minusDays(1));
        model.editor().undo().undo();
        assertThat(fx.farmland().progress().dateOf(NodeKind.INVESTIGATION_DONE)).isEmpty();
    }

    @Test
    void impossibleProgressIsRefusedWithAReason() {
        long before = fx.version(UiFixture.FARMLAND);
        assertThat(model.recordNode(NodeKind.NOTICE_SENT, today.plusDays(3), null))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("progress.error.future"));
        assertThat(model.recordNode(NodeKind.NOTICE_SENT, LocalDate.of(2020, 1, 1), null))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("progress.error.beforeFiling"));
        assertThat(model.addExtension(today, 0))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("progress.error.months"));
        assertThat(fx.version(UiFixture.FARMLAND)).isEqualTo(before);
    }

    @Test
    void aPauseStopsTheClockAndEndsOnALaterDay() {
        assertThat(model.startPause(PauseReason.VALUATION, today.minusDays(10))).isEmpty();
        assertThat(model.deadlinesProperty().get().of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow().state())
                .isEqualTo(DeadlineState.PAUSED);
        var pause = fx.farmland().progress().pauses().get(0);
        assertThat(model.endPause(pause.id(), today.minusDays(20)))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("progress.error.endBeforeStart"));
        assertThat(model.endPause(pause.id(), today)).isEmpty();
        // Ten paused days move the limit by ten days.
        assertThat(model.deadlinesProperty().get().of(DeadlineKind.CASE_TIME_LIMIT).orElseThrow().due())
                .isEqualTo(LocalDate.of(2027, 3, 22));
    }

    @Test
    void aSeizureIsWatchedUntilItIsReleased() {
        assertThat(model.addSeizure(SeizureKind.DEPOSIT, "农商银行账户", today)).isEmpty();
        var expiry = model.deadlinesProperty().get().deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.SEIZURE_EXPIRY).findFirst().orElseThrow();
        assertThat(expiry.due()).isEqualTo(today.plusYears(1));
        var seizure = fx.farmland().progress().seizures().get(0);
        assertThat(model.releaseSeizure(seizure.id(), today)).isEmpty();
        assertThat(fx.farmland().progress().seizures().get(0).releasedOn()).isEqualTo(today);
    }
}
