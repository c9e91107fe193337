package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Objects;

/**
 * A parcel (宗地) as a ring of corners, without the closing corner.
 *
 * @param id identity
 * @param label what the sketch writes in it (parcel ID, holder), may be empty
 * @param ring corner ids in order
 */
public record Parcel(String id, String label, List<String> ring) {

    public Parcel {
        Objects.requireNonNull(id);
        label = label == null ? "" : label.strip();
        ring = Ring.of(ring);
    }
}
