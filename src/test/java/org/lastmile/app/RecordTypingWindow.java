package org.lastmile.app;

import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;
import org.lastmile.store.KilledProcess;
import org.lastmile.ui.record.RecordScreen;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * A separate process with the real window (headless Monocle, a real data directory, the real store
 * thread and autosave delay) in which a new record's place name is typed a character at a time at
 * uneven pauses. Each time the header turns to 已保存 it prints {@code saved <record id> <the text
 * the field shows>}. {@code RecordKillTest} kills it with SIGKILL and reads the file.
 */
public final class RecordTypingWindow {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    public static void main(String[] args) {
        KilledProcess.runAndExit(() -> type(Path.of(args[0])));
    }

    private static void type(Path dir) throws Exception {
        TestDesktop desktop = TestDesktop.demoIn(dir, Language.CHINESE);
        TestDesktop.startFx();
        DesktopApp[] app = new DesktopApp[1];
        Platform.runLater(() -> {
            app[0] = desktop.show(new Stage());
            app[0].window().openCase(FARMLAND);
        });
        // enabled once the case's records are read (a disabled button ignores fire())
        Node button = waitFor(() -> {
            Node found = lookup(app[0], "#new-record");
            return found == null || found.isDisabled() ? null : found;
        });
        Platform.runLater(() -> ((Button) button).fire());
        TextField name = (TextField) waitFor(() -> lookup(app[0], "#place-name"));
        Label state = (Label) waitFor(() -> lookup(app[0], "#record-save-state"));
        // the record screen shows before the new record is read into it
        RecordEditor editor = waitFor(() -> app[0].window().screens().activeProperty().get() instanceof RecordScreen r
                && r.model().editor().current() != null ? r.model().editor() : null);
        String[] id = new String[1];
        Platform.runLater(() -> {
            id[0] = editor.current().id().toString();
            name.requestFocus();
            state.textProperty().addListener((obs, old, now) -> {
                if ("已保存".equals(now)) {
                    System.out.println("saved " + id[0] + " " + name.getText());
                    System.out.flush();
                }
            });
        });
        Random random = new Random();
        String letters = "刚察县泉吉乡QJ1234";
        for (int i = 0; i < 400; i++) {
            // Mostly quick keys, now and then a pause long enough for the field to hand its text over.
            Thread.sleep(random.nextInt(10) == 0 ? 1200 + random.nextInt(400) : 20 + random.nextInt(150));
            char c = letters.charAt(random.nextInt(letters.length()));
            Platform.runLater(() -> {
                if (!name.isFocused()) {
                    name.requestFocus();
                }
                name.appendText(String.valueOf(c));
            });
        }
        System.out.println("done");
    }

    private static Node lookup(DesktopApp app, String selector) {
        if (app == null || app.window() == null) {
            return null;
        }
        return app.window().screens().view().getScene() == null ? null
                : app.window().screens().view().getScene().lookup(selector);
    }

    /**
     * Looks on the FX thread until {@code find} finds something. Bounded only so that a window that
     * never shows ends the process; a window start took over a minute at load 30 on two cores.
     */
    private static <T> T waitFor(java.util.function.Supplier<T> find) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            Object[] found = new Object[1];
            CountDownLatch looked = new CountDownLatch(1);
            Platform.runLater(() -> {
                found[0] = find.get();
                looked.countDown();
            });
            looked.await();
            if (found[0] != null) {
                @SuppressWarnings("unchecked")
                T value = (T) found[0];
                return value;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not show the record");
    }
}
