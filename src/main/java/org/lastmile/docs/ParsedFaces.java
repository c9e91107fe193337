package org.lastmile.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.lastmile.common.LocalizedException;

/**
 * The two embedded faces, read and parsed once for every document a renderer makes: parsing the
 * 5 MB WenQuanYi collection's tables on each render was a tenth of its time. The collection is
 * read into memory, so no file stays open. Not thread-safe: {@link RecordPdf} renders one
 * document at a time with it.
 */
final class ParsedFaces {

    private final DocumentFonts fonts;
    private TrueTypeCollection collection;
    private TrueTypeFont cjk;
    private TrueTypeFont tibetanText;

    ParsedFaces(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** @throws LocalizedException {@code docs.error.cjkFontMissing} when the file holds no such face */
    TrueTypeFont cjk() throws IOException {
        if (cjk == null) {
            try (InputStream in = Files.newInputStream(fonts.cjkFile())) {
                collection = new TrueTypeCollection(in);
            }
            cjk = collection.getFontByName(fonts.cjkFontName());
            if (cjk == null) {
                throw new LocalizedException("docs.error.cjkFontMissing", fonts.cjkFile());
            }
        }
        return cjk;
    }

    /**
     * The Tibetan face for the invisible text layer, without its layout tables (GSUB, GPOS): that
     * layer is unshaped code points by design, and with a GSUB table PDFBox runs its substitution
     * tokenizer (regular expressions) over every run it writes. LastMile Uchen forbids
     * subsetting, so it is embedded whole.
     */
    TrueTypeFont tibetanText() throws IOException {
        if (tibetanText == null) {
            byte[] bytes = SfntTables.without(fonts.tibetanBytes(), "GSUB", "GPOS");
            tibetanText = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        }
        return tibetanText;
    }
}
