package org.lastmile.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes large field files of {@code n} points for the memory tests and the import benchmark: a
 * walk near Gangcha (37.3° N, 100.1° E) as CSV, GPX track, KML line, KMZ, GeoJSON line, CASS .dat
 * (CGCS2000 zone 33 with its number, EPSG:4521), NMEA log (one GGA a second) and plain
 * {@code lon lat} lines for {@code survey project}. Streams to disk: a million points cost no
 * memory here. Run as a program: {@code ImportFiles DIR N csv gpx …}.
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        for (int i = 2; i < args.length; i++) {
            System.out.println(write(dir, args[i], n));
        }
    }

    /** Writes {@code walk.<kind>} (kind: csv, gpx, kml, kmz, geojson, dat, nmea, txt) and returns it. */
    public static Path write(Path dir, String kind, int n) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("walk." + kind);
        try (OutputStream raw = Files.newOutputStream(file)) {
            if (kind.equals("kmz")) {
                try (ZipOutputStream zip = new ZipOutputStream(raw)) {
                    zip.putNextEntry(new ZipEntry("doc.kml"));
                    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    body(w, "kml", n);
                    w.flush();
                    zip.closeEntry();
                }
            } else {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
                    body(w, kind, n);
                }
            }
        }
        return file;
    }

    private static double lat(int i) {
        return 37.3 + (i % 100_000) * 1e-6 + (i / 100_000) * 1e-3;
    }

    private static double lon(int i) {
        return 100.1 + (i % 100_000) * 1e-6;
    }

    private static void body(Writer w, String kind, int n) throws IOException {
        switch (kind) {
            case "csv" -> {
                w.write("name,lat,lon,ele\n");
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "P%d,%.7f,%.7f,%.1f\n", i, lat(i), lon(i), 3300 + (i % 100) / 10.0));
                }
            }
            case "gpx" -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"bench\" "
                        + "xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><name>walk</name><trkseg>\n");
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.1f</ele>"
                            + "<time>2023-06-14T%02d:%02d:%02dZ</time></trkpt>\n", lat(i), lon(i),
                            3300 + (i % 100) / 10.0, i / 3600 % 24, i / 60 % 60, i % 60));
                }
                w.write("</trkseg></trk></gpx>\n");
            }
            case "kml" -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"
                        + "<Document><Placemark><name>walk</name><LineString><coordinates>\n");
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "%.7f,%.7f,%.1f\n", lon(i), lat(i), 3300 + (i % 100) / 10.0));
                }
                w.write("</coordinates></LineString></Placemark></Document></kml>\n");
            }
            case "geojson" -> {
                w.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"name\":\"walk\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[\n");
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "%s[%.7f,%.7f,%.1f]\n", i == 0 ? "" : ",", lon(i), lat(i),
                            3300 + (i % 100) / 10.0));
                }
                w.write("]}}]}\n");
            }
            case "dat" -> {
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "P%d,,%.3f,%.3f,%.3f\n", i, 33_509_000 + (i % 100_000) * 0.1,
                            4_130_000 + (i / 100_000) * 100 + (i % 1000) * 0.1, 3300 + (i % 100) / 10.0));
                }
            }
            case "nmea" -> {
                for (int i = 0; i < n; i++) {
                    double la = lat(i);
                    double lo = lon(i);
                    String body = String.format(Locale.ROOT, "GPGGA,%02d%02d%02d.00,%02d%08.5f,N,%03d%08.5f,E,1,09,0.9,%.1f,M,"
                            + "-30.0,M,,", i / 3600 % 24, i / 60 % 60, i % 60, (int) la, (la - (int) la) * 60, (int) lo,
                            (lo - (int) lo) * 60, 3300 + (i % 100) / 10.0);
                    int sum = 0;
                    for (char c : body.toCharArray()) {
                        sum ^= c;
                    }
                    w.write(String.format(Locale.ROOT, "$%s*%02X\r\n", body, sum));
                }
            }
            case "txt" -> {
                for (int i = 0; i < n; i++) {
                    w.write(String.format(Locale.ROOT, "%.7f %.7f\n", lon(i), lat(i)));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
