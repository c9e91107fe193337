package org.lastmile.gnss.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats LastMile writes. */
public enum ExportFormat {
    /** GeoJSON FeatureCollection, longitude/latitude (RFC 7946). */
    GEOJSON("geojson", false),
    /** KML 2.2 placemarks. */
    KML("kml", false),
    /** GPX 1.1: points as waypoints, lines and polygons as tracks. */
    GPX("gpx", false),
    /** CASS coordinate file: {@code name,code,E,N,H} per point on the plane. */
    DAT("dat", true),
    /** DXF R12 (AC1009) ASCII drawing on the plane: POINT, POLYLINE and TEXT entities. */
    DXF("dxf", true);

    private final String extension;
    private final boolean plane;

    ExportFormat(String extension, boolean plane) {
        this.extension = extension;
        this.plane = plane;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format is on a plane and needs a {@link PlaneProjection}. */
    public boolean needsPlane() {
        return plane;
    }

    /**
     * The encoding of a saved file: UTF-8, except CASS .dat in GB18030 (GBK for every Chinese
     * name, so that CASS on Chinese Windows reads it; Tibetan names need GB18030-aware software)
     * and DXF in ASCII (other characters are written as {@code \U+XXXX}).
     */
    public Charset fileCharset() {
        return switch (this) {
            case DAT -> Charset.forName("GB18030");
            case DXF -> StandardCharsets.US_ASCII;
            default -> StandardCharsets.UTF_8;
        };
    }

    /** The format named {@code kml}, {@code gpx}, {@code dat}, {@code dxf} or {@code geojson}. */
    public static Optional<ExportFormat> of(String name) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT)) || f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
