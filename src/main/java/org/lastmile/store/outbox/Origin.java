package org.lastmile.store.outbox;

/**
 * Where a change comes from, which decides what it leaves beside its rows: a change made on this
 * device goes to the outbox (for the court server) and the audit chain; a change pulled from the
 * server is recorded in the audit chain only, never sent back.
 */
public enum Origin {
    /** Made by a user (or the demo seeding) on this device. */
    LOCAL,
    /** Pulled from the court server by the sync engine. */
    SERVER
}
