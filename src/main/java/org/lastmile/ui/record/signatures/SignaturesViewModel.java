package org.lastmile.ui.record.signatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * Who has confirmed the record: per person present, a signature on the pad, a fingerprint photo,
 * a refusal, or nothing yet; a confirmation made before the record last changed no longer covers
 * it ("stale") and must be given again after the read-back.
 */
public final class SignaturesViewModel {

    /** Where a person's confirmation stands. */
    public enum Status {
        MISSING, SIGNED, FINGERPRINT, REFUSED, STALE;

        public String messageKey() {
            return "record.signature.status." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final RecordEditor editor;
    private final Function<SiteRecord, String> contentHash;
    private final SignatureCapture capture;

    /** @param contentHash the SHA-256 of a record's content as the signatories see it */
    public SignaturesViewModel(RecordEditor editor, Function<SiteRecord, String> contentHash,
            SignatureCapture capture) {
        this.editor = editor;
        this.contentHash = contentHash;
        this.capture = capture;
    }

    /** Where {@code p}'s confirmation of the record as it is now stands. */
    public Status status(SiteRecord r, String content, Participant p) {
        Optional<Signature> s = r.signatureOf(p.id());
        if (s.isEmpty()) {
            return Status.MISSING;
        }
        if (!s.get().contentSha256().equals(content)) {
            return Status.STALE;
        }
        return switch (s.get().kind()) {
            case PAD -> Status.SIGNED;
            case FINGERPRINT -> Status.FINGERPRINT;
            case REFUSED -> Status.REFUSED;
        };
    }

    /** The hash of the record's content now (what a signature must cover). */
    public String content(SiteRecord r) {
        return contentHash.apply(r);
    }

    /** Asks the person to sign, press a fingerprint or refuse; refused at once for a sealed record. */
    public Optional<MessageKeyed> sign(UUID participantId) {
        SiteRecord r = editor.current();
        if (r == null) {
            return Optional.empty();
        }
        Optional<MessageKeyed> refused = editor.checkEditable();
        if (refused.isPresent()) {
            return refused;
        }
        Optional<Participant> signer = r.participant(participantId);
        signer.ifPresent(p -> capture.capture(r, p, contentHash.apply(r), this::accept));
        return Optional.empty();
    }

    /**
     * Puts a confirmation into the record, replacing the person's earlier one; refused when the
     * record changed while they were signing (they confirmed something else).
     */
    public Optional<MessageKeyed> accept(Signature s) {
        SiteRecord r = editor.current();
        Optional<Participant> signer = r == null ? Optional.empty() : r.participant(s.participantId());
        if (signer.isEmpty()) {
            return Optional.empty();
        }
        if (!s.contentSha256().equals(contentHash.apply(r))) {
            return Optional.of(new MessageKey("record.signature.error.changed", signer.get().name()));
        }
        String key = s.kind() == SignatureKind.REFUSED ? "record.edit.refusal" : "record.edit.signature";
        return editor.edit(x -> {
            List<Signature> all = new ArrayList<>(x.signatures());
            all.removeIf(old -> old.participantId().equals(s.participantId()));
            all.add(s);
            return x.edit().signatures(all).build();
        }, new MessageKey(key, signer.get().name()), null);
    }

    /** Takes a person's confirmation out (made by mistake). */
    public Optional<MessageKeyed> remove(UUID participantId) {
        return editor.edit(x -> x.edit().signatures(x.signatures().stream()
                .filter(s -> !s.participantId().equals(participantId)).toList()).build(),
                new MessageKey("record.edit.signatureRemoved"), null);
    }
}
