package org.lastmile.sync.protocol;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Checks a receipt's signature with the server key the device received at enrolment. */
public final class ReceiptSignature {

    private ReceiptSignature() {
    }

    /** Whether {@code receipt} was signed by the key {@code receiptKey} (base64 X.509, as enrolment gives it). */
    public static boolean valid(Receipt receipt, String receiptKey) {
        try {
            PublicKey key = KeyFactory.getInstance(Receipt.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(receiptKey)));
            Signature s = Signature.getInstance(Receipt.ALGORITHM);
            s.initVerify(key);
            s.update(receipt.signedText());
            return s.verify(Base64.getDecoder().decode(receipt.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
