package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.embed.swing.SwingFXUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.text.LineBreaks;
import org.lastmile.i18n.tibetan.TibetanScript;
import org.testfx.api.FxToolkit;

class WrappingTextTest {

    static final String TIBETAN = "ཁྲིམས་ཁང་གིས་གཏན་འཁེལ་བྱས་པའི་བར་འདུམ་གྱི་གྲོས་མཐུན་ལྟར། ཕྱོགས་གཅིག་གིས་ས་ཞིང་མུའུ་ ༦.༦ "
            + "ཕྱིར་སློག་བྱེད་དགོས། བཀྲ་ཤིས་དོན་གྲུབ་དང་སྒྲོལ་མ་གཉིས་ཀྱིས་ས་མཚམས་ངོས་འཛིན་བྱས།";
    static final String CHINESE = "法院确认的调解协议要求一方返还耕地六点六亩，双方对地块位置、边界和丈量方法存在争议。";
    static final double WIDTH = 260;

    static TibetanFonts fonts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        fonts = FontRendering.onFx(TibetanFonts::load);
    }

    @Test
    void tibetanBreaksOnlyAfterATshegOrShad() {
        List<String> lines = FontRendering.onFx(() -> laidOut(TIBETAN, WIDTH).getLines());

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(TIBETAN);
        List<Integer> opportunities = new LineBreaks().opportunities(TIBETAN);
        int offset = 0;
        for (String line : lines) {
            offset += line.length();
            assertThat(opportunities).as("line ends at a break opportunity: %s", line).contains(offset);
            assertThat(line.charAt(0)).as("line starts with a letter: %s", line)
                    .isNotIn(TibetanScript.TSHEG, TibetanScript.SHAD);
        }
    }

    @Test
    void nothingIsDrawnPastTheWidth() {
        InkImage ink = FontRendering.onFx(() -> snapshot(laidOut(TIBETAN, WIDTH), 2 * WIDTH));

        assertThat(ink.rightmostInk(0.05)).isLessThan((int) WIDTH).isGreaterThan((int) (WIDTH * 0.6));
    }

    @Test
    void javafxOwnWrappingDrawsPastTheWidth() {
        // The bug this control works around (i18n.md): a wrapped Text draws the rest of the paragraph
        // past the wrapping width on Linux. If this starts failing, JavaFX has fixed it.
        InkImage ink = FontRendering.onFx(() -> {
            Text text = new Text(TIBETAN);
            text.setFont(fonts.font(16));
            text.setWrappingWidth(WIDTH);
            return snapshot(text, 4 * WIDTH);
        });

        assertThat(ink.rightmostInk(0.05)).isGreaterThan((int) WIDTH + 20);
    }

    @Test
    void wrapsAgainWhenTheWidthChanges() {
        int[] counts = FontRendering.onFx(() -> {
            WrappingText text = laidOut(TIBETAN, WIDTH);
            int narrow = text.getLines().size();
            text.setPrefWidth(2 * WIDTH);
            text.resize(2 * WIDTH, text.prefHeight(2 * WIDTH));
            text.layout();
            return new int[] {narrow, text.getLines().size()};
        });

        assertThat(counts[1]).isLessThan(counts[0]);
    }

    @Test
    void prefHeightGrowsWithTheNumberOfLines() {
        double[] heights = FontRendering.onFx(() -> {
            WrappingText text = laidOut(TIBETAN, WIDTH);
            return new double[] {text.prefHeight(WIDTH), text.prefHeight(4 * WIDTH)};
        });

        assertThat(heights[0]).isGreaterThan(heights[1]);
    }

    @Test
    void chineseBreaksBetweenCharactersAndStaysInsideTheWidth() {
        List<String> lines = FontRendering.onFx(() -> laidOut(CHINESE, 200).getLines());
        InkImage ink = FontRendering.onFx(() -> snapshot(laidOut(CHINESE, 200), 400));

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(CHINESE);
        assertThat(ink.rightmostInk(0.05)).isLessThan(200);
    }

    @Test
    void theTextFollowsABoundPropertyAndMarksTibetan() {
        SimpleStringProperty source = new SimpleStringProperty(CHINESE);
        List<Object> seen = FontRendering.onFx(() -> {
            WrappingText text = laidOut("", WIDTH);
            text.textProperty().bind(source);
            text.getParent().layout();
            boolean chineseIsBo = ScriptStyle.showsTibetan(text);
            source.set("བཀྲ་ཤིས་");
            text.getParent().layout();
            return List.of(chineseIsBo, ScriptStyle.showsTibetan(text), text.getLines());
        });

        assertThat(seen).containsExactly(false, true, List.of("བཀྲ་ཤིས་"));
    }

    @Test
    void aSyllableWiderThanTheLineBreaksBetweenLetters() {
        List<String> lines = FontRendering.onFx(() -> laidOut("བསྒྲུབས་", 20).getLines());

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("བསྒྲུབས་");
    }

    @Test
    void settlesAfterLayoutInAShowingWindow() throws Exception {
        int[] layouts = new int[1];
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        FontRendering.onFx(() -> {
            WrappingText text = new WrappingText(TIBETAN) {
                @Override
                protected void layoutChildren() {
                    layouts[0]++;
                    super.layoutChildren();
                }
            };
            javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(text);
            root.setPrefWidth(WIDTH);
            Scene scene = new Scene(root, WIDTH, 400);
            scene.getStylesheets().add(fonts.stylesheet());
            stage.setScene(scene);
            stage.show();
            return null;
        });
        // Counted in pulses, not in time: 300 ms of a loaded machine could end before the showing's
        // first passes did. A text that asks for layout again after each pass lays out in every
        // pulse, so it never has ten quiet pulses in a row, and the wait fails at its bound.
        int settled = layoutsAfterQuietPulses(layouts, 10);
        int later = layoutsAfterQuietPulses(layouts, 30);

        assertThat(settled).isPositive();
        assertThat(later).as("no layout pass after the first ones").isEqualTo(settled);
    }

    /**
     * Waits until {@code quiet} pulses in a row saw a positive, unchanged number of layout passes,
     * and returns it; fails when that takes over a minute (bounded only so that a text that never
     * settles fails instead of hanging the build).
     */
    private static int layoutsAfterQuietPulses(int[] layouts, int quiet) throws Exception {
        java.util.concurrent.CompletableFuture<Integer> settled = new java.util.concurrent.CompletableFuture<>();
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            private int last = -1;
            private int same;

            @Override
            public void handle(long now) {
                same = layouts[0] > 0 && layouts[0] == last ? same + 1 : 0;
                last = layouts[0];
                if (same == quiet) {
                    stop();
                    settled.complete(last);
                }
            }
        };
        javafx.application.Platform.runLater(pulses::start);
        try {
            return settled.get(1, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            javafx.application.Platform.runLater(pulses::stop);
        }
    }

    /** A WrappingText in a Tibetan scene, laid out at a width. */
    private static WrappingText laidOut(String value, double width) {
        WrappingText text = new WrappingText(value);
        text.setPrefWidth(width);
        Pane root = new Pane(text);
        ScriptStyle.applyLanguage(root, Language.TIBETAN);
        Scene scene = new Scene(root, 4 * width, 600);
        scene.getStylesheets().add(fonts.stylesheet());
        root.applyCss();
        text.resize(width, text.prefHeight(width));
        text.layout();
        return text;
    }

    private static InkImage snapshot(Node node, double width) {
        Pane pane = node.getParent() instanceof Pane parent ? parent : new Pane(node);
        if (pane.getScene() == null) {
            new Scene(pane, width, 600);
        }
        pane.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                Color.WHITE, null, null)));
        pane.applyCss();
        pane.resize(width, 600);
        pane.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setViewport(new Rectangle2D(0, 0, width, 600));
        WritableImage image = pane.snapshot(parameters, new WritableImage((int) width, 600));
        java.awt.image.BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (System.getenv("LASTMILE_DEBUG_IMAGES") != null) {
            try {
                javax.imageio.ImageIO.write(buffered, "png", new java.io.File(System.getenv("LASTMILE_DEBUG_IMAGES"),
                        "wrap-" + System.nanoTime() + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return InkImage.of(buffered);
    }
}
