package org.lastmile.ui.settings;

import java.nio.file.Path;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.service.SettingsService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.Command;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.common.SaveState;

/**
 * The settings: whose profile this is (an officer of the store, editable), where the data lives
 * and how to move it, the interface language and Tibetan digits. Every change is saved at once.
 */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final LocaleService locale;
    private final Background background;
    private final Profile profile;
    private final Path dataDirectory;
    private final FolderOpener folders;
    private final ObservableList<Officer> officerList = FXCollections.observableArrayList();
    private final BooleanProperty autoSync = new javafx.beans.property.SimpleBooleanProperty(this, "autoSync");
    private final ObjectProperty<Officer> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.IDLE);
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final OfficerForm form;
    private final Command openFolder;
    private boolean loading;

    public SettingsViewModel(SettingsService settings, CourtTable courts, LocaleService locale,
            Background background, Profile profile, Path dataDirectory, FolderOpener folders) {
        this.settings = settings;
        this.locale = locale;
        this.background = background;
        this.profile = profile;
        this.dataDirectory = dataDirectory;
        this.folders = folders;
        this.form = new OfficerForm(courts, this::saveOfficer);
        this.openFolder = Command.always(this::openFolder);
        selected.addListener((obs, old, now) -> {
            form.load(now);
            if (!loading && now != null && !now.id().equals(profile.officerIdProperty().get())) {
                choose(now.id());
            }
        });
        autoSync.addListener((obs, old, now) -> {
            if (!loading) {
                String actor = profile.actor();
                run(() -> settings.rememberAutoSync(now, actor));
            }
        });
    }

    /** Reads the officers known on this device. */
    public void load() {
        background.run(settings::officers, list -> {
            loading = true;
            officerList.setAll(list);
            UUID id = profile.officerIdProperty().get();
            selected.set(list.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null));
            loading = false;
        }, this::failed);
        background.run(settings::autoSync, on -> {
            loading = true;
            autoSync.set(on);
            loading = false;
        }, this::failed);
    }

    private void choose(UUID officerId) {
        profile.officerIdProperty().set(officerId);
        String actor = profile.actor();
        run(() -> settings.chooseProfile(officerId, actor));
    }

    /** Starts an empty profile; it is saved, and becomes this laptop's, once it is valid. */
    public void newProfile() {
        loading = true;
        selected.set(null);
        loading = false;
        form.load(null);
    }

    private void saveOfficer(Officer officer) {
        String actor = profile.actor();
        state.set(SaveState.SAVING);
        background.run(() -> settings.saveOfficer(officer, actor), version -> {
            state.set(SaveState.SAVED);
            problem.set(null);
            loading = true;
            officerList.removeIf(o -> o.id().equals(officer.id()));
            officerList.add(officer);
            selected.set(officer);
            loading = false;
            if (!officer.id().equals(profile.officerIdProperty().get())) {
                choose(officer.id());
            }
        }, error -> {
            if (error instanceof InvalidInputException invalid) {
                state.set(SaveState.INVALID);
                form.refused(invalid.problems());
            } else {
                failed(error);
            }
        });
    }

    private void openFolder() {
        run(() -> {
            try {
                folders.open(dataDirectory);
            } catch (java.io.IOException e) {
                throw new org.lastmile.common.LocalizedException(e, "settings.error.openFolder", dataDirectory);
            }
        });
    }

    private void run(Runnable work) {
        background.run(() -> {
            work.run();
            return null;
        }, done -> { }, this::failed);
    }

    private void failed(Throwable error) {
        state.set(SaveState.FAILED);
        problem.set(Problems.of(error));
    }

    public ObjectProperty<Language> languageProperty() {
        return locale.languageProperty();
    }

    public BooleanProperty tibetanDigitsProperty() {
        return locale.tibetanDigitsProperty();
    }

    /** Sync by itself whenever the court server is reachable (saved at once; off unless chosen). */
    public BooleanProperty autoSyncProperty() {
        return autoSync;
    }

    public ObservableList<Officer> officers() {
        return officerList;
    }

    /** The officer whose laptop this is. */
    public ObjectProperty<Officer> selectedProperty() {
        return selected;
    }

    public OfficerForm form() {
        return form;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Command openFolderCommand() {
        return openFolder;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
