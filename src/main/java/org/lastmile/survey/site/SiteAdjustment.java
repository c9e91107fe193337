package org.lastmile.survey.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lastmile.survey.adjust.AdjustedPoint;
import org.lastmile.survey.adjust.Adjustment;
import org.lastmile.survey.adjust.AdjustmentOptions;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.area.AreaUncertainty;
import org.lastmile.survey.area.ParcelAreaOp;
import org.lastmile.survey.area.ParcelAreas;
import org.lastmile.survey.area.PlaneArea;
import org.lastmile.survey.area.Surface;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.geom.ParcelCheck;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Adjusts a {@link Site} and measures its boundary: the plane area with its σ from the full
 * covariance of the boundary points (org.lastmile.survey.area), and the ellipsoidal and ground
 * areas. Writing slips are sought in the tapes as written on the ground.
 */
public final class SiteAdjustment {

    private final AdjustmentOptions options;

    public SiteAdjustment(AdjustmentOptions options) {
        this.options = options;
    }

    /** With the default adjustment options. */
    public static SiteResult adjust(Site site) {
        return new SiteAdjustment(AdjustmentOptions.defaults()).run(site);
    }

    /**
     * @throws org.lastmile.survey.adjust.AdjustmentException when the network cannot be adjusted
     * @throws org.lastmile.common.LocalizedException when the boundary is not a simple polygon
     */
    public SiteResult run(Site site) {
        AdjustmentResult result = new Adjustment(options.withGroundToPlane(site.groundToPlane())).run(site.network());
        Optional<SiteArea> area = site.boundary().size() >= 3 ? Optional.of(area(site, result)) : Optional.empty();
        return new SiteResult(site, result, area);
    }

    private static SiteArea area(Site site, AdjustmentResult result) {
        List<PlanePoint> ring = new ArrayList<>();
        for (String id : site.boundary()) {
            AdjustedPoint p = result.point(id).orElseThrow();
            ring.add(new PlanePoint(p.e(), p.n()));
        }
        double sigma = AreaUncertainty.sigma(ring, result.covariance(site.boundary()));
        if (site.plane().isEmpty()) {
            Area plane = new Area(Math.abs(PlaneArea.signed(ring)), Surface.PLANE);
            return new SiteArea(plane, sigma, OptionalDouble.empty(), plane.m2());
        }
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            c[i] = new Coordinate(ring.get(i).e(), ring.get(i).n());
        }
        c[ring.size()] = c[0];
        Polygon polygon = ParcelCheck.polygon(new GeometryFactory().createPolygon(c));
        ParcelAreas areas = new ParcelAreaOp(site.plane().get()).setHeight(site.heightM()).compute(polygon);
        return new SiteArea(areas.plane(), sigma, OptionalDouble.of(areas.ellipsoid().m2()), areas.ground().m2());
    }
}
