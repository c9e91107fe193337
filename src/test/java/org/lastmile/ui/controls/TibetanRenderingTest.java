package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.i18n.tibetan.TibetanScript;
import org.testfx.api.FxToolkit;

/**
 * JavaFX must draw Tibetan exactly as Java2D does with the same font file. On Linux JavaFX shapes
 * through Pango but drops the glyph offsets (i18n.md), so a font that positions glyphs with GPOS
 * placements comes out wrong; Java2D keeps the offsets and is the reference. The bundled font must
 * match; DDC Uchen as shipped must not (else this test could not see the bug), nor Noto Serif
 * Tibetan where it is installed.
 *
 * <p>Under Monocle headless the text goes through the same path as on the desktop: the font
 * factory is FreeType with {@code PangoGlyphLayout} on Linux whatever the glass platform or the
 * Prism pipeline (there is no other text path in JavaFX 21 on Linux).
 */
@EnabledOnOs(OS.LINUX)
class TibetanRenderingTest {

    /** Pixel size: large enough that a misplaced tsheg moves several pixels. */
    static final float SIZE = 32;
    /** Largest ink difference (relative to the string's ink) that counts as the same picture. */
    static final double TOLERANCE = 0.005;

    static final List<String> NAMES = List.of(
            "བཀྲ་ཤིས་དོན་གྲུབ་", "སྒྲོལ་མ་", "ཚེ་རིང་", "བསོད་ནམས་རྒྱ་མཚོ་", "ལྷ་མོ་སྐྱིད་", "པདྨ་", "གཡུ་སྒྲོན་");
    /** Vowel signs above stacks: Noto Serif Tibetan places them with GPOS mark offsets. */
    static final List<String> VOWELS_ABOVE_STACKS = List.of(
            "ཁྲིམས་ཁང་", "སྒྲིག་འགོད།", "སྐྱེས་", "གྲོང་ཚོ་", "བརྩིས་");
    static final List<String> VOWELS_BELOW_STACKS = List.of("བསྒྲུབས་པ་", "རྒྱུད་", "ཀླུ་");
    /**
     * The tsheg after ད ར ང and after the wa-zur stacks that DDC Uchen kerns (རྭ དྭ): DDC Uchen
     * places the tsheg with a GPOS offset, which JavaFX drops.
     */
    static final List<String> TSHEG_AFTER_DA_RA_NGA = List.of(
            "ཁང་ད་ར་ང་ཀ", "གྱོད་དོན་ལག་བསྟར་", "བར་འདུམ་", "ས་ཞིང་ཁང་པ", "རྩྭ་ཐང་ཀ", "རྭ་སྒྲེང་", "དྭ་ཕྲུག་");

    static TibetanFonts fonts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        fonts = FontRendering.onFx(TibetanFonts::load);
    }

    @Test
    void theBundledFontLooksInJavaFxAsInJava2d() {
        Map<String, Double> differences = compare(fonts.font(SIZE), bundled(), samples());

        assertThat(differences).allSatisfy((text, difference) ->
                assertThat(difference).as("ink difference of %s", text).isLessThanOrEqualTo(TOLERANCE));
    }

    @Test
    void inkBoundsMatchForTheBundledFont() {
        java.awt.Font awt = bundled().get();
        for (String text : samples()) {
            InkImage fx = InkImage.of(FontRendering.javafx(fonts.font(SIZE), text));
            InkImage j2d = InkImage.of(FontRendering.java2d(awt, text));
            int[] a = fx.bounds(0.2);
            int[] b = j2d.bounds(0.2);
            for (int i = 0; i < 4; i++) {
                assertThat(Math.abs(a[i] - b[i])).as("ink box of %s", text).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void ddcUchenAsShippedFailsTheComparison() {
        Font stock = FontRendering.onFx(() -> {
            try (InputStream in = reference("DDC_Uchen.ttf")) {
                return Font.font(Font.loadFont(in, SIZE).getFamily(), SIZE);
            }
        });
        Map<String, Double> differences = compare(stock, () -> FontRendering.awtFont(reference("DDC_Uchen.ttf"), SIZE),
                TSHEG_AFTER_DA_RA_NGA);

        assertThat(differences).allSatisfy((text, difference) ->
                assertThat(difference).as("ink difference of %s", text).isGreaterThan(TOLERANCE));
    }

    @Test
    void notoSerifTibetanFailsTheComparison() {
        Path noto = Path.of("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf");
        if (!Files.exists(noto)) {
            noto = Path.of("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Medium.ttf");
        }
        Assumptions.assumeTrue(Files.exists(noto), "Noto Serif Tibetan is not installed (Debian fonts-noto-extra)");
        Path file = noto;
        Font font = FontRendering.onFx(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return Font.font(Font.loadFont(in, SIZE).getFamily(), SIZE);
            }
        });
        Map<String, Double> differences = compare(font, () -> FontRendering.awtFont(open(file), SIZE), VOWELS_ABOVE_STACKS);

        assertThat(differences).allSatisfy((text, difference) ->
                assertThat(difference).as("ink difference of %s", text).isGreaterThan(TOLERANCE));
    }

    /** Every sample, and every Tibetan string of the interface that the font can show whole. */
    static List<String> samples() {
        List<String> samples = new ArrayList<>(NAMES);
        samples.addAll(VOWELS_ABOVE_STACKS);
        samples.addAll(VOWELS_BELOW_STACKS);
        samples.addAll(TSHEG_AFTER_DA_RA_NGA);
        java.awt.Font awt = bundled().get();
        var bundle = Messages.of(Language.TIBETAN).bundle();
        for (String key : bundle.keySet()) {
            // a message of several lines is drawn line by line: each line is a sample
            for (String value : bundle.getString(key).split("\n")) {
                if (TibetanScript.contains(value) && awt.canDisplayUpTo(value) == -1 && value.length() < 60) {
                    samples.add(value);
                }
            }
        }
        return samples;
    }

    private static Map<String, Double> compare(Font fxFont, Supplier<java.awt.Font> awtFont, List<String> texts) {
        java.awt.Font awt = awtFont.get();
        Map<String, Double> differences = new LinkedHashMap<>();
        int n = 0;
        for (String text : texts) {
            var fxImage = FontRendering.javafx(fxFont, text);
            var j2dImage = FontRendering.java2d(awt, text);
            FontRendering.debugImage(fxFont.getFamily() + "-" + n + "-fx", fxImage);
            FontRendering.debugImage(fxFont.getFamily() + "-" + n++ + "-j2d", j2dImage);
            differences.put(text, InkImage.of(j2dImage).difference(InkImage.of(fxImage), 2));
        }
        System.out.printf("%s vs Java2D:%n", fxFont.getFamily());
        differences.forEach((text, d) -> System.out.printf("  %.4f  %s%n", d, text));
        return differences;
    }

    private static Supplier<java.awt.Font> bundled() {
        return () -> FontRendering.awtFont(TibetanFonts.class.getResourceAsStream(TibetanFonts.RESOURCE), SIZE);
    }

    private static InputStream reference(String name) {
        return TibetanRenderingTest.class.getResourceAsStream("/fonts/reference/" + name);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
