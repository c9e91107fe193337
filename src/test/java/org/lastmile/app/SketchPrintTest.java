package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import org.lastmile.FxClicks;
import org.lastmile.docs.PdfSealCheck;
import org.lastmile.i18n.Language;
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

    private TestDesktop desktop;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        desktop = TestDesktop.demo("lastmile-sketch-print", Language.CHINESE);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
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
        robot.clickOn(FxClicks.centre(robot, "#open-sketch"));
        until(() -> robot.lookup("#sketch-print").tryQuery().isPresent());
        assertThat(robot.lookup("#sketch-print").queryAs(Button.class).getText()).isEqualTo("打印草图…");
        robot.interact(() -> robot.lookup("#sketch-view").query().requestFocus());

        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);

        // the parties speak Tibetan: both scripts
        Path pdf = desktop.dir.resolve("documents").resolve("sketch-" + FARMLAND + "-both.pdf");
        until(() -> previews(robot) == 1 && Files.exists(pdf)
                && robot.lookup("#document-busy").tryQuery().map(n -> !n.isVisible()).orElse(false));
        String sha = desktop.store.sketches().find(FARMLAND).orElseThrow().sha256();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains(sha).contains("封存码");
        }
        assertThat(PdfSealCheck.check(pdf).problems()).as("the sealed record's QR, read off the page").isEmpty();

        robot.clickOn(FxClicks.centre(robot, "#sketch-print"));
        until(() -> previews(robot) == 2);
    }
}
