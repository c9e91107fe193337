package org.lastmile.i18n.text;

import java.text.Normalizer;

/**
 * Normalization of stored and compared text. Input methods differ (a Tibetan keyboard, Wylie
 * conversion, text pasted from a document), so everything is stored in NFC: for Tibetan this
 * fixes the order of vowel signs and splits the discouraged precomposed vowels (ཱི U+0F73 becomes
 * U+0F71 U+0F72).
 */
public final class TextNormalization {

    private TextNormalization() {
    }

    /** The NFC form of a text; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether a text is already in NFC. */
    public static boolean isNfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }
}
