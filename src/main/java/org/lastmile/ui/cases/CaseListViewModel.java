package org.lastmile.ui.cases;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.i18n.Language;
import org.lastmile.service.CaseService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Problems;

/**
 * The case list (issue 18: it never holds every case): the rows the store gives for the search box
 * (the store's full-text search, run off the FX thread as you type; a newer query makes older
 * results stale), the status and urgency filters and the order, read a block at a time as the
 * table shows them ({@link #rows()}). Status and order are SQL on an index; the search and the
 * urgency filter narrow the query to the row numbers they found. Knows nothing of nodes.
 */
public final class CaseListViewModel {

    /** An order of the list: which and whether reversed. */
    public record Order(CaseListOrder by, boolean reversed) {
        public static final Order DEFAULT = new Order(CaseListOrder.FILED, false);
    }

    private final CaseListLoader loader;
    private final CaseService search;
    private final Background background;
    private final CaseWindowRows rows;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(this, "urgency");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.DEFAULT);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.CHINESE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper demoShown = new ReadOnlyBooleanWrapper(this, "demoShown");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private List<String> longestNumbers = List.of();
    /** The search's matches; null while the box is empty. */
    private long[] matching;
    /** The cases of the urgency asked for; null while any urgency is shown. */
    private SearchMatches ofUrgency;
    private Task<?> running;
    private Task<?> scanning;
    /** Numbers the searches, urgency scans and reloads: only the newest one's result is shown. */
    private long searches;
    private long scans;
    private long loads;

    public CaseListViewModel(CaseListLoader loader, CaseService search, Background background, CaseUpdates updates) {
        this.loader = loader;
        this.search = search;
        this.background = background;
        this.rows = new CaseWindowRows(loader::rows, background, () -> revision.set(revision.get() + 1));
        query.addListener((obs, old, now) -> search());
        status.addListener((obs, old, now) -> reload(false));
        urgency.addListener((obs, old, now) -> scanUrgency());
        order.addListener((obs, old, now) -> reload(false));
        language.addListener((obs, old, now) -> {
            if (order.get() != null && (order.get().by() == CaseListOrder.APPLICANT
                    || order.get().by() == CaseListOrder.RESPONDENT)) {
                reload(false);
            }
        });
        updates.addListener(saved -> afterSave());
    }

    /** Reads the list's first screen from the store in the background. */
    public void load() {
        reload(false);
    }

    /** Shows a first screen read ahead (at start-up). */
    public void showFirst(CaseListLoader.FirstScreen first) {
        show(first, false);
    }

    private void reload(boolean sameRows) {
        CaseListQuery asked = currentQuery();
        loading.set(true);
        long ticket = ++loads;
        int all = -1;
        Language names = language.get();
        background.run(() -> loader.first(loader.ordered(asked, names), all), first -> {
            if (ticket == loads) {
                show(first, sameRows);
            }
        }, this::failed);
    }

    private void show(CaseListLoader.FirstScreen first, boolean sameRows) {
        if (sameRows && first.count() == rows.size() && first.query().equals(rows.query())) {
            rows.reread(first.rows());
        } else {
            rows.reset(first.query(), first.count(), first.rows());
        }
        longestNumbers = first.longestNumbers();
        total.set(first.total());
        shownCount.set(first.count());
        demoShown.set(first.demo());
        loading.set(false);
        revision.set(revision.get() + 1);
    }

    private CaseListQuery currentQuery() {
        long[] only = matching;
        if (ofUrgency != null) {
            only = only == null ? ofUrgency.seqs() : java.util.Arrays.stream(only).filter(ofUrgency::contains).toArray();
        }
        Order o = order.get() == null ? Order.DEFAULT : order.get();
        return new CaseListQuery(status.get(), only, o.by(), o.reversed());
    }

    private void search() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        String text = query.get() == null ? "" : query.get().strip();
        long ticket = ++searches;
        if (text.isEmpty()) {
            matching = null;
            searching.set(false);
            reload(false);
            return;
        }
        searching.set(true);
        running = background.run(() -> search.matches(text), ids -> {
            if (ticket == searches) {
                matching = ids;
                searching.set(false);
                reload(false);
            }
        }, this::failed);
    }

    private void scanUrgency() {
        if (scanning != null) {
            scanning.cancel();
            scanning = null;
        }
        Urgency asked = urgency.get();
        long ticket = ++scans;
        if (asked == null) {
            ofUrgency = null;
            reload(false);
            return;
        }
        loading.set(true);
        scanning = background.run(() -> SearchMatches.of(loader.withUrgency(asked)), found -> {
            if (ticket == scans) {
                ofUrgency = found;
                reload(false);
            }
        }, this::failed);
    }

    // A save may change a row, whether it matches the search or the urgency, and the count.
    private void afterSave() {
        if (matching != null) {
            search();
        } else if (ofUrgency != null) {
            scanUrgency();
        } else {
            reload(true);
        }
    }

    private void failed(Throwable failure) {
        loading.set(false);
        searching.set(false);
        problem.set(Problems.of(failure));
    }

    /** The rows shown, in the order asked; a row not read yet is pending (empty) until its block comes. */
    public ObservableList<CaseRow> rows() {
        return rows;
    }

    /** The rows read and in memory now (at most a few blocks, whatever the number of cases). */
    public List<CaseRow> rowsInMemory() {
        return rows.readRows();
    }

    /** The longest case numbers in the file (for the number column's width). */
    public List<String> longestNumbers() {
        return longestNumbers;
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

    /** The interface language, whose collation orders the name columns. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The order asked for (the table's sorted column). */
    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** True while the list's rows for the current filters are being counted. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Whether demo cases are among those shown. */
    public ReadOnlyBooleanProperty demoShownProperty() {
        return demoShown.getReadOnlyProperty();
    }

    /** How many rows the filters let through. */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** How many cases the file holds. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Counts the arrivals of rows: rows already shown have more to show. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The last failure to load or search, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
