package org.lastmile.ui.record.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.IdNumber;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.AgentAuthority;
import org.lastmile.domain.record.InterpreterInfo;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormField;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The form of one person on site, new or present. A new person joins the record with the first
 * edit that names them; the same person twice, a missing name or a resident ID with a wrong check
 * digit is shown in the form and nothing changes. For the interpreter it also holds the language
 * pair and the pledge (the relationship to each party is set beside the list).
 */
public final class ParticipantForm extends Form {

    private final RecordEditor editor;
    private final ParticipantsViewModel participants;
    private final UUID id;

    public final FormField<ParticipantRole> role = choice("role", "record.participant.role",
            List.of(ParticipantRole.values()), ParticipantRole::messageKey);
    public final FormField<String> nameZh = field("nameZh", "record.participant.nameZh", FormField.Kind.TEXT);
    public final FormField<String> nameBo = field("nameBo", "record.participant.nameBo", FormField.Kind.TIBETAN);
    public final FormField<String> idNumber = field("idNumber", "record.participant.idNumber", FormField.Kind.TEXT);
    public final FormField<SpokenLanguage> language = choice("language", "record.participant.language",
            List.of(SpokenLanguage.values()), SpokenLanguage::messageKey);
    public final FormField<Boolean> idShown = flag("idShown", "record.participant.idShown");
    public final FormField<AgentAuthority> authority = choice("authority", "record.participant.authority",
            List.of(AgentAuthority.values()), AgentAuthority::messageKey).allowNone();
    public final FormField<SpokenLanguage> interpretFrom = choice("interpretFrom", "record.participant.interpretFrom",
            List.of(SpokenLanguage.values()), SpokenLanguage::messageKey);
    public final FormField<SpokenLanguage> interpretTo = choice("interpretTo", "record.participant.interpretTo",
            List.of(SpokenLanguage.values()), SpokenLanguage::messageKey);
    public final FormField<Boolean> pledged = flag("pledged", "record.participant.pledged");

    /**
     * @param id the person's id, or null for a new person
     * @param newRole the role a new person starts with
     */
    public ParticipantForm(RecordEditor editor, ParticipantsViewModel participants, UUID id, ParticipantRole newRole) {
        this.editor = editor;
        this.participants = participants;
        this.id = id == null ? UUID.randomUUID() : id;
        whenEdited(() -> editor.typing(this, true)); // "not saved" from the first keystroke
        role.set(newRole == null ? ParticipantRole.WITNESS : newRole);
        language.set(SpokenLanguage.CHINESE);
        SiteRecord r = editor.current();
        InterpreterInfo defaults = ParticipantsViewModel.defaultInterpretation(r);
        interpretFrom.set(defaults.from());
        interpretTo.set(defaults.to());
        // Only the fields of the person's role: a witness is not asked for an interpreter's pledge.
        authority.appliesProperty().bind(role.valueProperty().isEqualTo(ParticipantRole.AGENT));
        for (FormField<?> f : List.of(interpretFrom, interpretTo, pledged)) {
            f.appliesProperty().bind(role.valueProperty().isEqualTo(ParticipantRole.INTERPRETER));
        }
        load();
        editor.currentProperty().addListener((obs, old, now) -> load());
    }

    /** Shows the person as the record holds them now (after an edit, an undo or a redo). */
    private void load() {
        SiteRecord r = editor.current();
        if (r == null) {
            return;
        }
        r.participant(id).ifPresent(p -> {
            role.set(p.role());
            nameZh.set(orEmpty(p.nameZh()));
            nameBo.set(orEmpty(p.nameBo()));
            idNumber.set(orEmpty(p.idNumber()));
            language.set(p.language());
            idShown.set(p.idShown());
            authority.set(p.authority());
            if (p.interpreter() != null) {
                interpretFrom.set(p.interpreter().from());
                interpretTo.set(p.interpreter().to());
                pledged.set(p.interpreter().pledged());
            }
        });
    }

    public UUID participantId() {
        return id;
    }

    /** Whether the person is in the record yet. */
    public boolean isSaved() {
        return editor.current() != null && editor.current().participant(id).isPresent();
    }

    @Override
    public void commit(FormField<?> changed) {
        SiteRecord r = editor.current();
        if (r == null) {
            return;
        }
        Optional<Participant> existing = r.participant(id);
        if (existing.isEmpty() && nameZh.text().isBlank() && nameBo.text().isBlank()) {
            clearProblems(); // a new person joins once named; choosing a role first is no mistake
            editor.typing(this, !idNumber.text().isBlank()); // an ID without a name is not saved
            return;
        }
        List<Problem> problems = new ArrayList<>();
        if (nameZh.text().isBlank() && nameBo.text().isBlank()) {
            problems.add(new Problem("nameZh", "record.participant.error.name"));
        }
        String idText = idNumber.text().strip();
        if (looksLikeResidentId(idText)) {
            try {
                IdNumber.parse(idText);
            } catch (LocalizedException e) {
                problems.add(new Problem("idNumber", e.messageKey(), e.messageArgs()));
            }
        }
        if (!problems.isEmpty()) {
            show(problems, "");
            return;
        }
        Participant p = build(existing.orElse(null));
        if (existing.isPresent() && existing.get().equals(p)) {
            clearProblems();
            editor.typing(this, false);
            return;
        }
        Optional<MessageKeyed> refused = existing.isPresent() ? participants.update(p) : participants.add(p);
        editor.typing(this, refused.isPresent()); // refused (the same person twice): still not saved
        if (refused.isPresent()) {
            show(List.of(new Problem("", refused.get().messageKey(), refused.get().messageArgs())), "");
        } else {
            clearProblems();
        }
    }

    private Participant build(Participant before) {
        InterpreterInfo info = null;
        if (role.get() == ParticipantRole.INTERPRETER) {
            Map<UUID, Relationship> relations = before == null || before.interpreter() == null ? Map.of()
                    : before.interpreter().relationships();
            info = new InterpreterInfo(interpretFrom.get(), interpretTo.get(), relations,
                    Boolean.TRUE.equals(pledged.get()));
        }
        return new Participant(id, role.get(), nameZh.text(), nameBo.text(), idNumber.text(), language.get(),
                before == null ? null : before.partyId(), before == null ? null : before.officerId(),
                Boolean.TRUE.equals(idShown.get()), authority.get(), info);
    }

    // Officers' badge numbers are short; an 18-character number is a resident ID and is checked.
    private static boolean looksLikeResidentId(String text) {
        return text.length() == 18 && text.substring(0, 17).chars().allMatch(Character::isDigit);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
