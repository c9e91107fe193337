package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of Tibetan (U+0F00–U+0FFF, drawn as Java2D-shaped outlines) and of
 * everything else (drawn as embedded CJK text).
 */
final class ScriptRuns {

    record Run(String text, boolean tibetan) {
    }

    private ScriptRuns() {
    }

    static boolean isTibetan(int codePoint) {
        return Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.TIBETAN;
    }

    static boolean containsTibetan(String text) {
        return text.codePoints().anyMatch(ScriptRuns::isTibetan);
    }

    static List<Run> split(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean tibetan = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean t = isTibetan(cp);
            // spaces and punctuation shared by both scripts stay in the run they follow
            boolean neutral = Character.isWhitespace(cp);
            if (current.length() > 0 && t != tibetan && !neutral) {
                runs.add(new Run(current.toString(), tibetan));
                current.setLength(0);
            }
            if (current.length() == 0) {
                tibetan = t;
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), tibetan));
        }
        return runs;
    }
}
