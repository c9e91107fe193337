package org.lastmile.ui.controls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The bundled Tibetan font of the interface, LastMile Uchen UI: DDC Uchen with its GPOS placements
 * folded into advances so that JavaFX on Linux draws it right, and without Latin letters, digits
 * and Latin punctuation in its character map, so that Pango and JavaFX draw those in the system's
 * sans-serif face, the font the Chinese and English interface use for them (issue 11 item 9: Latin
 * and digits in the interface's Latin font in every language). See
 * {@code resources/fonts/tibetan/README.md}; the documents and the sketch use LastMile Uchen, with
 * its own Latin.
 *
 * <p>Made once by the composition root, after the JavaFX toolkit has started, and passed to what
 * needs it. Loading registers the family with JavaFX (and, on Linux, with fontconfig for Pango),
 * after which CSS can name it: {@code -fx-font-family: "LastMile Uchen UI"} (see
 * {@code css/tibetan.css}).
 */
public final class TibetanFonts {

    /** The family name of the bundled font; not "DDC Uchen", which the OFL reserves. */
    public static final String FAMILY = "LastMile Uchen UI";
    /** The font file on the classpath ({@code build_font.py --ui}). */
    public static final String RESOURCE = "/fonts/tibetan/LastMileUchenUI-Regular.ttf";
    /** The stylesheet with the {@code :lang-bo} pseudo-class and the {@code bo-text} style class. */
    public static final String STYLESHEET = "/css/tibetan.css";

    private final String family;

    private TibetanFonts(String family) {
        this.family = family;
    }

    /**
     * Loads the bundled font from the classpath. A stream, not a URL: {@code Font.loadFont(url)}
     * silently fails on paths with spaces.
     *
     * @throws IllegalStateException if the font is missing or JavaFX cannot load it
     */
    public static TibetanFonts load() {
        try (InputStream in = TibetanFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + RESOURCE);
            }
            Font loaded = Font.loadFont(in, 16);
            if (loaded == null || !FAMILY.equals(loaded.getFamily())) {
                throw new IllegalStateException("JavaFX could not load " + RESOURCE + ": " + loaded);
            }
            readySystemFont();
            return new TibetanFonts(loaded.getFamily());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays out Chinese and Latin in the system font, regular and bold, before any text of a window.
     * JavaFX resolves the system font's fallbacks once per process, and when the first texts of the
     * process were Tibetan (a window started in the Tibetan interface) every Chinese label came out
     * 63 px tall instead of 23 once the window was switched to Chinese: the header, the tabs and
     * the case list's rows grew, and stayed so until a restart in Chinese (seen in the real window;
     * {@code StartLanguageTest} starts a JVM in each language).
     */
    private static void readySystemFont() {
        for (FontWeight weight : List.of(FontWeight.NORMAL, FontWeight.BOLD)) {
            Text text = new Text("执行现场 LastMile 2026");
            text.setFont(Font.font("System", weight, Font.getDefault().getSize()));
            text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as labels lay out (modena's .text)
            text.getLayoutBounds();
        }
    }

    public String family() {
        return family;
    }

    /**
     * The Tibetan font at a size, looked up by family name. Unlike the {@code Font} object that
     * {@code Font.loadFont} returns, a font looked up by name falls back to the system fonts for
     * characters it lacks, so Chinese in the same text still shows (the loaded object alone shows
     * boxes for Chinese).
     */
    public Font font(double size) {
        return Font.font(family, size);
    }

    /** The URL of the stylesheet to add to every scene (and popup) that may show Tibetan. */
    public String stylesheet() {
        return Objects.requireNonNull(TibetanFonts.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }
}
