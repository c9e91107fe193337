package org.lastmile.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lastmile.domain.cases.CaseListing;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.service.CaseService;
import org.lastmile.ui.common.Background;

/**
 * Reads the case list from its narrow table (V7; no case document is decoded) in two steps so that
 * a list of ten thousand is on screen fast: the headers of every case and the rows of the first
 * screenful at once ({@link #first()}, on a background thread), then the remaining rows' causes,
 * names and deadline facts a page per background task ({@link #rest}), so that a search or a save
 * waits at most one page. Each page's deadlines are evaluated once, as it is read.
 */
public final class CaseListLoader {

    /** Cases read with the headers: more than a screenful. */
    public static final int FIRST = 60;
    /** Cases read per later task. */
    public static final int PAGE = 2000;

    private final CaseService cases;
    private final DeadlineEngine engine;
    private final Supplier<LocalDate> today;

    public CaseListLoader(CaseService cases, DeadlineEngine engine, Supplier<LocalDate> today) {
        this.cases = cases;
        this.engine = engine;
        this.today = today;
    }

    /** The rows of every case, the first {@value #FIRST} with their summaries. Off the FX thread. */
    public List<CaseRow> first() {
        List<CaseHeader> headers = cases.listHeaders();
        Map<UUID, CaseSummary> summaries = summaries(cases.listPage(0, FIRST));
        List<CaseRow> rows = new ArrayList<>(headers.size());
        for (CaseHeader header : headers) {
            rows.add(new CaseRow(header, summaries.get(header.id())));
        }
        return rows;
    }

    /**
     * Reads the documents after the first {@value #FIRST}, a page per task on {@code background};
     * {@code onPage} receives each page's rows, already completed, on the FX thread.
     */
    public void rest(List<CaseRow> rows, Background background, Consumer<List<CaseRow>> onPage, Runnable onDone,
            Consumer<Throwable> onFailure) {
        Map<UUID, CaseRow> byId = new HashMap<>();
        for (CaseRow row : rows) {
            byId.put(row.id(), row);
        }
        next(FIRST, rows.size(), byId, background, onPage, onDone, onFailure);
    }

    private void next(int offset, int total, Map<UUID, CaseRow> byId, Background background,
            Consumer<List<CaseRow>> onPage, Runnable onDone, Consumer<Throwable> onFailure) {
        if (offset >= total) {
            onDone.run();
            return;
        }
        background.run(() -> summaries(cases.listPage(offset, PAGE)), summaries -> {
            List<CaseRow> completed = new ArrayList<>(summaries.size());
            summaries.forEach((id, summary) -> {
                CaseRow row = byId.get(id);
                if (row != null && !row.isLoaded()) {
                    row.setSummary(summary);
                    completed.add(row);
                }
            });
            onPage.accept(completed);
            next(offset + PAGE, total, byId, background, onPage, onDone, onFailure);
        }, onFailure);
    }

    /** The summary of a case saved now, as its row in the narrow table gives it. */
    public CaseSummary summary(EnforcementCase c, CaseHeader header) {
        return CaseSummary.of(header, CaseListing.of(c), engine, today.get());
    }

    private Map<UUID, CaseSummary> summaries(List<ListedCase> page) {
        LocalDate day = today.get();
        Map<UUID, CaseSummary> out = new HashMap<>(page.size() * 2);
        for (ListedCase row : page) {
            out.put(row.header().id(), CaseSummary.of(row.header(), row.listing(), engine, day));
        }
        return out;
    }
}
