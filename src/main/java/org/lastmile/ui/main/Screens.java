package org.lastmile.ui.main;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.lastmile.ui.common.Navigator;
import org.lastmile.ui.common.Screen;

/**
 * Makes the screens of the window with their view models and services; implemented by the
 * composition root. A new kind of screen adds a method here (or is opened directly with
 * {@link Navigator#show}).
 */
public interface Screens {

    /** The case list, made once and never closed. */
    Screen cases(Navigator navigator);

    /** One case: its parties, obligations, title and timeline, with editing. */
    Screen caseFile(UUID id, Navigator navigator);

    /** An empty case form; becomes a case screen once saved. */
    Screen newCase(Navigator navigator);

    Screen settings(Navigator navigator);

    /** Sync with the court: enrolment, "Sync now", progress, conflicts. */
    Screen sync(Navigator navigator);

    /**
     * Makes again a screen remembered open when the window last changed (a case, a record, a
     * sketch, the settings, the sync), for a restart; empty for an id that names nothing to open
     * again (the case list, a new case never saved, an unknown kind).
     */
    Optional<Supplier<Screen>> reopen(String id, Navigator navigator);

    /** The screen id of a case. */
    static String caseId(UUID id) {
        return "case:" + id;
    }
}
