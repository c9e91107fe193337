package org.lastmile.domain;

import java.text.Normalizer;

/** Text as the domain stores it: NFC (input methods differ), without surrounding blanks. */
public final class Text {

    private Text() {
    }

    /** NFC-normalized and stripped; {@code null} stays {@code null}. */
    public static String clean(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** Cleaned, with blank turned into {@code null}. */
    public static String cleanOrNull(String value) {
        String cleaned = clean(value);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
