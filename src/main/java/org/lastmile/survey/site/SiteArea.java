package org.lastmile.survey.site;

import java.util.OptionalDouble;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.area.Surface;

/**
 * The area of a site's boundary after adjustment.
 *
 * @param area the area on the plane of the site (m², mu), as cadastral areas are computed
 * @param sigmaM2 its standard deviation from the full covariance of the boundary points, m²
 * @param ellipsoidM2 the area on the CGCS2000 ellipsoid, m² (empty on a local plane)
 * @param groundM2 the area on the ground at the site height, m²
 */
public record SiteArea(Area area, double sigmaM2, OptionalDouble ellipsoidM2, double groundM2) {

    /** The surface of {@link #area()}: always the plane. */
    public Surface surface() {
        return area.surface();
    }

    /** σ of the area in mu. */
    public double sigmaMu() {
        return Area.toMu(sigmaM2);
    }
}
