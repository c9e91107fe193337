package org.lastmile.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.gnss.io.Feature;
import org.lastmile.gnss.io.FileImporter;
import org.lastmile.gnss.io.GeoJsonExporter;
import org.lastmile.gnss.io.ImportOptions;
import org.lastmile.gnss.io.ImportResult;
import org.lastmile.gnss.io.ImportWarning;
import org.lastmile.gnss.io.PlaneProjections;

/**
 * Importing a field file (GPX, KML/KMZ, CSV, GeoJSON, CASS .dat) into a record: reading it in the
 * datum it is most likely in, and storing the converted features as one GeoJSON attachment in
 * WGS84/CGCS2000. Which datum to preselect is decided here, from the typed suggestion the reader
 * attaches to its warnings, so that the window, the command line and a sync engine decide alike.
 */
public final class FieldImportService {

    /** The media type of the stored document. */
    public static final String MEDIA_TYPE = "application/geo+json";

    /**
     * A file read for the preview.
     *
     * @param datum the datum it was read in (the one chosen, or the one suggested by the file)
     * @param result the features, problems and warnings after conversion
     */
    public record Reading(Datum datum, ImportResult result) {
    }

    private final AttachmentService attachments;
    private final FileImporter importer = new FileImporter();
    private final PlaneProjections planes = new PlaneProjections();

    public FieldImportService(AttachmentService attachments) {
        this.attachments = Objects.requireNonNull(attachments);
    }

    /**
     * Reads a field file.
     *
     * @param chosen the datum the officer chose (WGS84 until he chooses)
     * @param crsCode the plane system of a CASS file ({@code EPSG:4521}), or empty
     * @param references the site's GNSS points, against which a map-app shift is measured
     * @param suggest whether to read the file again in the datum it suggests when the officer has
     *     not chosen a shifted one (on opening a file, not after his choice)
     */
    public Reading read(Path file, Datum chosen, String crsCode, List<GeoPoint> references, boolean suggest) {
        ImportOptions options = ImportOptions.defaults().withDatum(chosen).withReferences(references);
        if (!crsCode.isEmpty()) {
            options = options.withPlane(planes.resolve(crsCode));
        }
        ImportResult r = importer.importFile(file, options);
        if (suggest && !chosen.isShifted()) {
            Optional<Datum> found = suggestedDatum(r);
            if (found.isPresent()) {
                return new Reading(found.get(), importer.importFile(file, options.withDatum(found.get())));
            }
        }
        return new Reading(chosen, r);
    }

    /** The datum a map app named in the file writes, or else the one a shift check found likely. */
    public static Optional<Datum> suggestedDatum(ImportResult r) {
        for (ImportWarning.Code code : List.of(ImportWarning.Code.MAP_APP_FILE, ImportWarning.Code.DATUM_SHIFT_LIKELY)) {
            for (ImportWarning w : r.warnings()) {
                if (w.code() == code && w.suggestedDatum().filter(Datum::isShifted).isPresent()) {
                    return w.suggestedDatum();
                }
            }
        }
        return Optional.empty();
    }

    /** Stores the features read as one GeoJSON document, ready for the record to name. */
    public AttachmentRef store(ImportResult r) {
        return attachments.document(r.fileName() + ".geojson", geoJson(r.features()), AttachmentKind.DOCUMENT,
                MEDIA_TYPE);
    }

    /** The GeoJSON document stored for the features (UTF-8, one feature per line). */
    public static byte[] geoJson(List<Feature> features) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new GeoJsonExporter(true).write(features, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
