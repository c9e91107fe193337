package org.lastmile.domain.sketch;

import java.util.List;

/**
 * The line both sides agreed to (or the court adjudged), as a ring of corners: drawn black and
 * heavier than the claims, with boundary-point circles.
 *
 * @param ring corner ids in order, without the closing corner
 */
public record AgreedLine(List<String> ring) {

    public AgreedLine {
        ring = Ring.of(ring);
    }
}
