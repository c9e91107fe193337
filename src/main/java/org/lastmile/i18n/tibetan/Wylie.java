package org.lastmile.i18n.tibetan;

import io.bdrc.ewtsconverter.EwtsConverter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversion between Wylie (EWTS, the Latin transliteration of Tibetan) and Tibetan script, over
 * BDRC's ewts-converter: {@code khrims khang /} ↔ ཁྲིམས་ཁང་།, {@code g.yu} ↔ གཡུ, {@code gyu} ↔ གྱུ.
 * In Wylie a space is the tsheg, {@code /} the shad and {@code _} a real space.
 *
 * <p>An instance holds its own converter and is not thread-safe; make one per user of it.
 */
public final class Wylie {

    /** Wylie characters that end a syllable: the tsheg (space), shad, real space and line end. */
    private static final String SYLLABLE_ENDS = " /|_;\n\t*,!:";

    private final EwtsConverter converter = new EwtsConverter(true, true, false, false);

    /** Tibetan script for Wylie text, NFC-normalized; unconvertible parts are kept as well as can be. */
    public String toUnicode(String wylie) {
        return nfc(converter.toUnicode(wylie, new ArrayList<>(), true));
    }

    /**
     * Wylie for text that may mix Tibetan with other scripts: only the Tibetan runs are converted,
     * anything else (Chinese, digits, Latin) is kept as it is.
     */
    public String toWylie(String text) {
        String normalized = nfc(text);
        StringBuilder out = new StringBuilder(normalized.length() * 2);
        int i = 0;
        while (i < normalized.length()) {
            int start = i;
            boolean tibetan = TibetanScript.isTibetan(normalized.charAt(i));
            while (i < normalized.length() && TibetanScript.isTibetan(normalized.charAt(i)) == tibetan) {
                i++;
            }
            String run = normalized.substring(start, i);
            out.append(tibetan ? converter.toWylie(run, new ArrayList<>(), true) : run);
        }
        return out.toString();
    }

    /**
     * Splits Wylie being typed into the completed syllables (converted) and the last, possibly
     * half-typed syllable: {@code "bkra sh"} gives committed བཀྲ་, pending {@code sh}, preview ཤ and
     * a warning that {@code sh} is not a syllable yet.
     */
    public WylieTyping typing(String wylie) {
        int end = lastSyllableEnd(wylie);
        String done = wylie.substring(0, end);
        String pending = wylie.substring(end);
        String committed = done.isEmpty() ? "" : toUnicode(done);
        List<String> warnings = new ArrayList<>();
        String preview = pending.isEmpty() ? "" : nfc(converter.toUnicode(pending, warnings, true));
        return new WylieTyping(committed, pending, preview, warnings);
    }

    /**
     * What typing {@code syllable} (a finished syllable or a punctuation mark) right after
     * {@code context} (the Wylie typed just before it in the same place) does to the text: the
     * converter decides by context, so {@code /} then space is a shad and a real space (not a
     * tsheg after the shad), and {@code //} is one double shad (༎), not two shads. The result is
     * exactly what converting {@code context + syllable} at once gives.
     *
     * @return how many characters before the caret to replace, and with what
     */
    public Continuation continueTyping(String context, String syllable) {
        String before = toUnicode(context);
        String after = toUnicode(context + syllable);
        int common = 0;
        int max = Math.min(before.length(), after.length());
        while (common < max && before.charAt(common) == after.charAt(common)) {
            common++;
        }
        return new Continuation(before.substring(common), after.substring(common));
    }

    /**
     * A change at the caret while typing Wylie.
     *
     * @param replaced the text just before the caret that the new input changes (often empty)
     * @param inserted what takes its place
     */
    public record Continuation(String replaced, String inserted) { }

    /** Whether a typed character ends a Wylie syllable (and so commits it). */
    public static boolean endsSyllable(char c) {
        return SYLLABLE_ENDS.indexOf(c) >= 0;
    }

    private static int lastSyllableEnd(String wylie) {
        for (int i = wylie.length() - 1; i >= 0; i--) {
            if (endsSyllable(wylie.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
