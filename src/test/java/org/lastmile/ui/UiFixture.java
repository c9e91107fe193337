package org.lastmile.ui;

import org.lastmile.service.CaseService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.DeadlineRules;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;
import org.lastmile.ui.cases.CaseUpdates;
import org.lastmile.ui.casefile.CaseFileViewModel;
import org.lastmile.ui.casefile.edit.CaseEditor;
import org.lastmile.ui.common.Background;

/**
 * A demo store on a temporary directory with the view models' services: a same-thread executor,
 * the test clock's "today", the shipped deadline rules.
 */
public final class UiFixture {

    /** The id of the demo's farmland case (2026)青2224执218号. */
    public static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    public final Store store;
    public final Executor sameThread = Runnable::run;
    public final Background background = new Background(sameThread);
    public final DeadlineEngine engine = new DeadlineEngine(DeadlineRules.shipped());
    public final Supplier<LocalDate> today = () -> LocalDate.now(TestStores.CLOCK);
    public final CaseUpdates updates = new CaseUpdates();

    public UiFixture(Path dir) {
        this.store = TestStores.open(dir, true);
    }

    public EnforcementCase farmland() {
        return store.cases().find(FARMLAND).orElseThrow();
    }

    public long version(UUID id) {
        return store.cases().version(id).orElseThrow();
    }

    /** The view model of a stored case, loaded. */
    public CaseFileViewModel caseFile(UUID id) {
        CaseEditor editor = new CaseEditor(CaseService.of(store), background, updates, () -> "test-officer", null);
        editor.load(id);
        return new CaseFileViewModel(editor, engine, today, store.courts(), false);
    }

    /** The view model of a new case. */
    public CaseFileViewModel newCase() {
        CaseEditor editor = new CaseEditor(CaseService.of(store), background, updates, () -> "test-officer", null);
        return new CaseFileViewModel(editor, engine, today, store.courts(), true);
    }

    public void close() {
        store.close();
    }
}
