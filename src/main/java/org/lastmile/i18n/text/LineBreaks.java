package org.lastmile.i18n.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a line may break, found with ICU4J's line BreakIterator: after a tsheg or shad in Tibetan
 * (the JDK's BreakIterator never breaks there), between Han characters in Chinese, at spaces in
 * Latin text. Not thread-safe: one instance per user.
 */
public final class LineBreaks {

    private final BreakIterator iterator;

    /** Line breaks by the rules of a locale (Tibetan, Chinese and Latin all work with any of them). */
    public LineBreaks(ULocale locale) {
        this.iterator = BreakIterator.getLineInstance(locale);
    }

    /** Line breaks by the rules of the Tibetan locale, which also handle Chinese and Latin. */
    public LineBreaks() {
        this(new ULocale("bo"));
    }

    /**
     * The text cut at every break opportunity: each piece ends with what may stay at the end of a
     * line (a tsheg, a shad and the space after it, a Han character). Joined, the pieces give the
     * text back.
     */
    public List<String> segments(String text) {
        List<String> pieces = new ArrayList<>();
        for (int[] range : ranges(text)) {
            pieces.add(text.substring(range[0], range[1]));
        }
        return pieces;
    }

    /** The offsets at which a line may start, after 0: the ends of {@link #segments}. */
    public List<Integer> opportunities(String text) {
        List<Integer> offsets = new ArrayList<>();
        for (int[] range : ranges(text)) {
            offsets.add(range[1]);
        }
        return offsets;
    }

    private List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return ranges;
        }
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            ranges.add(new int[] {start, end});
        }
        return ranges;
    }
}
