package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.docs.PdfSealCheck;
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
 * Issue 15 in the window (headless Monocle): on the farmland case's sketch screen, Ctrl+P opens the
 * print window on the sketch document, which is rendered to a real PDF in the data directory's
 * {@code documents/}: the sealed hand-over record's seal and QR on it, the sketch's SHA-256 written
 * under the sketch; the print button does the same.
 */
@ExtendWith(ApplicationExtension.class)
class SketchPrintTest {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private Path dir;
    private Store store;
    private ScheduledExecutorService storeThread;
    private DesktopApp app;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("lastmile-sketch-print");
        store = TestStores.open(dir, true);
        storeThread = Executors.newSingleThreadScheduledExecutor();
        LocaleService locale = new LocaleService(Language.CHINESE);
        DeadlineEngine engine = new DeadlineEngine(DeadlineRules.shipped());
        Profile profile = new Profile(UUID.fromString(store.settings().get(Settings.PROFILE_OFFICER).orElseThrow()));
        app = new DesktopApp(new DesktopServices(store, engine, locale, storeThread, TestStores.CLOCK, dir,
                TibetanFonts.load(), profile, folder -> { }, owner -> new FixedFiles()),
                new LaunchClock(System.currentTimeMillis(), new PrintStream(log, true)),
                new StartupFailure(Language.CHINESE), () -> { });
        app.build(stage);
        app.showRows(new CaseListLoader(CaseService.of(store), engine, () -> java.time.LocalDate.now(TestStores.CLOCK))
                .first());
    }

    @AfterEach
    void stop() throws Exception {
        storeThread.shutdown();
        storeThread.awaitTermination(30, TimeUnit.SECONDS);
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long previews(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage s
                && "文书预览".equals(s.getTitle())).count();
    }

    @Test
    void ctrlPOnTheSketchScreenOpensThePrintWindowOnARealSketchPdf(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().openCase(FARMLAND));
        until(() -> robot.lookup("#open-sketch").tryQuery().isPresent());
        robot.clickOn("#open-sketch");
        until(() -> robot.lookup("#sketch-print").tryQuery().isPresent());
        assertThat(robot.lookup("#sketch-print").queryAs(Button.class).getText()).isEqualTo("打印草图…");
        robot.interact(() -> robot.lookup("#sketch-view").query().requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);

        // the parties speak Tibetan: both scripts
        Path pdf = dir.resolve("documents").resolve("sketch-" + FARMLAND + "-both.pdf");
        until(() -> previews(robot) == 1 && Files.exists(pdf)
                && robot.lookup("#document-busy").tryQuery().map(n -> !n.isVisible()).orElse(false));
        String sha = store.sketches().find(FARMLAND).orElseThrow().sha256();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains(sha).contains("封存码");
        }
        assertThat(PdfSealCheck.check(pdf).problems()).as("the sealed record's QR, read off the page").isEmpty();

        robot.clickOn("#sketch-print");
        until(() -> previews(robot) == 2);
    }
}
