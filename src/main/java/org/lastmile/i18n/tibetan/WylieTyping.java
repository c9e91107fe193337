package org.lastmile.i18n.tibetan;

import java.util.List;

/**
 * Wylie typed so far, split for live input: the syllables that are complete (followed by a space,
 * a shad or other punctuation) in Tibetan script, and the syllable still being typed, both as the
 * Wylie the user typed and as its Tibetan preview.
 *
 * @param committed Tibetan script of the completed syllables, to insert into the text
 * @param pending   the Wylie of the syllable still being typed (possibly empty)
 * @param preview   the Tibetan script of {@code pending}, for a preview (possibly empty)
 * @param warnings  the converter's remarks on {@code pending}: non-empty while it is half-typed
 */
public record WylieTyping(String committed, String pending, String preview, List<String> warnings) {

    public WylieTyping {
        warnings = List.copyOf(warnings);
    }

    /** Whether the pending syllable is a complete, valid syllable (it converts without remarks). */
    public boolean pendingIsValid() {
        return !pending.isEmpty() && warnings.isEmpty();
    }
}
