package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;

/**
 * 送达回证, one for each party present, served the documents of this PDF (documents.md; CPL 87,
 * 89): cause, case number, the documents and how many, recipient, address, the recipient's
 * signature or seal and the date, proxy and reason, remarks (a refusal: reason, date, witness),
 * issuer and server. Filled in and signed on paper when the documents are handed over.
 */
final class ServiceReceiptContent implements PrintedDocument {

    private final RecordDocument doc;
    private final Bilingual text;
    private final Participant recipient;
    private final List<String> documentKeys;

    ServiceReceiptContent(RecordDocument doc, Bilingual text, Participant recipient, List<String> documentKeys) {
        this.doc = doc;
        this.text = text;
        this.recipient = recipient;
        this.documentKeys = List.copyOf(documentKeys);
    }

    @Override
    public List<TextLine> title() {
        return Heading.of(doc, text, "docs.service.name");
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>();
        PartySides sides = new PartySides(doc, text);
        Optional<Party> party = sides.party(recipient);
        if (doc.enforcementCase() != null) {
            String causeZh = doc.enforcementCase().causeZh();
            String causeBo = doc.enforcementCase().causeBo() != null ? doc.enforcementCase().causeBo() : causeZh;
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.service.cause", causeBo));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.service.cause", causeZh));
            }
        }
        out.addAll(text.lines("docs.service.documents"));
        int n = 1;
        for (String key : documentKeys) {
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.service.document", n, text.bo().get(key)));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.service.document", n, text.zh().get(key)));
            }
            n++;
        }
        if (text.language().showsTibetan()) {
            out.add(text.bo().get("docs.service.recipient", RecordContent.name(recipient, true)));
        }
        if (text.language().showsChinese()) {
            out.add(text.zh().get("docs.service.recipient", RecordContent.name(recipient, false)));
        }
        out.addAll(text.lines("docs.service.address",
                party.map(Party::address).filter(a -> a != null).orElse("____________________")));
        out.addAll(text.lines("docs.service.signedOn"));
        out.addAll(text.lines("docs.service.proxy"));
        out.addAll(text.lines("docs.service.remarks"));
        if (text.language().showsTibetan()) {
            out.add(text.bo().get("docs.service.issuer", doc.courtBo() != null ? doc.courtBo() : doc.courtZh()));
        }
        if (text.language().showsChinese()) {
            out.add(text.zh().get("docs.service.issuer", doc.courtZh()));
        }
        out.addAll(text.lines("docs.service.server"));
        return out;
    }

    @Override
    public List<Participant> everyPageSigners() {
        return List.of(recipient);
    }

    /** Signed on the paper when served, not on the pad. */
    @Override
    public Optional<Signature> signatureOf(Participant signer) {
        return Optional.empty();
    }

    @Override
    public List<String> footer() {
        return List.of();
    }
}
