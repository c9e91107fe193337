package org.lastmile.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;

/**
 * 执行和解协议, the settlement agreement written from what the parties agreed on site
 * (documents.md; 执行和解规定 1, 2, 9): the parties, the case, the title being enforced, each term
 * (what, how much, by when, where, how), the breach clause and the statutory default, signed by
 * the parties. The terms are part of the sealed record the parties signed, so their pad
 * signatures stand in their boxes here too.
 */
final class AgreementContent implements PrintedDocument {

    private final RecordDocument doc;
    private final Bilingual text;

    AgreementContent(RecordDocument doc, Bilingual text) {
        this.doc = doc;
        this.text = text;
    }

    private SiteRecord record() {
        return doc.stored().record();
    }

    @Override
    public List<TextLine> title() {
        return Heading.of(doc, text, "docs.agreement.name");
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>();
        PartySides sides = new PartySides(doc, text);
        out.addAll(sides.lines());
        if (doc.enforcementCase() != null && doc.enforcementCase().title().documentNumber() != null) {
            out.addAll(text.lines("docs.agreement.title", doc.enforcementCase().title().documentNumber()));
        }
        out.addAll(text.lines("docs.agreement.preamble", doc.caseNumber()));
        AgreementLines lines = new AgreementLines(record(), text);
        out.addAll(lines.terms());
        out.addAll(lines.breach());
        out.addAll(text.lines("docs.agreement.effect"));
        for (Participant p : everyPageSigners()) {
            // the side in the case (申请执行人, 被执行人) where the case is known
            String role = sides.party(p).map(c -> c.role().messageKey()).orElse(p.role().messageKey());
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.agreement.signer", text.bo().get(role), RecordContent.name(p, true)));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.agreement.signer", text.zh().get(role), RecordContent.name(p, false)));
            }
        }
        Instant end = record().endedAt() == null ? record().startedAt() : record().endedAt();
        LocalDate day = end.atZone(doc.zone()).toLocalDate();
        if (text.language().showsTibetan()) {
            out.add(TibetanDate.of(day));
        }
        out.add(ChineseDate.of(day));
        return out;
    }

    @Override
    public List<Participant> everyPageSigners() {
        return record().participants().stream()
                .filter(p -> p.role() == ParticipantRole.PARTY || p.role() == ParticipantRole.AGENT).toList();
    }

    @Override
    public Optional<Signature> signatureOf(Participant signer) {
        return record().signatureOf(signer.id());
    }

    @Override
    public List<String> footer() {
        return text.language().showsTibetan() ? text.lines("docs.agreement.original") : List.of();
    }
}
