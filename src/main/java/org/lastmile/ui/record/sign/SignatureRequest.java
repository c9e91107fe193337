package org.lastmile.ui.record.sign;

import java.util.List;
import java.util.Objects;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.SiteRecord;

/**
 * Who is asked to sign what.
 *
 * @param signer the signatory
 * @param participants everyone present (the witness of a refusal is chosen among them)
 * @param recordLanguage the language the record is written in (decides whether it was interpreted)
 * @param contentSha256 the SHA-256 of exactly the record content the signer saw
 *     ({@code RecordRepository.contentSha256(record)})
 * @param place where the signature is made
 */
public record SignatureRequest(Participant signer, List<Participant> participants, SpokenLanguage recordLanguage,
        String contentSha256, Place place) {

    public SignatureRequest {
        Objects.requireNonNull(signer);
        Objects.requireNonNull(recordLanguage);
        Objects.requireNonNull(contentSha256);
        participants = List.copyOf(participants);
    }

    /** The request for one participant of a record whose content hashes to {@code contentSha256}. */
    public static SignatureRequest of(SiteRecord record, Participant signer, String contentSha256) {
        return new SignatureRequest(signer, record.participants(), record.language(), contentSha256, record.place());
    }
}
