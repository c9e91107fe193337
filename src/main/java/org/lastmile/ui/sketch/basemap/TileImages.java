package org.lastmile.ui.sketch.basemap;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.image.Image;
import org.lastmile.service.BasemapService.Basemap;
import org.lastmile.ui.common.Background;

/**
 * The basemap's decoded tiles for the layer that draws them. A tile not decoded yet is read from
 * the MBTiles file and decoded as a task on the injected executor, never on the FX thread (a
 * PNG tile takes milliseconds: a screenful of them would stall pan and zoom); when it is ready the
 * screen is asked to draw again. Decoded tiles (and tiles the file lacks) are kept in a small
 * cache, most recently drawn last; a tile is asked for once however often it is drawn meanwhile.
 */
final class TileImages {

    static final int CACHE = 192;

    private final Background background;
    private final Function<byte[], Image> decode;
    private final Runnable ready;
    private final Map<String, Optional<Image>> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
            return size() > CACHE;
        }
    };
    private final Set<String> asked = new HashSet<>();
    private Basemap cachedFor;

    /**
     * @param background runs the reading and decoding off the FX thread
     * @param decode a tile's PNG or JPEG bytes to an image (called on the executor's thread)
     * @param ready called on the FX thread when a tile has arrived (the screen redraws)
     */
    TileImages(Background background, Function<byte[], Image> decode, Runnable ready) {
        this.background = Objects.requireNonNull(background);
        this.decode = Objects.requireNonNull(decode);
        this.ready = Objects.requireNonNull(ready);
    }

    /** Decodes with JavaFX's own decoder (which may run on any thread). */
    static Image decode(byte[] bytes) {
        Image image = new Image(new ByteArrayInputStream(bytes));
        return image.isError() || image.getWidth() <= 0 ? null : image;
    }

    /** The tile's image if it is decoded; otherwise empty, and it is asked for (once). */
    Optional<Image> get(Basemap map, int z, int x, int y) {
        if (map != cachedFor) {
            cache.clear();
            asked.clear();
            cachedFor = map;
        }
        String key = z + "/" + x + "/" + y;
        Optional<Image> known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (asked.add(key)) {
            background.run(() -> map.tile(z, x, y).map(decode).orElse(null), image -> arrived(map, key, image),
                    failure -> arrived(map, key, null));
        }
        return Optional.empty();
    }

    private void arrived(Basemap map, String key, Image image) {
        if (map != cachedFor) {
            return; // another file was chosen meanwhile
        }
        asked.remove(key);
        cache.put(key, Optional.ofNullable(image));
        if (image != null) {
            ready.run();
        }
    }
}
