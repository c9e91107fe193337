package org.lastmile.docs;

import java.util.List;
import java.util.Optional;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;

/**
 * The frame of a sketch that no record holds yet: nobody is known to sign it, so its page has no
 * boxes (it prints as a draft, for checking on site before the record is written).
 */
final class UnheldSketch implements PrintedDocument {

    @Override
    public List<TextLine> title() {
        return List.of();
    }

    @Override
    public List<String> body() {
        return List.of();
    }

    @Override
    public List<Participant> everyPageSigners() {
        return List.of();
    }

    @Override
    public Optional<Signature> signatureOf(Participant signer) {
        return Optional.empty();
    }

    @Override
    public List<String> footer() {
        return List.of();
    }
}
