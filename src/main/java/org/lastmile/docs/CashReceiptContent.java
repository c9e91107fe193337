package org.lastmile.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;

/**
 * The receipt given to the payer on the spot for cash collected (documents.md, "Cash
 * collection"): serial number, case number, payer, amount in words and in figures, purpose; the
 * boxes of the two officers and the payer, signed and fingerprinted on paper.
 */
final class CashReceiptContent implements PrintedDocument {

    private final RecordDocument doc;
    private final Bilingual text;
    private final PartySides sides;

    CashReceiptContent(RecordDocument doc, Bilingual text) {
        this.doc = doc;
        this.text = text;
        this.sides = new PartySides(doc, text);
    }

    private SiteRecord record() {
        return doc.stored().record();
    }

    /** The record's id cut to a number the finance office can file: LM- and its first eight digits. */
    String serial() {
        return "LM-" + record().id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private List<Participant> payers() {
        return sides.withRole(PartyRole.RESPONDENT);
    }

    @Override
    public List<TextLine> title() {
        return Heading.of(doc, text, "docs.cash.name");
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>();
        out.addAll(text.lines("docs.cash.serial", serial()));
        List<String> payerZh = payers().stream().map(p -> RecordContent.name(p, false)).toList();
        List<String> payerBo = payers().stream().map(p -> RecordContent.name(p, true)).toList();
        if (text.language().showsTibetan()) {
            out.add(text.bo().get("docs.cash.payer", payerBo.isEmpty() ? "—" : String.join("  ", payerBo)));
        }
        if (text.language().showsChinese()) {
            out.add(text.zh().get("docs.cash.payer", payerZh.isEmpty() ? "—" : String.join("、", payerZh)));
        }
        out.addAll(text.lines("docs.cash.amountWords", ChineseAmount.of(record().cashCollected())));
        out.addAll(text.lines("docs.cash.amountFigures", record().cashCollected().setScale(2).toPlainString()));
        out.addAll(text.lines("docs.cash.purpose", doc.caseNumber()));
        for (Participant p : officers()) {
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.cash.officer", RecordContent.name(p, true)));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.cash.officer", RecordContent.name(p, false)));
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

    /** At least two officers collect cash; all court staff present are listed. */
    private List<Participant> officers() {
        return record().participants().stream().filter(p -> p.role().isOfficer()).toList();
    }

    @Override
    public List<Participant> everyPageSigners() {
        List<Participant> signers = new ArrayList<>(officers().stream().limit(2).toList());
        signers.addAll(payers());
        return signers;
    }

    /** Signed on the paper handed over, not on the pad. */
    @Override
    public Optional<Signature> signatureOf(Participant signer) {
        return Optional.empty();
    }

    @Override
    public List<String> footer() {
        return List.of();
    }
}
