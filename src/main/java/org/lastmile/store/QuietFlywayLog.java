package org.lastmile.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's logger, silenced: its lines (and stack traces on a full disk) are not for the officer.
 * What went wrong reaches the user as one message from {@link Migrator}. Named by class in
 * {@code Flyway.configure().loggers(…)}, so it needs a public no-argument constructor.
 */
public final class QuietFlywayLog implements LogCreator, Log {

    @Override
    public Log createLogger(Class<?> type) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
    }

    @Override
    public void info(String message) {
    }

    @Override
    public void warn(String message) {
    }

    @Override
    public void error(String message) {
    }

    @Override
    public void error(String message, Exception e) {
    }

    @Override
    public void notice(String message) {
    }
}
