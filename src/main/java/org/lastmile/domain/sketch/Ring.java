package org.lastmile.domain.sketch;

import java.util.List;

/** Checks shared by the elements made of a ring of corners. */
final class Ring {

    private Ring() {
    }

    static List<String> of(List<String> cornerIds) {
        List<String> ring = List.copyOf(cornerIds);
        if (ring.size() < 3) {
            throw new SketchException(SketchError.SHORT_RING);
        }
        return ring;
    }
}
