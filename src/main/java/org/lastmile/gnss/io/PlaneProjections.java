package org.lastmile.gnss.io;

import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.CrsException;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;

/**
 * Finds the plane system named by {@code --crs} or the import dialog's CRS field (for example {@code EPSG:4521}, CGCS2000
 * Gauss-Krüger 3° zone 33 with its prefix) in the survey engine's catalogue and hands it to the
 * file importers and exporters through their {@link PlaneProjection} seam. It lives in {@code gnss}
 * because {@code gnss} may use {@code survey} and never the other way round (docs/architecture.md).
 */
public final class PlaneProjections {

    /** Half the widest zone (6° at the equator is about 334 km each side) with room to spare. */
    private static final double MAX_OFFSET_FROM_FALSE_EASTING_M = 400_000;

    /**
     * The system, or an {@link ImportException} ({@link ImportError#UNKNOWN_CRS}) for a code that is
     * unknown, malformed or geographic.
     */
    public PlaneProjection resolve(String name) {
        Crs crs;
        try {
            crs = CrsCatalog.parse(name);
        } catch (CrsException e) {
            throw new ImportException(ImportError.UNKNOWN_CRS, "--crs", name);
        }
        if (!(crs instanceof PlaneSystem plane)) {
            throw new ImportException(ImportError.UNKNOWN_CRS, "--crs", name);
        }
        return new Adapter(plane);
    }

    private record Adapter(PlaneSystem plane) implements PlaneProjection {

        @Override
        public String name() {
            return plane.code();
        }

        @Override
        public GeoPoint toLonLat(double easting, double northing) {
            return plane.toGeographic(easting, northing);
        }

        @Override
        public double[] toPlane(double lon, double lat) {
            PlanePoint p = plane.toPlane(lon, lat);
            return new double[] {p.e(), p.n()};
        }

        @Override
        public boolean accepts(double easting, double northing) {
            return Math.abs(easting - plane.falseEasting()) < MAX_OFFSET_FROM_FALSE_EASTING_M
                    && northing >= 0 && northing <= 10_000_000;
        }
    }
}
