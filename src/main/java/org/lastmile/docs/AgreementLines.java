package org.lastmile.docs;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SiteRecord;

/**
 * The terms of what was agreed on site and the breach clause, as both the record and the
 * settlement agreement print them: what, how much, by when, where, how (执行和解规定 1).
 */
final class AgreementLines {

    private final SiteRecord record;
    private final Bilingual text;

    AgreementLines(SiteRecord record, Bilingual text) {
        this.record = record;
        this.text = text;
    }

    List<String> terms() {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (AgreementTerm t : record.agreement().terms()) {
            String payee = t.payeeId() == null ? "—"
                    : record.participant(t.payeeId()).map(Participant::displayName).orElse("—");
            String quantity = t.quantity() == null ? "—" : t.quantity().toPlainString();
            if (text.language().showsTibetan()) {
                out.add(text.bo().get("docs.agreement.term", n, or(t.whatBo(), t.whatZh()), quantity,
                        text.bo().get(t.kind().unit().messageKey())));
                out.add(text.bo().get("docs.agreement.termDetails", date(t), or(t.place(), "—"), or(t.manner(), "—"),
                        payee, or(t.parcelRef(), "—")));
            }
            if (text.language().showsChinese()) {
                out.add(text.zh().get("docs.agreement.term", n, or(t.whatZh(), t.whatBo()), quantity,
                        text.zh().get(t.kind().unit().messageKey())));
                out.add(text.zh().get("docs.agreement.termDetails", date(t), or(t.place(), "—"), or(t.manner(), "—"),
                        payee, or(t.parcelRef(), "—")));
            }
            n++;
        }
        return out;
    }

    /** What the parties wrote about a breach, then the statutory default clause (执行和解规定 9). */
    List<String> breach() {
        List<String> out = new ArrayList<>();
        if (text.language().showsTibetan() && record.agreement().breachBo() != null) {
            out.add(text.bo().get("docs.agreement.breach", record.agreement().breachBo()));
        }
        if ((text.language().showsChinese() || record.agreement().breachBo() == null)
                && record.agreement().breachZh() != null) {
            out.add(text.zh().get("docs.agreement.breach", record.agreement().breachZh()));
        }
        out.addAll(text.lines("docs.agreement.default"));
        return out;
    }

    private static String date(AgreementTerm t) {
        return t.due() == null ? "—" : t.due().toString();
    }

    private static String or(String a, String b) {
        return a != null ? a : b == null ? "—" : b;
    }
}
