package org.lastmile.store.sketch;

import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.sketch.SiteSketch;

/**
 * A sketch as stored.
 *
 * @param sketch the sketch
 * @param sha256 the SHA-256 of its canonical bytes (what a record holding it carries)
 * @param version 1 after the first save
 * @param frozenBy the sealed record that holds it, if any: then it never changes
 */
public record StoredSketch(SiteSketch sketch, String sha256, long version, Optional<UUID> frozenBy) {

    public boolean frozen() {
        return frozenBy.isPresent();
    }
}
