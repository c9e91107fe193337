package org.lastmile.store;

/** When the pages of an existing database file are checked for corruption. */
public enum IntegrityCheck {
    /** Before the store opens (the command line): a corrupt file never opens. */
    ON_OPEN,
    /**
     * Later, through {@link Store#checkIntegrity()}, which the caller runs before anything writes
     * (the window: after the case list is on screen, ahead of any save on the one store thread).
     * The check reads the whole file, so it costs time in proportion to its size. Files that must
     * be migrated or seeded are still checked before that write.
     */
    DEFERRED
}
