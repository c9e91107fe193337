package org.lastmile.ui.record.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.ObligationKind;
import org.lastmile.domain.record.Agreement;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.form.DateInput;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.FieldInput;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordForm;
import org.lastmile.ui.record.edit.RecordTexts;

/**
 * One term of the agreement: what (in Chinese and in Tibetan), how much (yuan, mu or head by its
 * kind), by when, where, how, to whom (money), and which parcel (land). A new term joins the
 * agreement once it says what; its livestock lines are added beside it.
 */
public final class TermForm extends RecordForm {

    private final UUID id;

    public final FormField<ObligationKind> kind = choice("kind", "record.term.kind",
            List.of(ObligationKind.values()), ObligationKind::messageKey);
    public final FormField<String> whatZh = field("whatZh", "record.term.whatZh", FormField.Kind.TEXT);
    public final FormField<String> whatBo = field("whatBo", "record.term.whatBo", FormField.Kind.TIBETAN);
    public final FormField<String> quantity = field("quantity", "record.term.quantity", FormField.Kind.TEXT);
    public final FormField<String> due = field("due", "record.term.due", FormField.Kind.DATE);
    public final FormField<String> place = field("place", "record.term.place", FormField.Kind.TEXT);
    public final FormField<String> manner = field("manner", "record.term.manner", FormField.Kind.TEXT);
    public final FormField<UUID> payee;
    public final FormField<String> parcel;

    /**
     * @param id the term's id, or null for a new term
     * @param people who may receive money (the participants when the form opens)
     */
    public TermForm(RecordEditor editor, UUID id, List<Participant> people) {
        super(editor);
        this.id = id == null ? UUID.randomUUID() : id;
        // Money goes to a party or their agent, never to an officer, the clerk or the interpreter.
        people = people.stream().filter(p -> p.role() == ParticipantRole.PARTY || p.role() == ParticipantRole.AGENT)
                .toList();
        List<UUID> ids = people.stream().map(Participant::id).toList();
        List<Participant> payees = people;
        payee = choiceShown("payee", "record.term.payee", ids, (m, pid) -> payees.stream()
                .filter(p -> p.id().equals(pid)).findFirst().map(p -> RecordTexts.name(m, p)).orElse("?"));
        payee.allowNone();
        parcel = field("parcel", "record.term.parcel", FormField.Kind.TEXT);
        kind.set(ObligationKind.HAND_OVER_LAND);
        reload();
    }

    public UUID termId() {
        return id;
    }

    private Optional<AgreementTerm> term(SiteRecord r) {
        return r.agreement().terms().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    protected void load(SiteRecord r) {
        term(r).ifPresent(t -> {
            kind.set(t.kind());
            whatZh.set(orEmpty(t.whatZh()));
            whatBo.set(orEmpty(t.whatBo()));
            quantity.set(t.quantity() == null ? "" : t.quantity().toPlainString());
            due.set(DateInput.format(t.due()));
            place.set(orEmpty(t.place()));
            manner.set(orEmpty(t.manner()));
            payee.set(t.payeeId());
            parcel.set(orEmpty(t.parcelRef()));
        });
    }

    @Override
    protected SiteRecord apply(SiteRecord r, List<Problem> problems) {
        BigDecimal amount = parse(quantity, FieldInput::decimal, problems);
        LocalDate by = parse(due, DateInput::parse, problems);
        Optional<AgreementTerm> before = term(r);
        if (whatZh.text().isBlank() && whatBo.text().isBlank()) {
            if (before.isPresent()) {
                problems.add(new Problem("whatZh", "record.term.error.what"));
            }
            return r; // a new term joins once it says what
        }
        if (!problems.isEmpty()) {
            return r;
        }
        AgreementTerm term = new AgreementTerm(id, kind.get(), whatZh.text(), whatBo.text(), amount, by, place.text(),
                manner.text(), payee.get(), before.map(AgreementTerm::livestock).orElse(List.of()), parcel.text());
        List<AgreementTerm> terms = new ArrayList<>(r.agreement().terms());
        if (before.isPresent()) {
            terms.replaceAll(t -> t.id().equals(id) ? term : t);
        } else {
            terms.add(term);
        }
        return r.edit().agreement(new Agreement(terms, r.agreement().breachZh(), r.agreement().breachBo())).build();
    }

    @Override
    protected MessageKeyed description(FormField<?> changed) {
        return new MessageKey("record.edit.term");
    }
}
