package org.lastmile.domain.record;

import org.lastmile.domain.Text;

/**
 * A boundary marker placed on site (界桩).
 *
 * @param number its number, e.g. J1
 * @param material concrete post, steel nail, paint, stone
 * @param easting metres in the site's plane system, or {@code null}
 * @param northing metres, or {@code null}
 */
public record BoundaryMarker(String number, String material, Double easting, Double northing) {

    public BoundaryMarker {
        number = Text.cleanOrNull(number);
        material = Text.cleanOrNull(material);
    }
}
