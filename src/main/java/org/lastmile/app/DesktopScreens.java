package org.lastmile.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.store.Store;
import org.lastmile.ui.cases.CaseListViewModel;
import org.lastmile.ui.cases.CaseUpdates;
import org.lastmile.ui.cases.CasesScreen;
import org.lastmile.ui.casefile.CaseFileScreen;
import org.lastmile.ui.casefile.CaseFileView;
import org.lastmile.ui.casefile.CaseFileViewModel;
import org.lastmile.ui.casefile.edit.CaseEditor;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Navigator;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.common.Screen;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.main.Screens;
import org.lastmile.ui.settings.FolderOpener;
import org.lastmile.ui.settings.SettingsScreen;
import org.lastmile.ui.settings.SettingsView;
import org.lastmile.ui.settings.SettingsViewModel;

/** Makes each screen with its view model, wired to the store and the window's services. */
final class DesktopScreens implements Screens {

    private final Store store;
    private final DeadlineEngine engine;
    private final ViewContext ui;
    private final Background background;
    private final CaseUpdates updates;
    private final Profile profile;
    private final Supplier<LocalDate> today;
    private final Path dataDirectory;
    private final FolderOpener folders;
    private final CaseListViewModel caseList;

    DesktopScreens(Store store, DeadlineEngine engine, ViewContext ui, Background background, CaseUpdates updates,
            Profile profile, Supplier<LocalDate> today, Path dataDirectory, FolderOpener folders,
            CaseListViewModel caseList) {
        this.store = store;
        this.engine = engine;
        this.ui = ui;
        this.background = background;
        this.updates = updates;
        this.profile = profile;
        this.today = today;
        this.dataDirectory = dataDirectory;
        this.folders = folders;
        this.caseList = caseList;
    }

    @Override
    public Screen cases(Navigator navigator) {
        return new CasesScreen(caseList, ui, navigator);
    }

    @Override
    public Screen caseFile(UUID id, Navigator navigator) {
        CaseFileScreen screen = caseScreen(Screens.caseId(id), false, navigator);
        screen.model().editor().load(id); // read on the store thread, shown when it arrives
        return screen;
    }

    @Override
    public Screen newCase(Navigator navigator) {
        String id = "new-case:" + UUID.randomUUID();
        return caseScreen(id, true, navigator);
    }

    private CaseFileScreen caseScreen(String id, boolean isNew, Navigator navigator) {
        CaseEditor editor = new CaseEditor(store.cases(), background, updates, profile::actor, null);
        if (isNew) {
            editor.currentProperty().addListener((obs, old, now) -> {
                if (old == null && now != null) {
                    navigator.renamed(id, Screens.caseId(now.id()));
                }
            });
        }
        CaseFileViewModel model = new CaseFileViewModel(editor, engine, today, store.courts(), isNew);
        return new CaseFileScreen(id, model, new CaseFileView(model, ui, today), ui);
    }

    @Override
    public Screen settings(Navigator navigator) {
        SettingsViewModel model = new SettingsViewModel(store.officers(), store.settings(), store.courts(),
                ui.locale(), background, profile, dataDirectory, folders);
        model.load();
        return new SettingsScreen(model, new SettingsView(model, ui, today), ui);
    }
}
