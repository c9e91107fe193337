package org.lastmile.survey.site;

import java.util.List;
import java.util.Optional;
import org.lastmile.survey.adjust.Network;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;

/**
 * A site read from a SITE.json file: its plane, its height, and the network of observations on
 * that plane (GNSS positions projected, tapes and offsets reduced from the ground to the plane,
 * magnetic bearings turned to grid), with the boundary to measure.
 *
 * @param plane the plane system, or empty for a local plane (no position on the earth)
 * @param planeChosen whether the plane was chosen from the GNSS points (no {@code crs} in the file)
 * @param heightM the site height, metres
 * @param scale the ground-to-plane scale of the site (1 for a local plane)
 * @param network the observations on the plane, in file order, and approximate coordinates
 * @param boundary the point ids of the boundary in order, possibly empty
 */
public record Site(Optional<PlaneSystem> plane, boolean planeChosen, double heightM, SiteScale scale, Network network,
        List<String> boundary) {

    public Site {
        boundary = List.copyOf(boundary);
    }

    /** The factor from a ground distance to a plane distance. */
    public double groundToPlane() {
        return scale.groundToPlane();
    }
}
