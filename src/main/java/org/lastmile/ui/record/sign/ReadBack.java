package org.lastmile.ui.record.sign;

import java.util.Objects;
import org.lastmile.common.Key;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * The read-back confirmation a signer gives (documents.md), in the signer's own language whatever
 * the interface language: "I have read this record (or it was read to me); it agrees with what I
 * said" ({@code signature.confirm.read}), or, when the signer's language is not the record's, that
 * the interpreter read it to them in their language ({@code signature.confirm.interpreted} for
 * Tibetan, {@code signature.confirm.interpretedIn} naming any other language).
 *
 * @param language the language the record was read back in (the signer's)
 * @param bundle the bundle the sentence is taken from: Tibetan for a Tibetan speaker, else Chinese
 *     (LastMile has no Mongolian bundle)
 * @param interpreted whether the record was interpreted to the signer
 */
public record ReadBack(SpokenLanguage language, Language bundle, boolean interpreted) {

    public ReadBack {
        Objects.requireNonNull(language);
        Objects.requireNonNull(bundle);
    }

    /** The read-back for a signer of a record written in {@code recordLanguage}. */
    public static ReadBack of(Participant signer, SpokenLanguage recordLanguage) {
        Language bundle = signer.language() == SpokenLanguage.TIBETAN ? Language.TIBETAN : Language.CHINESE;
        return new ReadBack(signer.language(), bundle, signer.language() != recordLanguage);
    }

    /** The sentence in the signer's language, as the signature keeps it. */
    public String sentence() {
        return sentence(Messages.of(bundle));
    }

    /** The same sentence from other messages (the interface language, so the officer sees its meaning). */
    public String sentence(Messages messages) {
        if (!interpreted) {
            return messages.get("signature.confirm.read");
        }
        if (language == SpokenLanguage.TIBETAN) {
            return messages.get("signature.confirm.interpreted");
        }
        return messages.get("signature.confirm.interpretedIn", new Key(language.messageKey()));
    }
}
