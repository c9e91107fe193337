package org.lastmile.store.audit;

import java.util.Optional;

/**
 * The last event of the audit chain as kept somewhere else: its sequence number and hash.
 *
 * @param seq the event's sequence number
 * @param hash the event's hash
 */
public record ChainHead(long seq, String hash) {

    /** {@code "SEQ HASH"}, the form the settings row and the head file hold. */
    public String text() {
        return seq + " " + hash;
    }

    /** Reads {@code "SEQ HASH"}; empty for anything else. */
    public static Optional<ChainHead> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split(" ");
        if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChainHead(Long.parseLong(parts[0]), parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
