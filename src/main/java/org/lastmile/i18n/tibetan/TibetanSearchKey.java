package org.lastmile.i18n.tibetan;

import java.util.Locale;

/**
 * The form in which names are indexed and queries compared, so that a Tibetan party is found
 * whether typed in Tibetan script or in Wylie, with or without spaces and punctuation:
 * བཀྲ་ཤིས་དོན་གྲུབ, {@code bkra shis don grub} and {@code Bkra-shis dongrub} all give
 * {@code bkrashisdongrub}. Chinese and digits pass through unchanged.
 *
 * <p>Lenient by design: Wylie case ({@code A} long a, {@code T} retroflex) and the {@code .} that
 * tells གཡུ ({@code g.yu}) from གྱུ ({@code gyu}) are dropped, so those pairs share a key. The
 * apostrophe stays (it is the letter འ: {@code 'brug} is not {@code brug}); typographic quotes
 * become it.
 */
public final class TibetanSearchKey {

    private final Wylie wylie;

    public TibetanSearchKey(Wylie wylie) {
        this.wylie = wylie;
    }

    /** The search key of a name or a query. */
    public String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String latin = wylie.toWylie(text.strip()).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(latin.length());
        latin.codePoints()
                .map(cp -> cp == '’' || cp == '‘' || cp == 'ʼ' ? '\'' : cp)
                .filter(cp -> !isSeparator(cp))
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || "._-/|+,;:!*·•()[]{}\"“”、，。".indexOf(cp) >= 0
                || TibetanScript.isPunctuation(cp);
    }
}
