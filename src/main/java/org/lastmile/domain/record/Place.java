package org.lastmile.domain.record;

import org.lastmile.domain.Text;

/**
 * Where a record was made: always a named place, plus a GNSS position when a receiver was connected.
 *
 * @param name the place name (village, pasture)
 * @param longitude degrees east (CGCS2000/WGS84), or {@code null} when typed only
 * @param latitude degrees north, or {@code null}
 * @param sigmaM the position's standard deviation in metres, or {@code null}
 */
public record Place(String name, Double longitude, Double latitude, Double sigmaM) {

    public Place {
        name = Text.cleanOrNull(name);
        if ((longitude == null) != (latitude == null)) {
            throw new IllegalArgumentException("longitude and latitude come together");
        }
    }

    public static Place named(String name) {
        return new Place(name, null, null, null);
    }

    public boolean hasPosition() {
        return longitude != null;
    }

    public Place withName(String newName) {
        return new Place(newName, longitude, latitude, sigmaM);
    }
}
