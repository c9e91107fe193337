package org.lastmile.ui.record.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.lastmile.domain.record.seal.StoredRecord;

/**
 * Tells open views that a record was created, saved or sealed, so that the case's list of records
 * shows its state without the case screen polling. One instance per window; FX thread only.
 */
public final class RecordUpdates {

    private final List<Consumer<StoredRecord>> listeners = new ArrayList<>();

    public void addListener(Consumer<StoredRecord> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<StoredRecord> listener) {
        listeners.remove(listener);
    }

    /** Announces a committed save or seal. */
    public void changed(StoredRecord record) {
        for (Consumer<StoredRecord> listener : List.copyOf(listeners)) {
            listener.accept(record);
        }
    }
}
