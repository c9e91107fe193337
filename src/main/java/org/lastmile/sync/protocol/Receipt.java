package org.lastmile.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * 回执: the server's signed statement that it holds a device's audit chain up to a head. The
 * laptop keeps the newest one; {@code audit verify} compares the local chain with it.
 *
 * @param deviceId the device
 * @param chainHead the chain head the server accepted
 * @param serverSequence the server's global sequence when it signed
 * @param serverTime the server's clock when it signed
 * @param signature base64 signature over {@link #signedText()} with the key of
 *     {@link EnrolAnswer#receiptKey}
 */
public record Receipt(UUID deviceId, ChainHeadRef chainHead, long serverSequence, Instant serverTime,
        String signature) {

    /** The JDK signature algorithm of receipts. */
    public static final String ALGORITHM = "Ed25519";

    public Receipt {
        Check.present(deviceId, "device_id");
        Check.present(chainHead, "chain_head");
        Check.notNegative(serverSequence, "server_sequence");
        Check.present(serverTime, "server_time");
        Check.present(signature, "signature");
    }

    /** The exact bytes signed: one line per field, fixed order. */
    public byte[] signedText() {
        return signedText(deviceId, chainHead, serverSequence, serverTime);
    }

    public static byte[] signedText(UUID deviceId, ChainHeadRef head, long serverSequence, Instant serverTime) {
        return String.join("\n", "lastmile-receipt-v1", deviceId.toString(), Long.toString(head.seq()), head.hash(),
                Long.toString(serverSequence), serverTime.toString()).getBytes(StandardCharsets.UTF_8);
    }
}
