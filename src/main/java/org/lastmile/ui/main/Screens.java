package org.lastmile.ui.main;

import java.util.UUID;
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

    /** The screen id of a case. */
    static String caseId(UUID id) {
        return "case:" + id;
    }
}
