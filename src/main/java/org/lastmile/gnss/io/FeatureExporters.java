package org.lastmile.gnss.io;

import java.util.Optional;

/** The exporter of each format. */
public final class FeatureExporters {

    private FeatureExporters() {
    }

    /**
     * The exporter for a format.
     *
     * @param plane the plane system, required by {@link ExportFormat#needsPlane()} formats
     * @param title the document's title (KML)
     * @throws IllegalArgumentException when a plane format is asked for without a plane system
     */
    public static FeatureExporter of(ExportFormat format, Optional<PlaneProjection> plane, String title) {
        return switch (format) {
            case GEOJSON -> new GeoJsonExporter(false);
            case KML -> new KmlExporter(title);
            case GPX -> new GpxExporter();
            case DAT -> new CassDatExporter(plane.orElseThrow(() -> new IllegalArgumentException("dat needs a plane")));
            case DXF -> new DxfExporter(plane.orElseThrow(() -> new IllegalArgumentException("dxf needs a plane")));
        };
    }
}
