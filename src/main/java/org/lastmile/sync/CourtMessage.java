package org.lastmile.sync;

import java.util.List;
import org.lastmile.common.Localized;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;

/**
 * What the court said when it refused a request: its message key with the arguments, and its own
 * line (in the language the court was started with). The laptop shows its own translation of the
 * key; only a key its bundles lack (a newer court) falls back to the court's line.
 *
 * @param key the court's message key ({@code server.auth.error.revoked}, …)
 * @param args the key's arguments as the court sent them
 * @param courtText the court's own line, possibly empty
 */
public record CourtMessage(String key, List<String> args, String courtText) implements Localized {

    public CourtMessage {
        key = key == null ? "" : key;
        args = args == null ? List.of() : List.copyOf(args);
        courtText = courtText == null ? "" : courtText;
    }

    /** The message in {@code m}'s language; the court's line when the key is not in the bundles. */
    public String text(Messages m) {
        if (!key.isEmpty() && m.has(key)) {
            return m.get(key, args.toArray());
        }
        return courtText.isBlank() ? key : courtText;
    }

    /** As a message argument: the text in the language of the message it goes into. */
    @Override
    public String in(String languageTag) {
        return text(Messages.of(Language.ofTag(languageTag).orElse(Language.ENGLISH)));
    }
}
