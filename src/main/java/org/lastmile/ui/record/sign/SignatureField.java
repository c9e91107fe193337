package org.lastmile.ui.record.sign;

/** The fields of the signature dialog that a problem can be shown next to. */
public enum SignatureField {
    /** The pad (nothing signed). */
    PAD,
    /** The fingerprint photo (none chosen, or it could not be stored). */
    FINGERPRINT,
    /** The reason for a refusal. */
    REFUSAL_REASON,
    /** The witness of a refusal. */
    REFUSAL_WITNESS,
    /** How identity was checked. */
    IDENTITY_CHECK
}
