package org.lastmile.app.cli;

import org.lastmile.gnss.io.ImportError;
import org.lastmile.gnss.io.ImportException;
import org.lastmile.gnss.io.PlaneSystem;

/**
 * Finds the plane system named by {@code --crs} (a CGCS2000 Gauss-Krüger zone such as {@code
 * EPSG:4521}) in the survey engine's coordinate systems.
 */
class PlaneSystems {

    /** The system, or an {@link ImportException} ({@link ImportError#UNKNOWN_CRS}). */
    PlaneSystem resolve(String name) {
        throw new ImportException(ImportError.UNKNOWN_CRS, "--crs", name);
    }
}
