package org.lastmile.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;

/**
 * The steps a tour or a benchmark takes in a window of its own process (no TestFX there): run on
 * the FX thread and wait, let a switch be laid out and drawn, press a button, take a screenshot.
 */
final class TourSteps {

    private TourSteps() {
    }

    /** Runs {@code action} on the FX thread and waits for it (30 s at most). */
    static void onFx(Runnable action) throws InterruptedException {
        onFx(action, 30);
    }

    /** Runs {@code action} on the FX thread and waits for it ({@code seconds} at most). */
    static void onFx(Runnable action, long seconds) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(seconds, TimeUnit.SECONDS);
    }

    /**
     * Lets what was started finish and be drawn: a language switch lays every text out again in the
     * other font, which on a loaded machine takes seconds; a task queued behind the layout pulse
     * runs only after it.
     */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(700);
            onFx(() -> { });
        }
    }

    /** Fires the button {@code selector} finds in the window. On the FX thread. */
    static void click(DesktopApp app, String selector) {
        ((ButtonBase) app.window().root().lookup(selector)).fire();
    }

    /** The whole screen into {@code out/NAME.png} with ImageMagick's {@code import}. */
    static void shot(Path out, String name) throws IOException, InterruptedException {
        Path file = out.resolve(name + ".png");
        new ProcessBuilder(List.of("import", "-window", "root", file.toString())).inheritIO().start().waitFor();
        System.out.println("wrote " + file);
    }
}
