package org.lastmile.ui.cases;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.common.PersonName;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.i18n.Language;
import org.lastmile.service.CaseService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Problems;

/**
 * The case list: every case, narrowed by the search box (the store's full-text search, run off
 * the FX thread as you type; a newer query makes older results stale), by status and by urgency.
 * Knows nothing of nodes: the view shows {@link #shownRows()} sorted by the table's columns,
 * with the orders this model provides.
 */
public final class CaseListViewModel {

    private final CaseListLoader loader;
    private final CaseService search;
    private final Background background;
    private final Function<Language, Comparator<String>> nameOrder;
    private final Map<Language, Comparator<String>> nameOrders = new EnumMap<>(Language.class);

    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> shown = new FilteredList<>(rows);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(this, "urgency");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper demoShown = new ReadOnlyBooleanWrapper(this, "demoShown");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** The search's matches; null while the box is empty. */
    private SearchMatches matching;
    private Task<SearchMatches> running;
    /** Numbers the searches: only the newest one's result is shown. */
    private long searches;

    /**
     * @param nameOrder the order of names for an interface language (Tibetan names in Tibetan
     *     order in the Tibetan interface)
     */
    public CaseListViewModel(CaseListLoader loader, CaseService search, Background background,
            Function<Language, Comparator<String>> nameOrder, CaseUpdates updates) {
        this.loader = loader;
        this.search = search;
        this.background = background;
        this.nameOrder = nameOrder;
        query.addListener((obs, old, now) -> search());
        status.addListener((obs, old, now) -> refilter());
        urgency.addListener((obs, old, now) -> refilter());
        updates.addListener(this::saved);
    }

    /** Reads the list from the store in the background. */
    public void load() {
        loading.set(true);
        background.run(loader::first, this::show, this::failed);
    }

    /** Shows rows read ahead (at start-up) and reads the rest of their documents. */
    public void show(List<CaseRow> first) {
        showFirst(first);
        readRest();
    }

    /** Shows rows read ahead; the rows without a summary show their header only. */
    public void showFirst(List<CaseRow> first) {
        loading.set(true);
        rows.setAll(first);
        updateProgress();
        refilter();
    }

    /**
     * Reads the documents of the rows that lack a summary, a page per background task (the
     * window starts this once the first rows are on screen, so that the launch is not slowed).
     */
    public void readRest() {
        loader.rest(rows, background, page -> {
            revision.set(revision.get() + 1);
            updateProgress();
            if (urgency.get() != null) {
                refilter();
            }
        }, () -> {
            loading.set(false);
            progress.set(1);
        }, this::failed);
    }

    private void updateProgress() {
        long loaded = rows.stream().filter(CaseRow::isLoaded).count();
        progress.set(rows.isEmpty() ? 1 : (double) loaded / rows.size());
    }

    private void search() {
        searches++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            matching = null;
            searching.set(false);
            refilter();
            return;
        }
        searching.set(true);
        long ticket = ++searches;
        running = background.run(() -> SearchMatches.of(search.matches(text)), ids -> {
            if (ticket == searches) {
                matching = ids;
                searching.set(false);
                refilter();
            }
        }, this::failed);
    }

    private void refilter() {
        shown.setPredicate(new CaseFilter(matching, status.get(), urgency.get()));
        demoShown.set(shown.stream().anyMatch(CaseRow::demo));
    }

    private void saved(CaseUpdates.Saved saved) {
        CaseRow row = new CaseRow(saved.header(), loader.summary(saved.c(), saved.header()));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(row.id())) {
                rows.set(i, row);
                afterChange();
                return;
            }
        }
        rows.add(0, row);
        afterChange();
    }

    private void afterChange() {
        if (matching != null) {
            search(); // the edit may have changed whether the case matches
        } else {
            refilter();
        }
    }

    private void failed(Throwable failure) {
        loading.set(false);
        searching.set(false);
        problem.set(Problems.of(failure));
    }

    /** Rows in the order of first applicant's name, in the script of the interface first. */
    public Comparator<CaseRow> byApplicant(Language language) {
        return byParty(language, CaseSummary::applicants);
    }

    public Comparator<CaseRow> byRespondent(Language language) {
        return byParty(language, CaseSummary::respondents);
    }

    private Comparator<CaseRow> byParty(Language language, Function<CaseSummary, List<PersonName>> side) {
        // The collators are made on the first comparison, not before: ICU's data takes a while
        // to load and most launches never sort by name.
        Comparator<String> names = (a, b) -> nameOrders.computeIfAbsent(language, nameOrder).compare(a, b);
        return Comparator.comparing(
                (CaseRow row) -> row.isLoaded() ? firstName(side.apply(row.summary()), language) : null,
                Comparator.nullsLast(names));
    }

    /** Most pressing first: overdue, due soon, on track, closed; then by days remaining. */
    public static Comparator<CaseRow> byUrgency() {
        return Comparator.comparing(CaseRow::urgency, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(row -> row.isLoaded() ? row.summary().nextDeadline().map(Deadline::daysRemaining)
                        .orElse(Long.MAX_VALUE) : Long.MAX_VALUE);
    }

    /** The name of the first party in the interface's script when it has one. */
    public static String firstName(List<PersonName> parties, Language language) {
        if (parties.isEmpty()) {
            return null;
        }
        PersonName p = parties.get(0);
        if (language == Language.TIBETAN && p.bo() != null) {
            return p.bo();
        }
        return p.zh() != null ? p.zh() : p.bo();
    }

    public FilteredList<CaseRow> shownRows() {
        return shown;
    }

    /** Every row, whatever the filters. */
    public ObservableList<CaseRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Urgency> urgencyProperty() {
        return urgency;
    }

    /** True until every case's deadlines are known. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How much of the list's deadlines is known, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Whether demo cases are among those shown. */
    public ReadOnlyBooleanProperty demoShownProperty() {
        return demoShown.getReadOnlyProperty();
    }

    /** Counts the pages of summaries that arrived: rows already shown have more to show. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The last failure to load or search, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
