package org.lastmile.service;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.basemap.MbTilesFile;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;

/**
 * The offline basemap under the sketch: an MBTiles file the office provides, opened read-only,
 * and remembered in the settings (which file, and whether it is shown) for the next sketch.
 */
public final class BasemapService {

    /** Settings keys: the file, and {@code true}/{@code false} for shown. */
    public static final String FILE_KEY = "sketch.basemap.file";
    public static final String SHOWN_KEY = "sketch.basemap.shown";

    /** An opened basemap: raster tiles by zoom, column and row (XYZ, row 0 at the north). */
    public interface Basemap extends AutoCloseable {
        /** The tile's PNG or JPEG bytes, or empty where the file has none. */
        Optional<byte[]> tile(int z, int x, int y);

        int minZoom();

        int maxZoom();

        /** Its name, for people. */
        String name();

        Path file();

        @Override
        void close();
    }

    private final Settings settings;

    public BasemapService(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public static BasemapService of(Store store) {
        return new BasemapService(store.settings());
    }

    /**
     * Opens a file.
     *
     * @throws LocalizedException one line when it is missing or not a raster MBTiles file
     */
    public Basemap open(Path file) {
        MbTilesFile f = MbTilesFile.open(file);
        return new Basemap() {
            @Override
            public Optional<byte[]> tile(int z, int x, int y) {
                return f.tile(z, x, y);
            }

            @Override
            public int minZoom() {
                return f.minZoom();
            }

            @Override
            public int maxZoom() {
                return f.maxZoom();
            }

            @Override
            public String name() {
                return f.name();
            }

            @Override
            public Path file() {
                return f.file();
            }

            @Override
            public void close() {
                f.close();
            }
        };
    }

    /** The file chosen last, if any. */
    public Optional<Path> rememberedFile() {
        try {
            return settings.get(FILE_KEY).filter(s -> !s.isBlank()).map(Path::of);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Whether the basemap was shown last (shown unless turned off). */
    public boolean shown() {
        return !settings.get(SHOWN_KEY).map("false"::equals).orElse(false);
    }

    public void remember(Path file, String actor) {
        settings.put(FILE_KEY, file.toString(), actor);
    }

    public void rememberShown(boolean shown, String actor) {
        settings.put(SHOWN_KEY, String.valueOf(shown), actor);
    }
}
