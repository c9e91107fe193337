/**
 * Areas of parcels: on the map plane (shoelace), on the CGCS2000 ellipsoid (GeographicLib) and on
 * the ground at the site's height; in m², mu (亩, 10000/15 m²) and hectares; with the standard
 * deviation that the covariance of the corners implies. Every {@link org.lastmile.survey.area.Area}
 * states its {@link org.lastmile.survey.area.Surface}.
 */
package org.lastmile.survey.area;
