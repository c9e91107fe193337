package org.lastmile.store.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;

/**
 * The test basemap (src/test/resources/basemap, made by scripts/make_test_mbtiles.py). Tile numbers
 * of 100.1505°E 37.3004°N at zoom 17 by the slippy-map formula of the OSM wiki: x 101999, y 50879;
 * its TMS row is 2^17 − 1 − 50879 = 80192.
 */
class MbTilesFileTest {

    @TempDir
    Path dir;

    static Path basemap() throws Exception {
        return Path.of(MbTilesFileTest.class.getResource("/basemap/gangcha-test.mbtiles").toURI());
    }

    @Test
    void readsATileByXyzNumbersFromTmsRows() throws Exception {
        Path copy = dir.resolve("b.mbtiles");
        Files.copy(basemap(), copy);
        byte[] expected;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                var s = c.prepareStatement("SELECT tile_data FROM tiles WHERE zoom_level = 17 AND tile_column = 101999"
                        + " AND tile_row = 80192");
                var r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            expected = r.getBytes(1);
        }
        try (MbTilesFile f = MbTilesFile.open(copy)) {
            assertThat(f.minZoom()).isEqualTo(15);
            assertThat(f.maxZoom()).isEqualTo(18);
            assertThat(f.tile(17, 101999, 50879)).hasValueSatisfying(b -> assertThat(b).isEqualTo(expected));
            // the row number itself, read as y, lies far off the file's area
            assertThat(f.tile(17, 101999, 80192)).isEmpty();
        }
        // read-only and immutable: nothing written beside the office's file
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("b.mbtiles");
        }
    }

    @Test
    void aMissingFileIsRefusedInOneLine() {
        assertThatThrownBy(() -> MbTilesFile.open(dir.resolve("none.mbtiles")))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("sketch.basemap.error.missing"));
    }

    @Test
    void aCorruptFileOrAnotherDatabaseIsNotABasemap() throws Exception {
        Path text = dir.resolve("notes.mbtiles");
        Files.writeString(text, "this is not SQLite at all, just some words ".repeat(200));
        Path half = dir.resolve("half.mbtiles");
        byte[] whole = Files.readAllBytes(basemap());
        Files.write(half, java.util.Arrays.copyOf(whole, 2048));
        Path other = dir.resolve("other.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cases (id TEXT)");
        }
        for (Path p : new Path[] {text, half, other}) {
            assertThatThrownBy(() -> MbTilesFile.open(p)).as(p.toString())
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("sketch.basemap.error.notMbtiles"));
        }
    }
}
