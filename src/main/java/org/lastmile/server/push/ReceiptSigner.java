package org.lastmile.server.push;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.lastmile.sync.protocol.ChainHeadRef;
import org.lastmile.sync.protocol.Receipt;

/** Signs receipts with the server's Ed25519 key (made by {@code server init}). */
public final class ReceiptSigner {

    private final PrivateKey key;

    public ReceiptSigner(PrivateKey key) {
        this.key = key;
    }

    public Receipt sign(UUID device, ChainHeadRef head, long serverSequence, Instant serverTime) {
        try {
            Signature s = Signature.getInstance(Receipt.ALGORITHM);
            s.initSign(key);
            s.update(Receipt.signedText(device, head, serverSequence, serverTime));
            return new Receipt(device, head, serverSequence, serverTime, Base64.getEncoder().encodeToString(s.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }
}
