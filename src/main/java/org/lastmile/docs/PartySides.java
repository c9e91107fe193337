package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;

/**
 * The parties present named by their side in the case (申请执行人, 被执行人, …) where the case is
 * known, else as 当事人; with their address from the case for the service receipt.
 */
final class PartySides {

    private final RecordDocument doc;
    private final Bilingual text;

    PartySides(RecordDocument doc, Bilingual text) {
        this.doc = doc;
        this.text = text;
    }

    List<Participant> parties() {
        return doc.stored().record().participants(ParticipantRole.PARTY);
    }

    Optional<Party> party(Participant p) {
        if (doc.enforcementCase() == null || p.partyId() == null) {
            return Optional.empty();
        }
        return doc.enforcementCase().parties().stream().filter(c -> c.id().equals(p.partyId())).findFirst();
    }

    /** The parties with the given side in the case; all parties present when the case is not known. */
    List<Participant> withRole(PartyRole role) {
        if (doc.enforcementCase() == null) {
            return parties();
        }
        return parties().stream().filter(p -> party(p).map(c -> c.role() == role).orElse(false)).toList();
    }

    /** "申请执行人：扎西东珠" for each party present. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Participant p : parties()) {
            String key = party(p).map(c -> c.role().messageKey()).orElse(p.role().messageKey());
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.field", text.bo().get(key), RecordContent.name(p, true)));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.field", text.zh().get(key), RecordContent.name(p, false)));
            }
        }
        return out;
    }
}
