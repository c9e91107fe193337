package org.lastmile.domain.sketch;

/** Where a corner's position came from; the sketch shows it beside the corner. */
public enum CornerSource {
    /** Averaged fixes of a receiver (serial, gpsd or replay). */
    GNSS("sketch.source.gnss"),
    /** A feature of an imported field file (GPX, KML, CSV, CASS .dat). */
    IMPORTED("sketch.source.imported"),
    /** Easting and northing typed on the site's plane. */
    TYPED_PLANE("sketch.source.typedPlane"),
    /** Longitude and latitude typed (decimal or DMS) and projected to the plane. */
    TYPED_GEOGRAPHIC("sketch.source.typedGeographic"),
    /** Constructed from tapes only (no position of its own). */
    TAPED("sketch.source.taped");

    private final String messageKey;

    CornerSource(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
