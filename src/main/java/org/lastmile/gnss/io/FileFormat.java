package org.lastmile.gnss.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats LastMile imports, with the file name extensions that announce them. */
public enum FileFormat {
    GPX("GPX", List.of("gpx")),
    KML("KML", List.of("kml")),
    KMZ("KMZ", List.of("kmz")),
    CSV("CSV", List.of("csv", "txt", "tsv")),
    GEOJSON("GeoJSON", List.of("geojson", "json")),
    CASS_DAT("CASS .dat", List.of("dat"));

    private final String displayName;
    private final List<String> extensions;

    FileFormat(String displayName, List<String> extensions) {
        this.displayName = displayName;
        this.extensions = extensions;
    }

    /** The name used in messages ({@code GPX}, {@code CASS .dat}); the same in every language. */
    public String displayName() {
        return displayName;
    }

    /** The extensions, lower case, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name announces by its extension (case-insensitive). */
    public static Optional<FileFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
