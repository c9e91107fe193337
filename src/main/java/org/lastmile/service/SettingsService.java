package org.lastmile.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.Officer;
import org.lastmile.store.Database;
import org.lastmile.store.cases.OfficerRepository;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * The device's profile and preferences: whose laptop this is (an officer, editable), the interface
 * language and Tibetan digits. Each change is one transaction with its audit event; an officer
 * also goes to the outbox, a preference does not leave the device.
 */
public final class SettingsService {

    private final Database database;
    private final OfficerRepository officers;
    private final Settings settings;

    public SettingsService(Database database, OfficerRepository officers, Settings settings) {
        this.database = Objects.requireNonNull(database);
        this.officers = Objects.requireNonNull(officers);
        this.settings = Objects.requireNonNull(settings);
    }

    /** The profile and preferences of an opened store. */
    public static SettingsService of(Store store) {
        return new SettingsService(store.database(), store.officers(), store.settings());
    }

    /** The officers known on this device. */
    public List<Officer> officers() {
        return officers.all();
    }

    /**
     * Saves an officer (a new profile or an edit of one).
     *
     * @return the officer's new version
     * @throws InvalidInputException with the problems by field; nothing was saved
     */
    public long saveOfficer(Officer officer, String actor) {
        return database.transaction(tx -> officers.save(tx, officer, actor));
    }

    /** Makes an officer this laptop's profile. */
    public void chooseProfile(UUID officerId, String actor) {
        put(Settings.PROFILE_OFFICER, officerId.toString(), actor);
    }

    /** The profile officer's id, if one was chosen. */
    public Optional<String> profileOfficer() {
        return settings.get(Settings.PROFILE_OFFICER);
    }

    /** Remembers the interface language (its tag, e.g. {@code bo}) for the next start. */
    public void rememberLanguage(String tag, String actor) {
        put(Settings.LANGUAGE, tag, actor);
    }

    /** Remembers whether numbers show in Tibetan digits. */
    public void rememberTibetanDigits(boolean on, String actor) {
        put(Settings.TIBETAN_DIGITS, String.valueOf(on), actor);
    }

    /** Whether the app syncs by itself when the court server is reachable (off unless chosen). */
    public boolean autoSync() {
        return settings.get(Settings.SYNC_AUTO).map(Boolean::parseBoolean).orElse(false);
    }

    /** Remembers whether the app syncs by itself when the court server is reachable. */
    public void rememberAutoSync(boolean on, String actor) {
        put(Settings.SYNC_AUTO, String.valueOf(on), actor);
    }

    /** Remembers the screens open in the window (kept as it changes, so that a kill loses none). */
    public void rememberOpenScreens(String screens) {
        settings.putWindowState(Settings.OPEN_SCREENS, screens);
    }

    /** The screens open in the window when it last changed, if remembered. */
    public Optional<String> openScreens() {
        return settings.get(Settings.OPEN_SCREENS);
    }

    private void put(String key, String value, String actor) {
        database.transaction(tx -> {
            Settings.put(tx, key, value, actor);
            return null;
        });
    }
}
