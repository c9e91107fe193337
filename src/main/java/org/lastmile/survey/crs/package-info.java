/**
 * Coordinate reference systems: CGCS2000 and WGS84 geographic coordinates, Gauss-Krüger 3° and 6°
 * zones on CGCS2000 (with and without the zone-number prefix of the easting), UTM on WGS84; the
 * point scale factor and meridian convergence of a plane; the choice of one zone per site; the
 * reduction of a taped ground distance to the plane.
 *
 * <p>Transverse Mercator arithmetic is Proj4J's {@code etmerc} (Poder/Engsager, the algorithm
 * PROJ uses for {@code tmerc} since PROJ 4.9.3), built from explicit parameters: the EPSG
 * definitions shipped with proj4j-epsg select Proj4J's older {@code tmerc} series, which drifts
 * from PROJ by 0.1 mm at 5° and 1.6 cm at 11° from the central meridian.
 */
package org.lastmile.survey.crs;
