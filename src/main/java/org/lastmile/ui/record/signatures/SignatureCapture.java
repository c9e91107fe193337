package org.lastmile.ui.record.signatures;

import java.util.function.Consumer;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;

/**
 * Asks one signatory to confirm the record as it is now: a signature on the pad, a fingerprint
 * photo, or a refusal with its reason and witness (the window shows the signing components of
 * {@code ui.record.sign}; tests hand in signatures).
 */
@FunctionalInterface
public interface SignatureCapture {

    /**
     * @param contentSha256 the SHA-256 of exactly the content the signer confirms
     * @param done receives the signature once confirmed; never called when the signer cancels
     */
    void capture(SiteRecord record, Participant signer, String contentSha256, Consumer<Signature> done);
}
