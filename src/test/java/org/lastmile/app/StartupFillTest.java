package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.i18n.Language;
import org.lastmile.store.TestStores;
import org.lastmile.store.cases.V5Files;
import org.lastmile.store.open.Store;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.controls.TibetanFonts;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up fill window's wiring, as DesktopLauncher makes it: a {@link StartupFill} handed to
 * {@link Startup#read} on a real file from before the case list's table (V5) shows its window in
 * the language asked for, with the bar at the end once the store has filled every row; closing it
 * (the store is open) takes it away, and a report arriving after that does not bring it back. A
 * current file shows no window at all.
 */
class StartupFillTest {

    @TempDir
    static Path dir;
    static CompletableFuture<TibetanFonts> fonts;

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
        fonts = CompletableFuture.completedFuture(TibetanFonts.load());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** The showing windows that hold the fill bar. */
    private static List<Stage> fillWindows() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().lookup("#fill-progress-bar") != null)
                .map(w -> (Stage) w).toList());
    }

    @Test
    void anOldFileShowsTheWindowUntilTheStoreIsOpen() throws Exception {
        Path current = dir.resolve("current");
        try (Store store = TestStores.open(current, true)) {
            org.lastmile.bench.CaseGenerator.fill(store, 1_200, 3);
        }
        Path old = dir.resolve("old");
        long cases = V5Files.count(V5Files.copy(current, old), "SELECT count(*) FROM cases");

        StartupFill fill = new StartupFill(Language.TIBETAN, fonts);
        fill.toolkitStarted();
        Startup read = Startup.read(new Wiring(TestStores.CLOCK), old, true, LaunchClock.sinceJvmStart(), fill);
        try {
            assertThat(read.store().cases().list().unfilled()).isFalse();
            List<Stage> shown = fillWindows();
            assertThat(shown).hasSize(1);
            Stage window = shown.get(0);
            ProgressBar bar = (ProgressBar) window.getScene().lookup("#fill-progress-bar");
            Label line = (Label) window.getScene().lookup("#fill-progress-line");
            assertThat(onFx(bar::getProgress)).isEqualTo(1.0);
            String text = onFx(line::getText);
            assertThat(text).as("Tibetan, as asked").matches(".*[\\u0F00-\\u0FFF].*");
            assertThat(text.replaceAll("[^0-9\\u0F20-\\u0F29]", "")).as("the total in the line").isNotEmpty();
            assertThat(onFx(window::getTitle)).matches(".*[\\u0F00-\\u0FFF].*");

            onFx(() -> {
                fill.close();
                return null;
            });
            assertThat(fillWindows()).isEmpty();
            fill.reached(cases, cases); // a report still on its way when the store opened
            assertThat(fillWindows()).isEmpty();
        } finally {
            read.store().close();
        }
    }

    @Test
    void aCurrentFileShowsNoWindow() throws Exception {
        Path current = dir.resolve("fresh");
        TestStores.open(current, true).close();
        StartupFill fill = new StartupFill(Language.CHINESE, fonts);
        fill.toolkitStarted();
        Startup read = Startup.read(new Wiring(TestStores.CLOCK), current, true, LaunchClock.sinceJvmStart(), fill);
        try {
            assertThat(fillWindows()).isEmpty();
        } finally {
            onFx(() -> {
                fill.close();
                return null;
            });
            read.store().close();
        }
    }
}
