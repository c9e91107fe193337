package org.lastmile.gnss.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real field files from two public test suites (togeojson's and GPSBabel's, see SOURCE.md beside
 * them): each is imported with nothing lost and nothing invented. The expected coordinates are the
 * file's own, read by the JDK's DOM parser here (not by LastMile's readers): for GPX the {@code
 * lat}/{@code lon} of every {@code wpt}, {@code rtept} and {@code trkpt}; for KML the first two
 * numbers of every tuple in every {@code coordinates} element and of every {@code gx:coord}.
 *
 * <p>Every valid coordinate in the file must be among the imported ones at least as often as the
 * file has it; every imported coordinate must be one the file has (a ring closed on import repeats
 * its first vertex, which the file has too). The only problems allowed are in files that hold bad
 * coordinates on purpose.
 */
class FieldFileCorpusTest {

    /**
     * Files that must report problems, and how many: broken coordinates written on purpose, and a
     * ground overlay placed by a rotated LatLonBox, whose corners the file does not write (reported
     * in one line, not guessed).
     */
    private static final Map<String, Integer> BAD_ON_PURPOSE = Map.of("bad.gpx", 5, "bad.kml", 4,
            "ground_overlay.kml", 1);

    static Stream<String> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(FieldFileCorpusTest.class.getResource("/import/corpus").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".gpx") || p.toString().endsWith(".kml"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCoordinateKeptNoneInvented(String name) throws Exception {
        Path file = Samples.path("corpus/" + name);
        Map<Pair, Integer> expected = fileCoordinates(file);
        ImportResult result = new FileImporter().importFile(file, ImportOptions.defaults());

        Map<Pair, Integer> imported = new HashMap<>();
        result.features().forEach(f -> f.shape().positions()
                .forEach(p -> imported.merge(new Pair(p.lon(), p.lat()), 1, Integer::sum)));

        String base = name.substring(name.lastIndexOf('/') + 1);
        if (BAD_ON_PURPOSE.containsKey(base)) {
            assertThat(result.problems()).as("problems of %s", name).hasSize(BAD_ON_PURPOSE.get(base));
        } else {
            assertThat(result.problems()).as("problems of %s", name).isEmpty();
        }
        expected.forEach((pair, count) -> assertThat(imported.getOrDefault(pair, 0))
                .as("%s: %s in the file %d times", name, pair, count).isGreaterThanOrEqualTo(count));
        assertThat(expected.keySet()).as("%s: imported coordinates the file has", name)
                .containsAll(imported.keySet());
    }

    /** A longitude/latitude pair as the file wrote it. */
    record Pair(double lon, double lat) {
    }

    private static Map<Pair, Integer> fileCoordinates(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        DocumentBuilder builder = f.newDocumentBuilder();
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder.parse(in);
        }
        Map<Pair, Integer> out = new HashMap<>();
        boolean gpx = file.toString().toLowerCase(Locale.ROOT).endsWith(".gpx");
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String local = e.getLocalName();
            if (gpx && List.of("wpt", "rtept", "trkpt").contains(local)) {
                add(out, e.getAttribute("lon"), e.getAttribute("lat"));
            } else if (!gpx && local.equals("coordinates")) {
                for (String tuple : e.getTextContent().trim().split("\\s+")) {
                    String[] v = tuple.split(",");
                    if (v.length >= 2) {
                        add(out, v[0], v[1]);
                    }
                }
            } else if (!gpx && local.equals("coord")) {
                String[] v = e.getTextContent().trim().split("\\s+");
                if (v.length >= 2) {
                    add(out, v[0], v[1]);
                }
            }
        }
        return out;
    }

    private static void add(Map<Pair, Integer> out, String lonText, String latText) {
        try {
            double lon = Double.parseDouble(lonText.trim());
            double lat = Double.parseDouble(latText.trim());
            if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                out.merge(new Pair(lon, lat), 1, Integer::sum);
            }
        } catch (NumberFormatException e) {
            // not a coordinate: the file holds it as bad on purpose
        }
    }
}
