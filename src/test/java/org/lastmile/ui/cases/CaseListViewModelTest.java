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
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;

/** The case list without a screen: its first screen, search, filters, orders, live updates. */
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
                fx.background, fx.updates);
        model.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<String> shownNumbers() {
        return model.rows().stream().map(CaseRow::number).toList();
    }

    @Test
    void loadsEveryCaseWithItsDeadlinesNewestFilingFirst() {
        assertThat(model.rows()).hasSize(8).allMatch(CaseRow::isLoaded);
        assertThat(model.totalProperty().get()).isEqualTo(8);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.demoShownProperty().get()).isTrue();
        assertThat(model.rows()).extracting(CaseRow::filingDate).isSortedAccordingTo(Comparator.reverseOrder());
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
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.urgency() == Urgency.OVERDUE);
        model.queryProperty().set("草场");
        assertThat(model.rows()).allMatch(r -> r.urgency() == Urgency.OVERDUE);
        model.urgencyProperty().set(null);
        assertThat(shownNumbers()).containsExactlyInAnyOrder("(2026)青2324执45号", "(2026)青2621执恢4号");
    }

    @Test
    void aSavedCaseUpdatesItsRowAndANewOneIsAdded() {
        EnforcementCase farmland = fx.farmland();
        EnforcementCase closed = farmland.withStatus(CaseStatus.CONCLUDED);
        fx.store.cases().save(closed, "test");
        fx.updates.saved(closed, fx.store.cases().header(closed.id()).orElseThrow());
        assertThat(row("(2026)青2224执218号").status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThat(row("(2026)青2224执218号").urgency()).isEqualTo(Urgency.CLOSED);
        assertThat(model.rows()).hasSize(8);
    }

    @Test
    void ordersByTheTableColumnsInTheStore() {
        // Independent of the list's table: the numbers as the cases table gives them, sorted here.
        List<String> numbers = fx.store.cases().headers().stream()
                .map(org.lastmile.domain.cases.CaseHeader::caseNumber).sorted().toList();
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.NUMBER, false));
        assertThat(shownNumbers()).containsExactlyElementsOf(numbers);
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.NUMBER, true));
        List<String> reversed = new java.util.ArrayList<>(numbers);
        java.util.Collections.reverse(reversed);
        assertThat(shownNumbers()).containsExactlyElementsOf(reversed);
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.FILED, true));
        assertThat(model.rows()).extracting(CaseRow::filingDate).isSorted();
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.STATUS, false));
        assertThat(model.rows()).extracting(CaseRow::status).extracting(CaseStatus::name).isSorted();
    }

    @Test
    void tibetanNamesSortInTibetanOrderInTheTibetanInterface() {
        model.languageProperty().set(org.lastmile.i18n.Language.TIBETAN);
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.APPLICANT, false));
        List<String> tibetan = model.rows().stream()
                .map(r -> CaseListLoader.firstName(r.summary().applicants(), org.lastmile.i18n.Language.TIBETAN)).toList();
        // Tibetan names first, by root letter: བཀྲ (ཀ) before བསོད (ས)… then Chinese names.
        assertThat(tibetan.subList(0, 5)).containsExactly("བཀྲ་ཤིས་དོན་གྲུབ་", "སྐལ་བཟང་སྒྲོལ་མ་",
                "སྒྲོལ་མ་སྐྱིད་", "པདྨ་རྒྱལ་", "བསོད་ནམས་རྡོ་རྗེ་");
        List<String> ascending = shownNumbers();
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.APPLICANT, true));
        List<String> descending = new java.util.ArrayList<>(shownNumbers());
        java.util.Collections.reverse(descending);
        assertThat(descending).isEqualTo(ascending);
        model.languageProperty().set(org.lastmile.i18n.Language.CHINESE);
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.APPLICANT, false));
        assertThat(CaseListLoader.firstName(model.rows().get(0).summary().applicants(),
                org.lastmile.i18n.Language.CHINESE)).isEqualTo("尕藏卓玛"); // pinyin: ga…
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.RESPONDENT, false));
        assertThat(model.rows()).hasSize(8).allMatch(CaseRow::isLoaded);
    }

    @Test
    void theCountdownColumnSortsMostPressingFirstAndCombinesWithTheFilters() {
        // Expected order computed here from the rows in the default order: urgency, then days left.
        Comparator<CaseRow> pressing = Comparator.comparing(CaseRow::urgency)
                .thenComparing(r -> r.summary().nextDeadline().map(d -> d.daysRemaining()).orElse(Long.MAX_VALUE))
                .thenComparing(r -> r.header().seq());
        List<String> expected = model.rows().stream().sorted(pressing).map(CaseRow::number).toList();
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.URGENCY, false));
        assertThat(shownNumbers()).containsExactlyElementsOf(expected);
        assertThat(shownNumbers().get(0)).isEqualTo("(2026)青2323执87号"); // the one overdue case
        assertThat(model.rows().get(7).urgency()).isEqualTo(Urgency.CLOSED);
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.URGENCY, true));
        List<String> reversed = new java.util.ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertThat(shownNumbers()).containsExactlyElementsOf(reversed);
        // With a search and a status filter: the same order among the rows they let through.
        model.orderProperty().set(new CaseListViewModel.Order(CaseListOrder.URGENCY, false));
        model.queryProperty().set("耕地");
        assertThat(shownNumbers()).containsExactlyElementsOf(
                expected.stream().filter(List.of("(2026)青2224执218号", "(2026)青2221执301号")::contains).toList());
        model.queryProperty().set("");
        model.statusProperty().set(CaseStatus.SUSPENDED);
        assertThat(shownNumbers()).containsExactly("(2026)青2621执恢4号");
        assertThat(model.shownCountProperty().get()).isEqualTo(1);
    }

    private CaseRow row(String number) {
        return model.rows().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }
}
