package org.lastmile.survey.site;

import java.util.Optional;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.crs.GeoPoint;

/**
 * A site adjusted: the adjustment and, when the site has a boundary, its area.
 *
 * @param site the site as read
 * @param adjustment the adjustment on the site's plane
 * @param area the boundary's area, if a boundary was given
 */
public record SiteResult(Site site, AdjustmentResult adjustment, Optional<SiteArea> area) {

    /** Longitude and latitude of an adjusted point (empty on a local plane). */
    public Optional<GeoPoint> geographic(double e, double n) {
        return site.plane().map(p -> p.toGeographic(e, n));
    }
}
