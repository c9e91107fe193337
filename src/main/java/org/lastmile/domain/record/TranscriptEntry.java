package org.lastmile.domain.record;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.Text;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * One utterance in the record, with its translation.
 *
 * @param id identity
 * @param speakerId the participant who spoke
 * @param language the language it was said in
 * @param original what was said, in that language (NFC)
 * @param translation the interpreter's translation, may be empty
 * @param statement the standard sentence this is, or {@code null} for free speech
 * @param at when it was recorded
 */
public record TranscriptEntry(UUID id, UUID speakerId, SpokenLanguage language, String original, String translation,
        StandardStatement statement, Instant at) {

    public TranscriptEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(speakerId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(at);
        original = Text.clean(original == null ? "" : original);
        translation = Text.cleanOrNull(translation);
    }
}
