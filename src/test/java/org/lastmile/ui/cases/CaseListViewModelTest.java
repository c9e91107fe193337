package org.lastmile.ui.cases;

import org.lastmile.service.CaseService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.text.NameOrder;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/** The case list without a screen: loading in pages, search, filters, order, live updates. */
@ExtendWith(FxThread.class)
class CaseListViewModelTest {

    @TempDir
    Path dir;
    UiFixture fx;
    CaseListViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = new CaseListViewModel(new CaseListLoader(CaseService.of(fx.store), fx.engine, fx.today), CaseService.of(fx.store),
                fx.background, NameOrder::new, fx.updates);
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> shownNumbers() {
        return model.shownRows().stream().map(CaseRow::number).toList();
    }

    @Test
    void loadsEveryCaseWithItsDeadlinesNewestFilingFirst() {
        assertThat(model.allRows()).hasSize(8).allMatch(CaseRow::isLoaded);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.demoShownProperty().get()).isTrue();
        assertThat(model.allRows()).extracting(CaseRow::filingDate).isSortedAccordingTo(Comparator.reverseOrder());
        CaseRow livestock = row("(2026)青2323执87号");
        assertThat(livestock.urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(livestock.summary().next().daysRemaining()).isNegative();
        assertThat(row("(2026)青2322执12号").urgency()).isEqualTo(Urgency.CLOSED);
    }

    @Test
    void searchingNarrowsTheListAndAnEmptyBoxShowsEverything() {
        model.queryProperty().set("耕地");
        assertThat(shownNumbers()).containsExactlyInAnyOrder("(2026)青2224执218号", "(2026)青2221执301号");
        model.queryProperty().set("bkra shis don grub");
        assertThat(shownNumbers()).containsExactly("(2026)青2224执218号");
        model.queryProperty().set("བཀྲ་ཤིས");
        assertThat(shownNumbers()).contains("(2026)青2224执218号", "(2026)青2621执恢4号");
        model.queryProperty().set("   ");
        assertThat(shownNumbers()).hasSize(8);
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void filtersByStatusAndUrgencyOnTopOfTheSearch() {
        model.statusProperty().set(CaseStatus.SUSPENDED);
        assertThat(shownNumbers()).containsExactly("(2026)青2621执恢4号");
        model.statusProperty().set(null);
        model.urgencyProperty().set(Urgency.OVERDUE);
        assertThat(model.shownRows()).isNotEmpty().allMatch(r -> r.urgency() == Urgency.OVERDUE);
        model.queryProperty().set("草场");
        assertThat(model.shownRows()).allMatch(r -> r.urgency() == Urgency.OVERDUE);
        model.urgencyProperty().set(null);
        assertThat(shownNumbers()).containsExactlyInAnyOrder("(2026)青2324执45号", "(2026)青2621执恢4号");
    }

    @Test
    void tibetanNamesSortInTibetanOrderInTheTibetanInterface() {
        List<String> tibetan = model.allRows().stream().sorted(model.byApplicant(Language.TIBETAN))
                .map(r -> CaseListViewModel.firstName(r.summary().applicants(), Language.TIBETAN)).toList();
        // Tibetan names first, by root letter: བཀྲ (ཀ) before བསོད (ས)… then Chinese names.
        assertThat(tibetan.subList(0, 5)).containsExactly("བཀྲ་ཤིས་དོན་གྲུབ་", "སྐལ་བཟང་སྒྲོལ་མ་",
                "སྒྲོལ་མ་སྐྱིད་", "པདྨ་རྒྱལ་", "བསོད་ནམས་རྡོ་རྗེ་");
        List<String> chinese = model.allRows().stream().sorted(model.byApplicant(Language.CHINESE))
                .map(r -> CaseListViewModel.firstName(r.summary().applicants(), Language.CHINESE)).toList();
        assertThat(chinese.get(0)).isEqualTo("尕藏卓玛"); // pinyin: ga…
    }

    @Test
    void aSavedCaseUpdatesItsRowAndANewOneIsAdded() {
        EnforcementCase farmland = fx.farmland();
        EnforcementCase closed = farmland.withStatus(CaseStatus.CONCLUDED);
        fx.store.cases().save(closed, "test");
        fx.updates.saved(closed, fx.store.cases().header(closed.id()).orElseThrow());
        assertThat(row("(2026)青2224执218号").status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThat(row("(2026)青2224执218号").urgency()).isEqualTo(Urgency.CLOSED);
        assertThat(model.allRows()).hasSize(8);
    }

    @Test
    void theProgressCountsTheRowsWhoseDeadlinesAreRead() {
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        java.util.Map<java.util.UUID, CaseSummary> read = new java.util.HashMap<>();
        model.allRows().forEach(r -> read.put(r.id(), r.summary()));
        List<org.lastmile.domain.cases.CaseHeader> headers = fx.store.cases().headers();
        List<CaseRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            // A quarter read with their deadlines, the rest still to come.
            rows.add(new CaseRow(headers.get(i), i < headers.size() / 4 ? read.get(headers.get(i).id()) : null));
        }
        model.showFirst(rows);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(0.25);
    }

    private CaseRow row(String number) {
        return model.allRows().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }
}
