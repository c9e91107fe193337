package org.lastmile.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.io.GeoJsonPolygonReader;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;

/**
 * The parcel file of {@code survey area} and {@code survey split}: its bytes, read here so that a
 * missing or unreadable file is named in the command's words, and its first polygon, read by the
 * project's GeoJSON reader ({@link GeoJsonPolygonReader}).
 */
final class ParcelFile {

    /** The plane system a parcel's metres are written in; a geographic system is refused. */
    static Crs planeCrs(String code) {
        Crs system = CrsCatalog.parse(code);
        if (system.isGeographic()) {
            throw new LocalizedException("survey.cli.error.needPlane", system.code());
        }
        return system;
    }

    private ParcelFile() {
    }

    static GeoJsonPolygonReader.Parcel read(Path file) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LocalizedException("survey.cli.error.fileNotFound", file.toString());
        } catch (IOException e) {
            throw new LocalizedException("survey.cli.error.fileRead", file.toString(), e.getClass().getSimpleName());
        }
        return new GeoJsonPolygonReader().read(file.toString(), data)
                .orElseThrow(() -> new LocalizedException("survey.cli.error.noPolygon", file.toString()));
    }
}
