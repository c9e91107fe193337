package org.lastmile.domain.cases;

import org.lastmile.domain.Text;

/**
 * The parcel an obligation concerns, as the title or the land contract describes it.
 *
 * @param location where it lies (village, place name)
 * @param parcelId the contract or certificate parcel number, may be empty
 * @param north 北至 — neighbour or landmark to the north
 * @param east 东至
 * @param south 南至
 * @param west 西至
 */
public record LandParcel(String location, String parcelId, String north, String east, String south, String west) {

    public LandParcel {
        location = Text.cleanOrNull(location);
        parcelId = Text.cleanOrNull(parcelId);
        north = Text.cleanOrNull(north);
        east = Text.cleanOrNull(east);
        south = Text.cleanOrNull(south);
        west = Text.cleanOrNull(west);
    }

    /** Whether all four boundaries (四至) are stated. */
    public boolean hasFourBoundaries() {
        return north != null && east != null && south != null && west != null;
    }
}
