package org.lastmile.ui.record;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the user was in each record closed during this session — which field or button had the
 * focus, and where on the screen it stood (or, without one, how far down the record's parts the
 * screen was scrolled) — so that reopening the record returns there instead of to the top (issue
 * 11, item 10). Made once by the composition root.
 */
public final class RecordPlaces {

    /**
     * @param scroll the vertical position of the record's parts, 0 (top) to 1 (bottom); used when
     *        the focused control is not in the scrolled parts
     * @param focusId the id of the control that had the focus, or null
     * @param focusTop how far below the top of the visible part the focused control's top edge
     *        stood, in pixels; NaN when it is not known
     */
    public record Place(double scroll, String focusId, double focusTop) {
    }

    private final Map<UUID, Place> places = new ConcurrentHashMap<>();

    public void remember(UUID recordId, Place place) {
        places.put(recordId, place);
    }

    public Optional<Place> of(UUID recordId) {
        return Optional.ofNullable(places.get(recordId));
    }
}
