package org.lastmile.domain.record;

import java.util.Locale;

/** How a person confirmed the record, or did not. */
public enum SignatureKind {
    /** Signed on the signature pad. */
    PAD,
    /** A photo of a fingerprint (按手印) instead of a signature. */
    FINGERPRINT,
    /** Refused to sign; the reason and a witness are written into the record (民诉解释 498). */
    REFUSED;

    public String messageKey() {
        return "signature.kind." + name().toLowerCase(Locale.ROOT);
    }
}
