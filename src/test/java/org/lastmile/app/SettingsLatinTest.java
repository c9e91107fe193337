package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 item 9: in the English interface the settings check box "Tibetan digits (༡༢༣) in the
 * Tibetan interface" mixes Latin with Tibetan. JavaFX's System font drew that label's Latin letters
 * as boxes on Linux (docs/img/settings-en-1024x768.png of Dec 7). Its first word, drawn in the font
 * and size the check box draws it with, must look like the same word in the System font at that
 * size, pixel by pixel (a box is a hollow rectangle: far more ink, other shapes).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsLatinTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 80;
    private static final int X = 10;
    private static final int BASELINE = 50;
    /** Ink difference (share of the reference's ink) below which two renderings are the same shapes. */
    private static final double SAME = 0.10;

    private TestDesktop desktop;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        desktop = TestDesktop.demo("lastmile-latinbox", Language.ENGLISH);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void theTibetanDigitsCheckBoxDrawsItsLatinInTheInterfacesLatinFont(FxRobot robot) throws Exception {
        TestDesktop.switchLanguage(app, Language.ENGLISH);
        robot.interact(() -> app.window().openSettings());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#tibetan-digits").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        double[] result = new double[2];
        robot.interact(() -> {
            app.window().root().applyCss();
            app.window().root().layout();
            Labeled box = (Labeled) app.window().root().lookup("#tibetan-digits");
            Text drawn = (Text) box.lookup(".text");
            String label = drawn.getText();
            assertThat(label).startsWith("Tibetan ").contains("༡");
            String first = label.split(" ")[0];
            Font system = Font.font("System", drawn.getFont().getSize());
            Text probe = new Text(first);
            probe.setFont(system);
            int w = (int) Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
            BufferedImage reference = render(system, first).getSubimage(X - 1, 0, w, HEIGHT);
            BufferedImage asDrawn = render(drawn.getFont(), label).getSubimage(X - 1, 0, w, HEIGHT);
            result[0] = ink(reference);
            result[1] = difference(reference, asDrawn, 1);
        });
        assertThat(result[0]).isGreaterThan(0);
        assertThat(result[1]).isLessThan(SAME);
    }

    /** A snapshot of a Text node in a font, its baseline at (X, BASELINE), on white. */
    private static BufferedImage render(Font font, String text) {
        Text node = new Text(X, BASELINE, text);
        node.setFont(font);
        Pane pane = new Pane(node);
        pane.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        pane.resize(WIDTH, HEIGHT);
        new Scene(pane, WIDTH, HEIGHT);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT));
        WritableImage image = pane.snapshot(parameters, new WritableImage(WIDTH, HEIGHT));
        return SwingFXUtils.fromFXImage(image, null);
    }

    private static double inkAt(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return 1 - (((rgb >> 16) & 255) * 0.299 + ((rgb >> 8) & 255) * 0.587 + (rgb & 255) * 0.114) / 255.0;
    }

    private static double ink(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += inkAt(image, x, y);
            }
        }
        return sum;
    }

    /** The smallest ink difference over shifts of up to {@code shift} px, as a share of the reference's ink. */
    private static double difference(BufferedImage reference, BufferedImage other, int shift) {
        double best = Double.MAX_VALUE;
        for (int sy = -shift; sy <= shift; sy++) {
            for (int sx = -shift; sx <= shift; sx++) {
                double d = 0;
                for (int y = shift; y < reference.getHeight() - shift; y++) {
                    for (int x = shift; x < reference.getWidth() - shift; x++) {
                        d += Math.abs(inkAt(reference, x, y) - inkAt(other, x + sx, y + sy));
                    }
                }
                best = Math.min(best, d);
            }
        }
        return best / ink(reference);
    }
}
