package org.lastmile.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into ASCII tokens of adjacent character pairs, so that SQLite FTS5 finds queries of
 * one or two characters, which its trigram tokenizer cannot: most Chinese words have two
 * characters (耕地, 草场). A pair is written {@code <hex>x<hex>}; the last character of a run also
 * gives {@code <hex>x}, so that a one-character query is the prefix query {@code <hex>x*}.
 */
public final class CharacterPairs {

    private CharacterPairs() {
    }

    /** The tokens of a text, space-separated. */
    public static String tokens(String text) {
        StringBuilder out = new StringBuilder(text.length() * 10);
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!isWordPart(cps[i])) {
                continue;
            }
            out.append(Integer.toHexString(cps[i])).append('x');
            if (i + 1 < cps.length && isWordPart(cps[i + 1])) {
                out.append(Integer.toHexString(cps[i + 1]));
            }
            out.append(' ');
        }
        return out.toString();
    }

    /**
     * The FTS5 query for a term of one or two characters, or empty when the term has no word
     * characters.
     */
    public static String query(String term) {
        int[] cps = term.codePoints().filter(CharacterPairs::isWordPart).toArray();
        if (cps.length == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            parts.add(Integer.toHexString(cps[i]) + "x" + Integer.toHexString(cps[i + 1]));
        }
        if (cps.length == 1) {
            parts.add(Integer.toHexString(cps[0]) + "x*");
        }
        return String.join(" ", parts);
    }

    /** Letters, digits and combining marks (Tibetan subjoined letters and vowel signs). */
    static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
