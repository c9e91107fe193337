package org.lastmile.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lastmile.gnss.average.AveragedPosition;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.average.CornerAverager;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.gnss.io.Feature;
import org.lastmile.gnss.io.FeatureShape;
import org.lastmile.gnss.io.ImportWarning;
import org.lastmile.gnss.nmea.NmeaFileReader;
import org.lastmile.survey.crs.GeoPoint;

/**
 * Reads a field file for the sketch: the points, lines and polygons of a GPX, KML/KMZ, CSV,
 * GeoJSON or CASS file (through {@link FieldImportService}, so the datum is chosen the same way as
 * for a record's import), or one averaged position from an NMEA log recorded while standing on a
 * corner ({@link CornerAverager}: its σ and the number of fixes go with it). A file that cannot
 * be read at all fails with the importer's one-line reason.
 */
public final class SketchFieldFiles {

    /** Extensions read as NMEA logs. */
    private static final List<String> NMEA = List.of("nmea", "nma", "log");

    /**
     * One thing in the file.
     *
     * @param name its name in the file (may be empty)
     * @param kind point, line or polygon
     * @param positions its vertices in WGS84/CGCS2000 (a polygon's shell without the closing point)
     * @param fixes the number of fixes averaged (an NMEA log), 0 otherwise
     * @param sigmaM the horizontal σ of the average in metres, NaN when unknown
     */
    public record FieldPoint(String name, Feature.Kind kind, List<GeoPoint> positions, int fixes, double sigmaM) {
        public FieldPoint {
            positions = List.copyOf(positions);
        }
    }

    /**
     * A file read for the sketch.
     *
     * @param fileName the file's name
     * @param datum the datum its coordinates were read in
     * @param points what it holds, in file order
     * @param skipped the number of bad parts left out
     * @param warnings what the officer should check
     */
    public record Reading(String fileName, Datum datum, List<FieldPoint> points, int skipped,
            List<ImportWarning> warnings) {
        public Reading {
            points = List.copyOf(points);
            warnings = List.copyOf(warnings);
        }
    }

    private final FieldImportService imports;

    public SketchFieldFiles(FieldImportService imports) {
        this.imports = Objects.requireNonNull(imports);
    }

    /**
     * Reads a file.
     *
     * @param planeCrs the sketch's plane system, in which a CASS file's coordinates are taken
     * @param references the sketch's GNSS points, against which a map-app shift is measured
     * @throws org.lastmile.common.LocalizedException with a one-line reason when nothing can be read
     */
    public Reading read(Path file, String planeCrs, List<GeoPoint> references) {
        String name = String.valueOf(file.getFileName());
        if (isNmea(name)) {
            return nmea(file, name);
        }
        boolean cass = name.toLowerCase(Locale.ROOT).endsWith(".dat");
        FieldImportService.Reading r = imports.read(file, Datum.WGS84, cass ? planeCrs : "", references, true);
        List<FieldPoint> out = new ArrayList<>();
        for (Feature f : r.result().features()) {
            List<GeoPoint> at = f.shape() instanceof FeatureShape.PolygonShape p
                    ? p.shell().subList(0, p.shell().size() - 1) : f.shape().positions();
            out.add(new FieldPoint(f.name(), f.kind(), at, 0, Double.NaN));
        }
        return new Reading(name, r.datum(), out, r.result().problems().size(), r.result().warnings());
    }

    static boolean isNmea(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && NMEA.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** An NMEA log: every fix averaged into one position (the officer stood on one corner). */
    private static Reading nmea(Path file, String name) {
        AveragingSettings settings = AveragingSettings.defaults()
                .withTarget(Integer.MAX_VALUE, Duration.ofDays(365_000))
                .withAllowPoorAccuracy(true);
        CornerAverager averager = new CornerAverager(settings);
        NmeaFileReader.read(file, averager::offer);
        AveragedPosition p = averager.capture();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new Reading(name, Datum.WGS84, List.of(new FieldPoint(stem, Feature.Kind.POINT,
                List.of(new GeoPoint(p.longitude(), p.latitude())), p.used(), p.sigmaHorizontal())), 0, List.of());
    }
}
