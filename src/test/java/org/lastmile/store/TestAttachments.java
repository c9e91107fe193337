package org.lastmile.store;

import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import org.lastmile.store.open.Store;

/** Files a store holds as attachments, the way the sync tests set them up: the bytes, and their row. */
public final class TestAttachments {

    private TestAttachments() {
    }

    /** Puts {@code bytes} in the blob store and registers them (once: the same bytes are one file). */
    public static String add(Store store, byte[] bytes) {
        return add(store, new ByteArrayInputStream(bytes));
    }

    /** As {@link #add(Store, byte[])}, for a file larger than the heap affords. */
    public static String add(Store store, java.io.InputStream bytes) {
        var stored = store.blobs().put(bytes);
        store.database().transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "INSERT INTO attachments (sha256, size, stored_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                s.setString(1, stored.sha256());
                s.setLong(2, stored.size());
                s.setString(3, tx.now().toString());
                s.executeUpdate();
            }
            return null;
        });
        return stored.sha256();
    }
}
