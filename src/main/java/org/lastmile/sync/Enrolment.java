package org.lastmile.sync;

import java.net.URI;

/**
 * This device as the court knows it: the server, the device id and credential the court gave it
 * for a one-time code, and the court CA certificate it trusts (and nothing else).
 *
 * @param server the court server's base URL ({@code https://host:port})
 * @param deviceId the device's id at the court
 * @param credential the secret this device authenticates every request with
 * @param caPem the court CA certificate in PEM
 * @param officerId the officer the enrolment code was made for
 * @param courtCode the officer's court
 * @param receiptKey the court's public key that signs receipts (base64 X.509)
 */
public record Enrolment(URI server, String deviceId, String credential, String caPem, String officerId,
        String courtCode, String receiptKey) {

    @Override
    public String toString() {
        return "Enrolment[" + server + ", " + deviceId + "]"; // never the credential
    }
}
