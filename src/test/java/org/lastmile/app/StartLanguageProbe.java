package org.lastmile.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;

/**
 * Run in a JVM of its own by {@link StartLanguageTest}: starts the window in the language given,
 * switches to Chinese and prints the height of the window's name ("LastMile 执行现场") as laid out.
 * A JVM of its own because what it checks is what the first texts of a process leave behind
 * (JavaFX resolves the system font's fallbacks once per process).
 *
 * <pre>java … org.lastmile.app.StartLanguageProbe zh|bo</pre>
 */
public final class StartLanguageProbe {

    private StartLanguageProbe() {
    }

    public static void main(String[] args) throws Exception {
        Language start = Language.ofTag(args[0]).orElseThrow();
        TestDesktop desktop = TestDesktop.demo("lastmile-startprobe", start);
        TestDesktop.startFx();
        CompletableFuture<Double> height = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                DesktopApp app = desktop.show(new Stage());
                app.window().switchLanguage(Language.CHINESE);
                app.window().root().applyCss();
                app.window().root().layout();
                Labeled name = (Labeled) app.window().root().lookup(".app-name");
                height.complete(name.getHeight());
            } catch (RuntimeException e) {
                height.completeExceptionally(e);
            }
        });
        System.out.println("app-name height " + height.get(3, TimeUnit.MINUTES));
        Platform.runLater(() -> {
            try {
                desktop.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.exit(0);
        });
    }
}
