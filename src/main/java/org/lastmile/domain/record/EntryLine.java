package org.lastmile.domain.record;

import java.text.Normalizer;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * What is typed in the transcript's entry line and not yet added as an entry: who speaks (a
 * participant's id, or null), the language of the original, the original and its translation.
 * Not part of the record; kept so that a killed process does not lose the words.
 */
public record EntryLine(UUID speakerId, SpokenLanguage language, String original, String translation) {

    public EntryLine {
        Objects.requireNonNull(language, "language");
        original = original == null ? "" : original;
        translation = translation == null ? "" : translation;
    }

    /** Whether no words are in the line (who speaks alone is not worth keeping). */
    public boolean isBlank() {
        return original.isBlank() && translation.isBlank();
    }

    /** Whether {@code entry} holds these words said by this speaker (the line was added already). */
    public boolean isAddedAs(TranscriptEntry entry) {
        // an entry holds its words in NFC (a decomposed vowel sign typed in the line is not)
        return entry.speakerId().equals(speakerId) && entry.original().equals(nfc(original))
                && nfc(entry.translation() == null ? "" : entry.translation()).equals(nfc(translation));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
