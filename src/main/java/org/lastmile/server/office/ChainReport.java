package org.lastmile.server.office;

import java.util.OptionalLong;

/**
 * The check of one device's audit chain as received.
 *
 * @param events how many events the server holds
 * @param headSeq the head the server acknowledged in its last receipt
 * @param firstBad the first event that does not hold (empty: all hold)
 */
public record ChainReport(long events, long headSeq, OptionalLong firstBad) {

    public boolean intact() {
        return firstBad.isEmpty();
    }
}
