package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up rehearses the language switch in the window only when the user has left it alone
 * for {@link ScriptWarmUp#IDLE}: the rehearsal holds the FX thread for about two switches, and a
 * key typed meanwhile would wait for it. Judged by when it happened against the keys, not by how
 * long anything took, so a loaded machine cannot make it fail.
 */
@ExtendWith(ApplicationExtension.class)
class ScriptWarmUpIdleTest {

    private final LocaleService locale = new LocaleService(Language.CHINESE);
    private Scene scene;
    private FlowPane pane;
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        pane = new FlowPane(4, 4);
        for (String key : List.of("main.settings", "main.help", "main.undo", "main.redo", "case.list.new")) {
            for (int i = 0; i < 6; i++) {
                Label label = new Label();
                label.textProperty().bind(locale.text(key));
                pane.getChildren().add(label);
            }
        }
        scene = new Scene(pane, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSwitchIsRehearsedOnlyAfterASecondWithoutInputAndLeavesTheLanguage() throws Exception {
        List<Long> keys = new ArrayList<>();
        List<Long> rehearsals = new ArrayList<>();
        ScriptWarmUp[] warmUp = new ScriptWarmUp[1];
        Timeline typing = new Timeline(new KeyFrame(Duration.millis(150), e -> {
            keys.add(System.nanoTime());
            Event.fireEvent(pane, new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false));
        }));
        typing.setCycleCount(20); // three seconds of typing from the start of the warm-up
        WaitForAsyncUtils.asyncFx(() -> {
            locale.languageProperty().addListener((obs, old, now) -> {
                if (locale.isRehearsing() && now == Language.TIBETAN) {
                    rehearsals.add(System.nanoTime());
                }
            });
            warmUp[0] = new ScriptWarmUp(scene, locale);
            warmUp[0].start();
            typing.play();
        }).get(1, TimeUnit.MINUTES);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> warmUp[0].switchesRehearsed() > 0).get());

        List<Long>[] seen = WaitForAsyncUtils.asyncFx(() -> new List[] {List.copyOf(keys), List.copyOf(rehearsals)})
                .get(1, TimeUnit.MINUTES);
        assertThat(seen[0]).as("keys typed").isNotEmpty();
        assertThat(seen[1]).as("rehearsals").hasSize(1);
        long rehearsed = seen[1].get(0);
        // (Before any key at all would do too: a stalled FX thread can run both timers in one pulse.)
        seen[0].stream().filter(k -> k < rehearsed).max(Long::compare).ifPresent(lastKeyBefore ->
                assertThat(rehearsed - lastKeyBefore).as("nanoseconds from the last key to the rehearsal")
                        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos((long) ScriptWarmUp.IDLE.toMillis())));
        assertThat(WaitForAsyncUtils.asyncFx(locale::getLanguage).get()).isEqualTo(Language.CHINESE);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((Label) pane.getChildren().get(0)).getText()).get())
                .isEqualTo(locale.messagesIn(Language.CHINESE).get("main.settings"));
    }

    @Test
    void notWhileADialogOfTheWindowIsOpenAndOnceItIsClosed() throws Exception {
        ScriptWarmUp[] warmUp = new ScriptWarmUp[1];
        Stage[] dialog = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(window);
            dialog[0].setScene(new Scene(new Label("签名"), 200, 100));
            dialog[0].show();
            warmUp[0] = new ScriptWarmUp(scene, locale);
            warmUp[0].start();
        }).get(1, TimeUnit.MINUTES);

        // Three looks of the idle timer, each finding the signing dialog open.
        Thread.sleep(3 * (long) ScriptWarmUp.IDLE.toMillis() + 500);
        assertThat(WaitForAsyncUtils.asyncFx(warmUp[0]::switchesRehearsed).get()).isZero();

        WaitForAsyncUtils.asyncFx(() -> {
            dialog[0].close();
            window.requestFocus();
        }).get(1, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> warmUp[0].switchesRehearsed() > 0).get());
    }
}
