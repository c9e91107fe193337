package org.lastmile.domain.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.cases.SpokenLanguage;

/**
 * An on-site record (笔录) as it is being written: who was there, what was said, what was agreed,
 * and who signed. Immutable; every edit makes a new value (so that undo and sealing see exact
 * states). Once sealed in the store it never changes; corrections are amendments that name it.
 *
 * @param id identity
 * @param caseId the enforcement case
 * @param language the language the record is written in (the original text)
 * @param startedAt start time
 * @param endedAt end time, {@code null} while the session runs
 * @param place where
 * @param participants who was present
 * @param transcript what was said, in order
 * @param agreement what was agreed
 * @param details what belongs to the record's kind (land, survey, seizure inventory, camera log);
 *     its type is the record's {@link #type()}
 * @param cashCollected cash taken on site in yuan, or {@code null}
 * @param attachments photos, audio, body-camera files
 * @param sketchSha256 the SHA-256 of the sketch geometry the parties confirmed, or {@code null}
 * @param signatures confirmations and refusals
 * @param amends the sealed record this one corrects, or {@code null}
 * @param carried sections of other kinds a stored record holds, kept for its signatures only
 *     ({@link CarriedSections}); {@link CarriedSections#NONE} for every record made now
 */
public record SiteRecord(UUID id, UUID caseId, SpokenLanguage language, Instant startedAt, Instant endedAt,
        Place place, List<Participant> participants, List<TranscriptEntry> transcript, Agreement agreement,
        RecordDetails details, BigDecimal cashCollected, List<AttachmentRef> attachments, String sketchSha256,
        List<Signature> signatures, UUID amends, CarriedSections carried) {

    public SiteRecord {
        Objects.requireNonNull(id);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(language);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(place);
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(details);
        Objects.requireNonNull(carried);
        participants = List.copyOf(participants);
        transcript = List.copyOf(transcript);
        attachments = List.copyOf(attachments);
        signatures = List.copyOf(signatures);
    }

    /** A new, empty record of a case. */
    public static SiteRecord start(UUID caseId, RecordType type, SpokenLanguage language, Instant now, Place place) {
        return start(UUID.randomUUID(), caseId, type, language, now, place);
    }

    /** A new, empty record with a given identity. */
    public static SiteRecord start(UUID id, UUID caseId, RecordType type, SpokenLanguage language, Instant now,
            Place place) {
        return new SiteRecord(id, caseId, language, now, null, place, List.of(), List.of(), Agreement.NONE,
                RecordDetails.empty(type), null, List.of(), null, List.of(), null, CarriedSections.NONE);
    }

    /** Enforcement, settlement, land hand-over, …: the kind of its details. */
    public RecordType type() {
        return details.type();
    }

    /** The details if the record is of that kind. */
    public <T extends RecordDetails> Optional<T> details(Class<T> kind) {
        return kind.isInstance(details) ? Optional.of(kind.cast(details)) : Optional.empty();
    }

    public Optional<Participant> participant(UUID participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    public List<Participant> participants(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).toList();
    }

    public Optional<Signature> signatureOf(UUID participantId) {
        return signatures.stream().filter(s -> s.participantId().equals(participantId)).findFirst();
    }

    /** A copy with changes, made through a builder so that each edit names only what it changes. */
    public Builder edit() {
        return new Builder(this);
    }

    /** Builds an edited copy of a record. */
    public static final class Builder {
        private final SiteRecord base;
        private Instant startedAt;
        private Instant endedAt;
        private Place place;
        private List<Participant> participants;
        private List<TranscriptEntry> transcript;
        private Agreement agreement;
        private RecordDetails details;
        private BigDecimal cashCollected;
        private List<AttachmentRef> attachments;
        private String sketchSha256;
        private List<Signature> signatures;
        private SpokenLanguage language;

        private Builder(SiteRecord r) {
            base = r;
            language = r.language;
            startedAt = r.startedAt;
            endedAt = r.endedAt;
            place = r.place;
            participants = new ArrayList<>(r.participants);
            transcript = new ArrayList<>(r.transcript);
            agreement = r.agreement;
            details = r.details;
            cashCollected = r.cashCollected;
            attachments = new ArrayList<>(r.attachments);
            sketchSha256 = r.sketchSha256;
            signatures = new ArrayList<>(r.signatures);
        }

        public Builder language(SpokenLanguage v) { language = v; return this; }
        public Builder startedAt(Instant v) { startedAt = v; return this; }
        public Builder endedAt(Instant v) { endedAt = v; return this; }
        public Builder place(Place v) { place = v; return this; }
        public Builder participants(List<Participant> v) { participants = new ArrayList<>(v); return this; }
        public Builder transcript(List<TranscriptEntry> v) { transcript = new ArrayList<>(v); return this; }
        public Builder agreement(Agreement v) { agreement = v; return this; }

        /** The details of the record's own kind; a record never changes its kind. */
        public Builder details(RecordDetails v) {
            if (v.type() != base.type()) {
                throw new IllegalArgumentException(v.type() + " details for a " + base.type() + " record");
            }
            details = v;
            return this;
        }

        public Builder cashCollected(BigDecimal v) { cashCollected = v; return this; }
        public Builder attachments(List<AttachmentRef> v) { attachments = new ArrayList<>(v); return this; }
        public Builder sketchSha256(String v) { sketchSha256 = v; return this; }
        public Builder signatures(List<Signature> v) { signatures = new ArrayList<>(v); return this; }

        public SiteRecord build() {
            return new SiteRecord(base.id, base.caseId, language, startedAt, endedAt, place, participants,
                    transcript, agreement, details, cashCollected, attachments, sketchSha256, signatures, base.amends,
                    base.carried);
        }
    }

    /** An amendment: a new draft of the same case and type that names this record. */
    public SiteRecord amendment(Instant now) {
        return new SiteRecord(UUID.randomUUID(), caseId, language, now, null, place, participants, List.of(),
                Agreement.NONE, RecordDetails.empty(type()), null, List.of(), null, List.of(), id,
                CarriedSections.NONE);
    }
}
