package org.lastmile.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.CaseHeader;

/**
 * Tells open views that a case was saved (created, edited, undone), so that the list shows the
 * new state without reading everything again. One instance per window; FX thread only.
 */
public final class CaseUpdates {

    /** A committed save: the case and its header as stored. */
    public record Saved(EnforcementCase c, CaseHeader header) {
    }

    private final List<Consumer<Saved>> listeners = new ArrayList<>();

    public void addListener(Consumer<Saved> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<Saved> listener) {
        listeners.remove(listener);
    }

    /** Announces a committed save. */
    public void saved(EnforcementCase c, CaseHeader header) {
        Saved event = new Saved(c, header);
        for (Consumer<Saved> listener : List.copyOf(listeners)) {
            listener.accept(event);
        }
    }
}
