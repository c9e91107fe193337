package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Test stand-in for the survey engine's EPSG:4521 (CGCS2000 3-degree Gauss-Krüger zone 33, central
 * meridian 99° E, false easting 33,500,000 m) built on Proj4J, so that the CASS and DXF code can be
 * tested against PROJ's own figures (the sample file was made with cs2cs).
 */
final class Proj4jZone33 implements PlaneProjection {

    private final CoordinateTransform toPlane;
    private final CoordinateTransform toGeographic;

    Proj4jZone33() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem geographic = crs.createFromParameters("CGCS2000",
                "+proj=longlat +ellps=GRS80 +no_defs");
        CoordinateReferenceSystem zone = crs.createFromParameters("EPSG:4521",
                "+proj=tmerc +lat_0=0 +lon_0=99 +k=1 +x_0=33500000 +y_0=0 +ellps=GRS80 +units=m +no_defs");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        toPlane = f.createTransform(geographic, zone);
        toGeographic = f.createTransform(zone, geographic);
    }

    @Override
    public String name() {
        return "EPSG:4521";
    }

    @Override
    public GeoPoint toLonLat(double easting, double northing) {
        ProjCoordinate out = toGeographic.transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new GeoPoint(out.x, out.y);
    }

    @Override
    public double[] toPlane(double lon, double lat) {
        ProjCoordinate out = toPlane.transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    @Override
    public boolean accepts(double easting, double northing) {
        return Math.abs(easting - 33_500_000) < 400_000 && northing > 0 && northing < 10_000_000;
    }
}
