package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal is one line a user can act on: no parser, driver or library text (Jackson's
 * StreamReadConstraints and REDACTED source, JAXP codes, "line 0", SQLite's own words), in the
 * user's language.
 */
class UserMessagesTest {

    /** What libraries say and users cannot act on. */
    private static final List<String> LIBRARY_TEXT = List.of("JAXP", "StreamReadConstraints", "REDACTED", "line 0",
            "Exception", "SQLITE", "SQL error", "too many terms", "Event type", "ParseError", "Message:",
            "Unexpected character", "Unexpected end", "jackson", "ZipException", "第 0 行", "ཐིག་ཕྲེང་ 0:");

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private CliRun importFile(String lang, String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return CliRun.run(Map.of(), "--lang", lang, "import", file.toString());
    }

    private static void assertOneCleanLine(CliRun r) {
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).hasSize(1);
        assertThat(LIBRARY_TEXT).allSatisfy(word -> assertThat(r.err).doesNotContainIgnoringCase(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "bo", "en"})
    void brokenFilesAreRefusedInTheUsersWords(String lang) throws Exception {
        String deep = "<kml>" + "<Folder>".repeat(300) + "</kml>";
        byte[] kmz;
        try (ByteArrayOutputStream b = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(new byte[5000]);
            z.closeEntry();
            z.finish();
            byte[] whole = b.toByteArray();
            kmz = java.util.Arrays.copyOf(whole, whole.length / 2);
        }
        List<Object[]> cases = List.of(
                new Object[] {"cut.gpx", utf8("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<wpt lat=\"1\" lon=\"2\">")},
                new Object[] {"dtd.gpx", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x \"y\">]>\n<gpx/>")},
                new Object[] {"deep.kml", utf8(deep)},
                new Object[] {"cut.geojson", utf8("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":")},
                new Object[] {"long.geojson", utf8("{\"type\":\"Point\",\"coordinates\":[1" + "1".repeat(100) + ",2]}")},
                new Object[] {"deep.geojson", utf8("[".repeat(100) + "]".repeat(100))},
                new Object[] {"bad.kmz", kmz});
        for (Object[] c : cases) {
            CliRun r = importFile(lang, (String) c[0], (byte[]) c[1]);
            assertOneCleanLine(r);
            assertThat(r.err).as((String) c[0]).contains((String) c[0]);
        }
    }

    @Test
    void aFileThatIsNotThereOrIsAFolderIsSaidSo() {
        CliRun missing = CliRun.run(Map.of(), "--lang", "en", "import", dir.resolve("nowhere.gpx").toString());
        assertOneCleanLine(missing);
        assertThat(missing.err).contains("file not found");
        CliRun folder = CliRun.run(Map.of(), "--lang", "en", "import", dir.toString());
        assertOneCleanLine(folder);
    }

    @Test
    void aThirtyKilobyteSearchSaysHowManyWordsAreAllowed() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; query.length() < 30_000; i++) {
            query.append("w").append(i).append(' ');
        }
        CliRun r = CliRun.run(Map.of(), "--lang", "en", "--data-dir", dir.resolve("data").toString(), "cases",
                "search", query.toString());
        assertOneCleanLine(r);
        assertThat(r.err.strip()).isEqualTo("Search for at most 32 words at a time");
    }
}
