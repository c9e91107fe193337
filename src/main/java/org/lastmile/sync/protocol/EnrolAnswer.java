package org.lastmile.sync.protocol;

import java.util.UUID;

/**
 * What the laptop keeps after enrolment.
 *
 * @param deviceId the id the server gave the device (used in receipts)
 * @param token the device's secret; sent as {@code Authorization: Bearer TOKEN} on every call.
 *     The server keeps only its hash; revocation makes it worthless.
 * @param officerId the officer the code was made for
 * @param courtCode the officer's court (the cases the device may see)
 * @param receiptKey the server's public key that signs receipts (X.509 SubjectPublicKeyInfo,
 *     base64), algorithm {@link Receipt#ALGORITHM}
 */
public record EnrolAnswer(UUID deviceId, String token, String officerId, String courtCode, String receiptKey) {

    public EnrolAnswer {
        Check.present(deviceId, "device_id");
        Check.text(token, "token");
        Check.text(officerId, "officer_id");
        Check.text(courtCode, "court_code");
        Check.present(receiptKey, "receipt_key");
    }
}
