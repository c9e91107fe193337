package org.lastmile.service;

import java.util.Objects;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * The receiver this laptop uses (gpsd, a serial device, a replayed log, or none), kept in the
 * settings as one line ({@link ReceiverChoice#format()}); a change is an audited local action like
 * any preference. The sketch screen and the record's place read it when they open.
 */
public final class ReceiverSetting {

    /** The settings key. */
    public static final String KEY = "gnss.receiver";

    private final Settings settings;

    public ReceiverSetting(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public static ReceiverSetting of(Store store) {
        return new ReceiverSetting(store.settings());
    }

    /** The chosen receiver; {@link ReceiverChoice#NONE} when none was chosen or the stored line is unreadable. */
    public ReceiverChoice get() {
        try {
            return ReceiverChoice.parse(settings.get(KEY).orElse(""));
        } catch (LocalizedException e) {
            return ReceiverChoice.NONE;
        }
    }

    /** Remembers the choice. */
    public void choose(ReceiverChoice choice, String actor) {
        settings.put(KEY, choice.format(), actor);
    }
}
