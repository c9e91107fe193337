package org.lastmile.app;

import org.lastmile.app.wiring.Wiring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.store.cases.FillProgress;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * What the window needs before it can show anything, read on the store thread while the JavaFX
 * toolkit starts: the store, the deadline rules and the remembered language, digit setting and
 * profile. (The case list's first screenful is read next, while the window is being built.)
 *
 * @param store the opened store
 * @param engine the deadline engine with the data directory's rules
 * @param language the remembered language tag, if any
 * @param tibetanDigits the remembered digit setting, if any
 * @param profileOfficer the profile officer, if any
 */
record Startup(Store store, DeadlineEngine engine, Optional<String> language, Optional<String> tibetanDigits,
        UUID profileOfficer) {

    /** Opens the data directory; off the FX thread. {@code fill} hears the one-time V7 fill's progress. */
    static Startup read(Wiring wiring, Path directory, boolean withDemo, LaunchClock launch, FillProgress fill) {
        Store store = wiring.openStoreForWindow(directory, withDemo, fill);
        launch.mark("store open");
        try {
            DeadlineEngine engine = wiring.deadlines(directory);
            Settings settings = store.settings();
            UUID profile = settings.get(Settings.PROFILE_OFFICER).map(UUID::fromString).orElse(null);
            return new Startup(store, engine, settings.get(Settings.LANGUAGE), settings.get(Settings.TIBETAN_DIGITS),
                    profile);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    LocalDate today(Wiring wiring) {
        return LocalDate.now(wiring.clock().withZone(store.zone()));
    }
}
