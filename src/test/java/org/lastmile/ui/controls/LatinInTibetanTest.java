package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 11 item 9: Latin letters and digits in the Tibetan interface are drawn in the interface's
 * Latin font, the one the Chinese and English interface draw them in (JavaFX's System font), not
 * in DDC Uchen's serif shapes: "6.6 亩 ཞིང" in the Tibetan interface's font (mixed text, shaped by
 * Pango) and "6.6" alone (JavaFX's own layout) against "6.6" in the System font at the same size,
 * pixel by pixel. The documents' font, LastMile Uchen with Uchen's own Latin, is the counter-check:
 * its digits are told apart.
 */
class LatinInTibetanTest {

    private static final double SIZE = 16; // tibetan.css: .root:lang-bo
    /** Ink difference (share of the reference's ink) below which two renderings are the same shapes. */
    private static final double SAME = 0.10;

    private static TibetanFonts fonts;
    private static Font documentsFont;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            fonts = TibetanFonts.load();
            try (InputStream in = TibetanFonts.class.getResourceAsStream("/fonts/tibetan/LastMileUchen-Regular.ttf")) {
                documentsFont = Font.loadFont(in, SIZE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void digitsBesideChineseAndTibetanAreTheInterfacesLatinDigits() {
        assertThat(digitDifference(fonts.font(SIZE), "6.6 亩 ཞིང")).isLessThan(SAME);
    }

    @Test
    void digitsAloneAreTheInterfacesLatinDigits() {
        assertThat(digitDifference(fonts.font(SIZE), "6.6")).isLessThan(SAME);
        assertThat(digitDifference(fonts.font(SIZE), "J1 6.6 mu")).isLessThan(SAME);
    }

    @Test
    void uchensOwnSerifDigitsAreToldApart() {
        Font uchen = Font.font(documentsFont.getFamily(), SIZE);
        assertThat(digitDifference(uchen, "6.6 亩 ཞིང")).isGreaterThan(3 * SAME);
    }

    @Test
    void theTibetanStillDrawsInTheTibetanFont() {
        // The Tibetan glyphs are Uchen's in both files: the same ink after the Latin part.
        BufferedImage ui = FontRendering.javafx(fonts.font(SIZE), "ཞིང་ཁྲིམས་ཁང");
        BufferedImage documents = FontRendering.javafx(Font.font(documentsFont.getFamily(), SIZE), "ཞིང་ཁྲིམས་ཁང");
        assertThat(InkImage.of(ui).total()).isGreaterThan(0);
        assertThat(InkImage.of(ui).difference(InkImage.of(documents), 1)).isLessThan(0.01);
    }

    /**
     * How far the first characters of a text in a font differ from the same characters in the System
     * font at the same size, over the width of the first word as the System font draws it.
     */
    private static double digitDifference(Font font, String text) {
        String first = text.split(" ")[0];
        Font system = Font.font("System", SIZE);
        double width = FontRendering.onFx(() -> {
            Text probe = new Text(first);
            probe.setFont(system);
            return probe.getLayoutBounds().getWidth();
        });
        int w = (int) Math.ceil(width) + 2;
        BufferedImage reference = FontRendering.javafx(system, first)
                .getSubimage(FontRendering.X - 1, 0, w, FontRendering.HEIGHT);
        BufferedImage drawn = FontRendering.javafx(font, text)
                .getSubimage(FontRendering.X - 1, 0, w, FontRendering.HEIGHT);
        FontRendering.debugImage("latin reference " + first, FontRendering.javafx(system, first));
        FontRendering.debugImage("latin in " + font.getFamily() + " " + text, FontRendering.javafx(font, text));
        assertThat(InkImage.of(reference).total()).isGreaterThan(0);
        return InkImage.of(reference).difference(InkImage.of(drawn), 1);
    }
}
