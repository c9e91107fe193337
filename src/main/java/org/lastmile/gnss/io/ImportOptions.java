package org.lastmile.gnss.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;

/**
 * How to read a file.
 *
 * @param datum the datum the file's longitude/latitude are in; GCJ-02 and BD-09 are converted to
 *     WGS84/CGCS2000 on import
 * @param plane the plane system of a CASS .dat file (required for CASS, ignored otherwise)
 * @param strict refuse the whole file when any part of it is bad
 * @param references the site's GNSS points (WGS84/CGCS2000 degrees, longitude first); an import
 *     that sits where a map-app shift would put it, relative to these, gets a warning
 * @param limits size bounds
 */
public record ImportOptions(Datum datum, Optional<PlaneProjection> plane, boolean strict, List<GeoPoint> references,
        ImportLimits limits) {

    public ImportOptions {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(plane, "plane");
        references = List.copyOf(references);
        Objects.requireNonNull(limits, "limits");
    }

    /** WGS84, no plane system, lenient, no reference points, default limits. */
    public static ImportOptions defaults() {
        return new ImportOptions(Datum.WGS84, Optional.empty(), false, List.of(), ImportLimits.defaults());
    }

    public ImportOptions withDatum(Datum newDatum) {
        return new ImportOptions(newDatum, plane, strict, references, limits);
    }

    public ImportOptions withPlane(PlaneProjection newPlane) {
        return new ImportOptions(datum, Optional.ofNullable(newPlane), strict, references, limits);
    }

    public ImportOptions withStrict(boolean newStrict) {
        return new ImportOptions(datum, plane, newStrict, references, limits);
    }

    public ImportOptions withReferences(List<GeoPoint> newReferences) {
        return new ImportOptions(datum, plane, strict, newReferences, limits);
    }

    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(datum, plane, strict, references, newLimits);
    }
}
