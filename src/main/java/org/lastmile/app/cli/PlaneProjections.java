package org.lastmile.app.cli;

import org.lastmile.gnss.io.ImportError;
import org.lastmile.gnss.io.ImportException;
import org.lastmile.gnss.io.PlaneProjection;

/**
 * Finds the plane system named by {@code --crs} (a CGCS2000 Gauss-Krüger zone such as {@code
 * EPSG:4521}). The projection belongs to the survey engine ({@code org.lastmile.survey.crs}),
 * which is not on this branch yet: until it is merged every name is refused as unknown, and this
 * class becomes a small adapter from its catalogue to {@link PlaneProjection}.
 */
class PlaneProjections {

    /** The system, or an {@link ImportException} ({@link ImportError#UNKNOWN_CRS}). */
    PlaneProjection resolve(String name) {
        throw new ImportException(ImportError.UNKNOWN_CRS, "--crs", name);
    }
}
