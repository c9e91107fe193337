package org.lastmile.sync.protocol;

/**
 * The head of a device's audit chain: the last event's sequence number and hash
 * ({@code org.lastmile.store.audit.ChainHead} on the laptop).
 */
public record ChainHeadRef(long seq, String hash) {

    public ChainHeadRef {
        Check.notNegative(seq, "seq");
        Check.sha256(hash, "hash");
    }
}
