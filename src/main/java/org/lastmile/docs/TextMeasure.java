package org.lastmile.docs;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Widths of mixed Chinese and Tibetan text and line breaking. Breaks come from ICU4J's line
 * BreakIterator: after any hanzi, after a tsheg or shad in Tibetan (the JDK's never breaks after a
 * tsheg). Tibetan widths are Java2D's shaped advances, the same layout that draws the outlines.
 */
final class TextMeasure {

    /** Uchen's letters look small beside hanzi of the same point size. */
    static final float TIBETAN_SCALE = 1.15f;

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final PDFont cjk;
    private final Font tibetan;
    /** Widths of Tibetan runs by size and text: the same labels and names recur on every page. */
    private final java.util.Map<String, Float> tibetanWidths = new java.util.HashMap<>();
    private final java.util.Map<Float, Font> sized = new java.util.HashMap<>();

    TextMeasure(PDFont cjk, Font tibetan) {
        this.cjk = cjk;
        this.tibetan = tibetan;
    }

    Font tibetanAt(float size) {
        return sized.computeIfAbsent(size, s -> tibetan.deriveFont(s * TIBETAN_SCALE));
    }

    TextLayout tibetanLayout(String run, float size) {
        return new TextLayout(run, tibetanAt(size), FRC);
    }

    float width(String text, float size) {
        float w = 0;
        for (ScriptRuns.Run run : ScriptRuns.split(text)) {
            w += run.tibetan() ? tibetanWidth(run.text(), size) : cjkWidth(run.text(), size);
        }
        return w;
    }

    private float tibetanWidth(String run, float size) {
        return tibetanWidths.computeIfAbsent(size + "\u0000" + run, k -> tibetanLayout(run, size).getAdvance());
    }

    private float cjkWidth(String run, float size) {
        try {
            return cjk.getStringWidth(run) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text broken into lines no wider than {@code maxWidth}; never drops a character. Each
     * piece between two break opportunities is measured once and the line's width summed from its
     * pieces (re-measuring the whole line at every opportunity made a long Tibetan paragraph
     * quadratic in Java2D layouts); Tibetan shapes within a syllable, so the sum is the width.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(text);
        int lineStart = 0;
        int pieceStart = 0;
        float lineWidth = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            String piece = text.substring(pieceStart, end);
            float pieceWidth = width(piece, size);
            String stripped = piece.stripTrailing();
            float fitWidth = lineWidth + (stripped.length() == piece.length() ? pieceWidth : width(stripped, size));
            if (fitWidth <= maxWidth) {
                lineWidth += pieceWidth;
                pieceStart = end;
                continue;
            }
            if (pieceStart > lineStart) {
                lines.add(text.substring(lineStart, pieceStart).stripTrailing());
                lineStart = pieceStart;
            }
            // one unbreakable piece wider than the line (a long number): cut it by characters
            while (width(text.substring(lineStart, end).stripTrailing(), size) > maxWidth) {
                int cut = lineStart + 1;
                while (cut < end && width(text.substring(lineStart, cut + 1), size) <= maxWidth) {
                    cut++;
                }
                lines.add(text.substring(lineStart, cut));
                lineStart = cut;
            }
            lineWidth = width(text.substring(lineStart, end), size);
            pieceStart = end;
        }
        if (lineStart < text.length()) {
            lines.add(text.substring(lineStart).stripTrailing());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Line pitch for a line: Tibetan stacks need more room than the 29 pt grid gives hanzi. */
    float pitch(String text, float size) {
        float base = PageGeometry.LINE_PITCH * size / PageGeometry.BODY_SIZE;
        return ScriptRuns.containsTibetan(text) ? base * 1.3f : base;
    }
}
