package org.lastmile.store.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lastmile.common.LocalizedException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A raster MBTiles file (SQLite: {@code metadata} and {@code tiles}, rows in TMS order, so
 * {@code tile_row = 2^z − 1 − y}) opened read-only and immutable: the office's file is never
 * written, and no journal appears beside it on a USB stick. Opening checks that it is an SQLite
 * file with a tiles table holding raster tiles; anything else is refused with one line.
 */
public final class MbTilesFile implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final PreparedStatement tile;
    private final Map<String, String> metadata;
    private final int minZoom;
    private final int maxZoom;

    private MbTilesFile(Path file, Connection connection, Map<String, String> metadata, int minZoom, int maxZoom)
            throws SQLException {
        this.file = file;
        this.connection = connection;
        this.metadata = Map.copyOf(metadata);
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
        this.tile = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    }

    /**
     * Opens a file.
     *
     * @throws LocalizedException {@code sketch.basemap.error.missing} when there is no such file,
     *     {@code sketch.basemap.error.notMbtiles} when it is not a raster MBTiles file
     */
    public static MbTilesFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LocalizedException("sketch.basemap.error.missing", file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1",
                    config.toProperties());
            Map<String, String> meta = new HashMap<>();
            try (Statement s = c.createStatement()) {
                if (hasTable(s, "metadata")) {
                    try (ResultSet r = s.executeQuery("SELECT name, value FROM metadata")) {
                        while (r.next()) {
                            if (r.getString(1) != null && r.getString(2) != null) {
                                meta.put(r.getString(1), r.getString(2));
                            }
                        }
                    }
                }
                String format = meta.getOrDefault("format", "png");
                if (!hasTable(s, "tiles") || !(format.equals("png") || format.equals("jpg") || format.equals("jpeg"))) {
                    throw new LocalizedException("sketch.basemap.error.notMbtiles", file);
                }
                try (ResultSet r = s.executeQuery("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")) {
                    if (!r.next() || r.getObject(1) == null) {
                        throw new LocalizedException("sketch.basemap.error.notMbtiles", file);
                    }
                    MbTilesFile opened = new MbTilesFile(file, c, meta, r.getInt(1), r.getInt(2));
                    c = null;
                    return opened;
                }
            }
        } catch (SQLException e) {
            throw new LocalizedException(e, "sketch.basemap.error.notMbtiles", file);
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // the file was only read
                }
            }
        }
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = '"
                + name + "'")) {
            return r.next();
        }
    }

    /** The tile in XYZ numbering (y from the north), or empty when the file has none there or it cannot be read. */
    public synchronized Optional<byte[]> tile(int z, int x, int y) {
        try {
            tile.setInt(1, z);
            tile.setInt(2, x);
            tile.setInt(3, (1 << z) - 1 - y);
            try (ResultSet r = tile.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty(); // a damaged page: that tile stays blank, the sketch is drawn
        }
    }

    public Path file() {
        return file;
    }

    public int minZoom() {
        return minZoom;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** The file's {@code name} (its file name when it has none). */
    public String name() {
        return metadata.getOrDefault("name", String.valueOf(file.getFileName()));
    }

    @Override
    public synchronized void close() {
        try {
            tile.close();
            connection.close();
        } catch (SQLException e) {
            // the file was only read
        }
    }
}
