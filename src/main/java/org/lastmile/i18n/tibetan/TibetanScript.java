package org.lastmile.i18n.tibetan;

/** Facts about the Tibetan script (Unicode block U+0F00–U+0FFF) that text helpers share. */
public final class TibetanScript {

    /** ་ the intersyllabic tsheg: ends every syllable; a line may break after it. */
    public static final char TSHEG = '\u0F0B';
    /** ༌ the non-breaking tsheg: a line must not break after it. */
    public static final char NON_BREAKING_TSHEG = '\u0F0C';
    /** ། the shad: ends a clause or a sentence. */
    public static final char SHAD = '\u0F0D';

    private TibetanScript() {
    }

    /** Whether a code point is in the Tibetan block. */
    public static boolean isTibetan(int codePoint) {
        return codePoint >= 0x0F00 && codePoint <= 0x0FFF;
    }

    /** Whether the text holds at least one Tibetan character. */
    public static boolean contains(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isTibetan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a code point is a Tibetan letter (consonant, subjoined letter or vowel sign). */
    public static boolean isLetter(int codePoint) {
        return codePoint >= 0x0F40 && codePoint <= 0x0FBC;
    }

    /** Whether a code point is Tibetan punctuation that separates syllables or clauses. */
    public static boolean isPunctuation(int codePoint) {
        return codePoint >= 0x0F04 && codePoint <= 0x0F14;
    }
}
