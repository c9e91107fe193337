package org.lastmile.store.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditAction;

/**
 * The officer's preferences (language, Tibetan digits, profile), kept in the same file as the
 * cases so that they move and back up with them. Each change is an audited local action.
 */
public final class Settings {

    /** The interface language tag ({@code zh}, {@code bo}, {@code en}). */
    public static final String LANGUAGE = "ui.language";
    /** {@code true} to show Tibetan digits in the Tibetan interface. */
    public static final String TIBETAN_DIGITS = "ui.tibetanDigits";
    /** The id of the officer whose profile this is. */
    public static final String PROFILE_OFFICER = "profile.officerId";
    /** Set once the data directory has been seeded (with or without the demo cases). */
    public static final String SEEDED = "store.seeded";
    /** {@code true} to sync by itself whenever the court server is reachable (off unless chosen). */
    public static final String SYNC_AUTO = "sync.auto";
    /** The screens open in the window, in tab order, the shown one marked ({@code OpenScreens}). */
    public static final String OPEN_SCREENS = "ui.openScreens";

    private final Database database;

    public Settings(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Stores a value as one audited action. */
    public void put(String key, String value, String actor) {
        database.transaction(tx -> {
            put(tx, key, value, actor);
            return null;
        });
    }

    /**
     * Stores the window's own state (which screens are open), which is no action of the officer:
     * without an audit event, unlike {@link #put}.
     */
    public void putWindowState(String key, String value) {
        database.transaction(tx -> {
            upsert(tx, key, value);
            return null;
        });
    }

    /** Stores a value inside an action's transaction. */
    public static void put(Tx tx, String key, String value, String actor) throws SQLException {
        upsert(tx, key, value);
        ActionLog.local(tx, actor, AuditAction.SETTING_CHANGED, key, value);
    }

    private static void upsert(Tx tx, String key, String value) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
