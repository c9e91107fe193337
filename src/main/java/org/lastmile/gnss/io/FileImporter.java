package org.lastmile.gnss.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.lastmile.gnss.datum.ChinaBox;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.gnss.datum.DatumShiftCheck;
import org.lastmile.survey.crs.GeoPoint;

/**
 * Imports a field file of any supported format into one {@link ImportResult}: the entry point for
 * the import dialog and the command line.
 *
 * <p>It reads at most {@link ImportLimits#maxFileBytes()} bytes, checks that the content is what
 * the name says (a KML named .gpx is "not a GPX file: line 1 …"), reads it with the format's
 * importer, converts GCJ-02/BD-09 to WGS84/CGCS2000 when the options say the file is in one,
 * and adds warnings: a map app named in the file, points where a map-app shift would put them
 * (against the options' reference points), a map-app datum chosen for points outside China.
 * In strict mode any bad part refuses the whole file.
 *
 * <p>Every failure is an {@link ImportException} with an {@link ImportError} code; no other
 * exception escapes for any input. Instances hold no state besides the progress listener and may
 * be shared.
 */
public final class FileImporter {

    private final FormatSniffer sniffer = new FormatSniffer();
    private final LongConsumer progress;

    /** An importer that reports no progress. */
    public FileImporter() {
        this(vertices -> { });
    }

    /**
     * An importer that tells how far it has read.
     *
     * @param progress called on the importing thread with the number of vertices read so far,
     *     every {@link ImportSink#PROGRESS_STEP} vertices (a long import shows it is alive)
     */
    public FileImporter(LongConsumer progress) {
        this.progress = progress;
    }

    /** Imports a file from disk. */
    public ImportResult importFile(Path file, ImportOptions options) {
        String name = String.valueOf(file.getFileName());
        long max = options.limits().maxFileBytes();
        try {
            if (Files.size(file) > max) {
                throw new ImportException(ImportError.TOO_LARGE, name, max >> 20);
            }
            byte[] data;
            try (InputStream in = Files.newInputStream(file)) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            return importBytes(name, data, options);
        } catch (IOException e) {
            throw new ImportException(e, ImportError.UNREADABLE, name, unreadable(file, e));
        }
    }

    /** Why a file could not be read, in LastMile's words (the system's text is never shown). */
    private static org.lastmile.common.Key unreadable(Path file, IOException e) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = "gnss.import.unreadable.notFound";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "gnss.import.unreadable.noPermission";
        } else if (Files.isDirectory(file)) {
            why = "gnss.import.unreadable.isFolder";
        } else {
            why = "gnss.import.unreadable.other";
        }
        return new org.lastmile.common.Key(why);
    }

    /**
     * Imports a file's bytes.
     *
     * @param fileName the file's name: its extension says the format expected
     */
    public ImportResult importBytes(String fileName, byte[] data, ImportOptions options) {
        long max = options.limits().maxFileBytes();
        if (data.length > max) {
            throw new ImportException(ImportError.TOO_LARGE, fileName, max >> 20);
        }
        Sniff sniff = sniffer.sniff(data);
        Optional<FileFormat> named = FileFormat.byFileName(fileName);
        FileFormat format = named.or(() -> FormatSniffer.byContent(sniff))
                .orElseThrow(() -> new ImportException(ImportError.UNKNOWN_FORMAT, fileName));
        if (!sniffer.fits(format, sniff)) {
            throw new ImportException(ImportError.NOT_FORMAT, fileName, format.displayName(), sniff.line(), sniff);
        }
        Datum datum = format == FileFormat.CASS_DAT ? Datum.CGCS2000 : options.datum();
        String crsIn;
        if (format == FileFormat.CASS_DAT) {
            crsIn = options.plane().orElseThrow(() -> new ImportException(ImportError.CRS_REQUIRED, fileName)).name();
        } else {
            crsIn = datum.crsName();
        }
        ImportSink sink = new ImportSink(fileName, datum, crsIn, options.limits(), progress);
        ImportInput input = new ImportInput(fileName, data, options);
        try {
            importer(format).read(input, sink);
            if (format != FileFormat.KMZ && format != FileFormat.CASS_DAT) {
                int head = Math.min(data.length, MapAppHint.HEAD_CHARS * 3);
                MapAppHint.check(TextDecoder.decode(data, head).text(), datum, sink);
            }
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException(e, ImportError.BROKEN, fileName, format.displayName(), 0,
                    new org.lastmile.common.Key("gnss.import.broken.notWellFormed"));
        }
        if (options.strict() && !sink.problems().isEmpty()) {
            throw new ImportException(ImportError.STRICT_REFUSED, fileName, sink.problems().size(),
                    sink.problems().get(0));
        }
        List<ImportWarning> warnings = new ArrayList<>(sink.warnings());
        List<Feature> features = sink.features();
        if (format != FileFormat.CASS_DAT) {
            shiftFinding(features, datum, options.references()).ifPresent(warnings::add);
            if (datum.isShifted()) {
                long outside = features.stream().flatMap(f -> f.shape().positions().stream())
                        .filter(p -> !ChinaBox.contains(p.lon(), p.lat())).count();
                if (outside > 0) {
                    warnings.add(new ImportWarning(ImportWarning.Code.OUTSIDE_CHINA, outside));
                }
                features = features.stream().map(f -> f.withShape(f.shape().map(p -> {
                    GeoPoint w = datum.toWgs84(p.lon(), p.lat());
                    return p.movedTo(w.lon(), w.lat());
                }))).toList();
            }
        }
        if (features.isEmpty() && sink.problems().isEmpty()) {
            warnings.add(new ImportWarning(ImportWarning.Code.NO_FEATURES));
        }
        return new ImportResult(fileName, format, features, sink.problems(), warnings);
    }

    private static Optional<ImportWarning> shiftFinding(List<Feature> raw, Datum datum, List<GeoPoint> references) {
        if (references.isEmpty()) {
            return Optional.empty();
        }
        List<GeoPoint> positions = raw.stream().flatMap(f -> f.shape().positions().stream()).toList();
        return new DatumShiftCheck(references).check(positions, datum).map(f -> f.likely().isPresent()
                ? new ImportWarning(ImportWarning.Code.DATUM_SHIFT_LIKELY, f.likely().get(),
                        new Object[] {Math.round(f.offsetMetres()), f.likely().get(), Math.round(f.metresIfLikely())})
                : new ImportWarning(ImportWarning.Code.DATUM_SHIFT_UNEXPLAINED, Math.round(f.offsetMetres())));
    }

    private static FormatImporter importer(FileFormat format) {
        return switch (format) {
            case CSV -> new CsvImporter();
            case GPX -> new GpxImporter();
            case KML -> new KmlImporter();
            case KMZ -> new KmzImporter();
            case GEOJSON -> new GeoJsonImporter();
            case CASS_DAT -> new CassDatImporter();
        };
    }
}
