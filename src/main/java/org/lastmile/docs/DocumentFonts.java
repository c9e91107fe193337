package org.lastmile.docs;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lastmile.common.LocalizedException;

/**
 * The two faces a document needs. Chinese: a TrueType (glyf) CJK font, because PDFBox can embed
 * and subset only those (Noto CJK is CFF and fails). WenQuanYi Micro Hei (Apache-2.0, Debian
 * {@code fonts-wqy-microhei}) is taken from the system rather than bundled (5 MB). Tibetan: the
 * bundled LastMile Uchen (OFL), shaped by Java2D; PDFBox cannot shape Tibetan.
 *
 * @param cjkFile the TrueType collection or font holding the Chinese glyphs
 * @param cjkFontName the PostScript name of the face inside a collection
 * @param tibetan the Tibetan face at 1 pt (derive sizes from it)
 * @param tibetanBytes the Tibetan font file, embedded whole for the invisible text layer
 */
public record DocumentFonts(Path cjkFile, String cjkFontName, Font tibetan, byte[] tibetanBytes) {

    /** Where Debian, Ubuntu and Fedora install WenQuanYi Micro Hei. */
    public static final List<Path> CJK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei-fonts/wqy-microhei.ttc"));

    public static final String CJK_FONT_NAME = "WenQuanYiMicroHei";

    static final String TIBETAN_RESOURCE = "/fonts/tibetan/LastMileUchen-Regular.ttf";

    /**
     * The fonts from the system and the class path.
     *
     * @param override a CJK TrueType font chosen by the user (environment or option), or empty
     * @throws LocalizedException {@code docs.error.cjkFontMissing} when no CJK font is found
     */
    public static DocumentFonts find(Optional<Path> override) {
        List<Path> candidates = override.map(List::of).orElse(CJK_CANDIDATES);
        Path cjk = candidates.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new LocalizedException("docs.error.cjkFontMissing", candidates.get(0)));
        try (InputStream in = DocumentFonts.class.getResourceAsStream(TIBETAN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled Tibetan font is missing: " + TIBETAN_RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
            return new DocumentFonts(cjk, CJK_FONT_NAME, font.deriveFont(1f), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled Tibetan font cannot be read", e);
        }
    }
}
