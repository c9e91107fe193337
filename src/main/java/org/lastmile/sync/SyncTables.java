package org.lastmile.sync;

import org.lastmile.store.Database;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * The sync tables of an opened data directory (migration V4), each behind its own small class.
 */
public record SyncTables(Database database, Settings settings, SyncState state, OutboxQueue outbox, BlobQueue blobs,
        Conflicts conflicts, Receipts receipts) {

    public static SyncTables of(Store store) {
        Database db = store.database();
        return new SyncTables(db, store.settings(), new SyncState(db), new OutboxQueue(db),
                new BlobQueue(db, store.blobs()), new Conflicts(db), new Receipts(db));
    }
}
