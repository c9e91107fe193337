package org.lastmile.ui.sketch.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.service.BasemapService;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.canvas.SketchCanvas;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The basemap's tiles are read and decoded on the tile executor's thread, never on the FX thread,
 * and still appear: the first frame draws none and asks for them, each is decoded once, and the
 * canvas redraws by itself when they have arrived, now covered by the test file's tiles (a real
 * MBTiles file, src/test/resources/basemap).
 */
class TilesOffFxThreadTest {

    @TempDir
    Path dir;
    UiFixture fixture;
    /** The tile executor: holds the tasks until the test runs them on a thread of its own. */
    final List<Runnable> queued = new CopyOnWriteArrayList<>();
    final List<Boolean> decodedOnFx = new CopyOnWriteArrayList<>();
    final List<String> decodedBy = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws InterruptedException {
        FxThread.start();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            fixture.close();
            return null;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private Image recordingDecode(byte[] bytes) {
        decodedOnFx.add(Platform.isFxApplicationThread());
        decodedBy.add(Thread.currentThread().getName());
        return TileImages.decode(bytes);
    }

    @Test
    void tilesAreDecodedOffTheFxThreadAndThenDrawn() throws Exception {
        Path file = Path.of(getClass().getResource("/basemap/gangcha-test.mbtiles").toURI());
        SketchCanvas canvas = fx(() -> {
            fixture = new UiFixture(dir);
            BasemapViewModel model = new BasemapViewModel(BasemapService.of(fixture.store), new Background(Runnable::run),
                    () -> "test");
            model.choose(file);
            assertThat(model.basemapProperty().get()).isNotNull();
            PlaneSystem plane = (PlaneSystem) CrsCatalog.parse("EPSG:4542");
            SketchCanvas c = new SketchCanvas();
            c.getProperties().put("model", model);
            c.layers().add(new BasemapLayer(model, () -> plane,
                    new TileImages(new Background(queued::add), this::recordingDecode, c::redraw)));
            new Scene(c, 800, 600);
            c.resize(800, 600);
            c.layout();
            PlanePoint centre = plane.toPlane(100.1505, 37.3004); // the middle of the file's tiles
            c.setExtent(new double[] {centre.e() - 150, centre.n() - 110, centre.e() + 150, centre.n() + 110});
            c.fit();
            return c;
        });
        assertThat(decodedOnFx).as("the first frame only asks for tiles").isEmpty();
        long framesBefore = fx(canvas::frames);

        assertThat(queued).as("tiles asked for").isNotEmpty();
        Thread worker = new Thread(() -> {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }, "tile-worker");
        worker.start();
        worker.join(30_000);
        WaitForAsyncUtils.waitForFxEvents(); // and handed to the FX thread
        assertThat(decodedOnFx).isNotEmpty().doesNotContain(true);
        assertThat(decodedBy).containsOnly("tile-worker");
        assertThat(fx(canvas::frames)).as("redrawn when tiles arrived").isGreaterThan(framesBefore);

        int decoded = decodedOnFx.size();
        WritableImage withTiles = fx(() -> {
            canvas.redraw();
            return canvas.snapshot(null, null);
        });
        assertThat(decodedOnFx).as("a decoded tile is kept, not decoded again").hasSize(decoded);
        WritableImage without = fx(() -> {
            ((BasemapViewModel) canvas.getProperties().get("model")).shownProperty().set(false);
            canvas.redraw();
            return canvas.snapshot(null, null);
        });
        assertThat(differing(withTiles, without)).as("share of pixels the tiles changed").isGreaterThan(0.3);
    }

    private static double differing(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n / (double) (w * h);
    }
}
