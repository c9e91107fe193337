package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.DeadlineRules;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;
import org.lastmile.ui.cases.CaseListLoader;
import org.lastmile.ui.common.Profile;
import org.lastmile.ui.controls.TibetanFonts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 9 and the add-person buttons: after switching through the languages, the record
 * screen's texts are in the fonts they had before, not in the Tibetan interface's larger font.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchedFontsTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    private static final List<String> MENU_BUTTONS = List.of("#add-officer", "#add-party", "#add-person");

    private Path dir;
    private Store store;
    private ScheduledExecutorService storeThread;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lastmile-fonts");
        store = TestStores.open(dir, true);
        ScreenshotTour.handoverDraft(store);
        storeThread = Executors.newSingleThreadScheduledExecutor();
        LocaleService locale = new LocaleService(Language.CHINESE);
        DeadlineEngine engine = new DeadlineEngine(DeadlineRules.shipped());
        Profile profile = new Profile(UUID.fromString(store.settings().get(Settings.PROFILE_OFFICER).orElseThrow()));
        app = new DesktopApp(new DesktopServices(store, engine, locale, storeThread, TestStores.CLOCK, dir,
                TibetanFonts.load(), profile, folder -> { }, owner -> new FixedFiles()),
                new LaunchClock(System.currentTimeMillis(), new PrintStream(new ByteArrayOutputStream(), true)),
                new StartupFailure(Language.CHINESE), () -> { });
        app.build(stage);
        app.showRows(new CaseListLoader(CaseService.of(store), engine,
                () -> java.time.LocalDate.now(TestStores.CLOCK)).first());
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @AfterEach
    void stop() throws Exception {
        storeThread.shutdown();
        storeThread.awaitTermination(3, TimeUnit.MINUTES); // a hang's bound: the store is closed after
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /**
     * Seen driving the window: after bo → en → zh the three "add person" menu buttons kept the
     * Tibetan interface's larger font while every other button went back.
     */
    @Test
    void theAddPersonButtonsGoBackToTheChineseFontAfterBoEnZh(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> app.window().root().lookup("#open-record-1") != null);
        robot.interact(() -> ((ButtonBase) app.window().root().lookup("#open-record-1")).fire());
        until(() -> app.window().root().lookup("#add-person") != null);
        Map<String, String> before = fonts(robot);
        assertThat(before).hasSize(7);

        for (Language l : List.of(Language.TIBETAN, Language.ENGLISH, Language.CHINESE)) {
            TestDesktop.switchLanguage(app, l);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(fonts(robot)).isEqualTo(before);
    }

    /** The font of each menu button and of the Save button beside them, as laid out now. */
    private Map<String, String> fonts(FxRobot robot) {
        Map<String, String> fonts = new LinkedHashMap<>();
        robot.interact(() -> {
            Parent root = app.window().root();
            root.applyCss();
            root.layout();
            for (String id : MENU_BUTTONS) {
                Labeled button = (Labeled) root.lookup(id);
                fonts.put(id, button.getFont().getFamily() + " " + button.getFont().getSize());
                // What the button draws: its skin's label, not only its font property.
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) button.lookup(".text");
                fonts.put(id + " drawn", drawn.getFont().getFamily() + " " + drawn.getFont().getSize());
            }
            Labeled reference = (Labeled) root.lookup("#edit-person-0");
            if (reference != null) {
                fonts.put("#edit-person-0", reference.getFont().getFamily() + " " + reference.getFont().getSize());
            }
        });
        return fonts;
    }

    // The condition is the event waited for; the bound (as the other window tests') only ends a wait
    // that would never end: opening a case and a record reads the store in the background, which
    // took over 30 s at load 30 on two cores.
    private static void until(Callable<Boolean> condition) throws Exception {
        // each look waits for the FX thread as long as the whole wait may last: a look that found the
        // FX thread busy for more than a few seconds (a relayout at load 30) is no failure
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES, () -> WaitForAsyncUtils.asyncFx(condition)
                .get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
