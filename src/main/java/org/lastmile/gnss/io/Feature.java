package org.lastmile.gnss.io;

import java.util.Map;
import org.lastmile.gnss.datum.Datum;

/**
 * One imported point, line or polygon.
 *
 * @param name its name in the file, empty when it had none
 * @param shape its geometry, longitude/latitude in degrees (after import: WGS84/CGCS2000)
 * @param source where in the file it came from
 * @param datumIn the datum its longitude/latitude were in before conversion
 * @param crsIn the coordinate system of the numbers in the file: {@code EPSG:4326} (WGS84),
 *     {@code EPSG:4490} (CGCS2000), {@code GCJ-02}, {@code BD-09}, or a plane system such as
 *     {@code EPSG:4521} for a CASS file
 * @param properties other values the file gave, by name (for example {@code code} of a CASS
 *     point, {@code description} of a placemark)
 */
public record Feature(String name, FeatureShape shape, SourceRef source, Datum datumIn, String crsIn,
        Map<String, String> properties) {

    public Feature {
        name = name == null ? "" : name;
        properties = Map.copyOf(properties);
    }

    /** The same feature with another shape (used when converting datums). */
    public Feature withShape(FeatureShape newShape) {
        return new Feature(name, newShape, source, datumIn, crsIn, properties);
    }

    /** Whether this is a point, line or polygon. */
    public Kind kind() {
        if (shape instanceof FeatureShape.PointShape) {
            return Kind.POINT;
        }
        return shape instanceof FeatureShape.LineShape ? Kind.LINE : Kind.POLYGON;
    }

    /** The three kinds of feature. */
    public enum Kind {
        POINT, LINE, POLYGON
    }
}
