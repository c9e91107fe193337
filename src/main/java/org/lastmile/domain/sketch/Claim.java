package org.lastmile.domain.sketch;

import java.util.List;
import java.util.Objects;

/**
 * What one party says the land is: a ring of corners (界址主张). Each party has at most one claim.
 *
 * @param party A or B
 * @param ring corner ids in order, without the closing corner
 */
public record Claim(Party party, List<String> ring) {

    public Claim {
        Objects.requireNonNull(party);
        ring = Ring.of(ring);
    }
}
