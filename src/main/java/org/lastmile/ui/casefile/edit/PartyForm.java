package org.lastmile.ui.casefile.edit;

import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormField;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.ui.common.MessageKey;

/**
 * The form of one party of a case, new or existing. A new party joins the case with its first
 * valid edit; until then nothing is saved. An ID number with a wrong check digit, a missing name
 * or an implausible phone number is shown next to its field and nothing is saved.
 */
public final class PartyForm extends Form {

    private final CaseEditor editor;
    private final UUID partyId;

    public final FormField<PartyRole> role = choice("role", "party.field.role",
            List.of(PartyRole.values()), PartyRole::messageKey);
    public final FormField<PartyKind> kind = choice("kind", "party.field.kind",
            List.of(PartyKind.values()), PartyKind::messageKey);
    public final FormField<String> nameZh = field("nameZh", "party.field.nameZh", FormField.Kind.TEXT);
    public final FormField<String> nameBo = field("nameBo", "party.field.nameBo", FormField.Kind.TIBETAN);
    public final FormField<String> idNumber = field("idNumber", "party.field.idNumber", FormField.Kind.TEXT);
    public final FormField<String> phone = field("phone", "party.field.phone", FormField.Kind.TEXT);
    public final FormField<String> address = field("address", "party.field.address", FormField.Kind.TEXT);
    public final FormField<SpokenLanguage> language =
            choice("language", "party.field.language", List.of(SpokenLanguage.values()), SpokenLanguage::messageKey);

    /** A form for an existing party of the editor's case, or for a new one when {@code partyId} is null. */
    public PartyForm(CaseEditor editor, UUID partyId) {
        this.editor = editor;
        whenEdited(editor::edited);
        this.partyId = partyId == null ? UUID.randomUUID() : partyId;
        role.set(PartyRole.APPLICANT);
        kind.set(PartyKind.PERSON);
        language.set(SpokenLanguage.TIBETAN);
        load();
        editor.currentProperty().addListener((obs, old, now) -> load());
    }

    /** Shows the party as the case holds it now (after a save, an undo or a redo). */
    private void load() {
        EnforcementCase c = editor.current();
        if (c == null) {
            return;
        }
        c.party(partyId).ifPresent(p -> {
            role.set(p.role());
            kind.set(p.kind());
            nameZh.set(orEmpty(p.nameZh()));
            nameBo.set(orEmpty(p.nameBo()));
            idNumber.set(orEmpty(p.idNumber()));
            phone.set(orEmpty(p.phone()));
            address.set(orEmpty(p.address()));
            language.set(p.language());
        });
    }

    public UUID partyId() {
        return partyId;
    }

    /** Whether the party is part of the saved case yet. */
    public boolean isSaved() {
        return editor.current() != null && editor.current().party(partyId).isPresent();
    }

    @Override
    public void commit(FormField<?> changed) {
        EnforcementCase c = editor.latest();
        if (c == null) {
            return; // the case itself must be saved first
        }
        Party party = new Party(partyId, role.get(), kind.get(), nameZh.text(), nameBo.text(), idNumber.text(),
                phone.text(), address.text(), language.get());
        List<Problem> problems = party.problems();
        if (!problems.isEmpty()) {
            show(problems, "");
            editor.invalid();
            return;
        }
        List<Party> parties = new ArrayList<>(c.parties());
        int index = indexOf(parties);
        if (index >= 0 && parties.get(index).equals(party)) {
            clearProblems();
            return;
        }
        if (index >= 0) {
            parties.set(index, party);
        } else {
            parties.add(party);
            index = parties.size() - 1;
        }
        clearProblems();
        String prefix = "parties[" + index + "].";
        editor.submit(c.withParties(parties), new MessageKey("edit.party", party.displayName()),
                "party:" + partyId + "." + changed.name(), refused -> show(refused, prefix));
    }

    private int indexOf(List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(partyId)) {
                return i;
            }
        }
        return -1;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
