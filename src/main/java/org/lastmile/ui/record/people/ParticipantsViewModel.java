package org.lastmile.ui.record.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.cases.OfficerRole;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.InterpreterInfo;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The people on site: added (from the case's parties and officers or typed), changed, removed, and
 * the interpreter's language pair, relationship to each party and pledge. The same person twice is
 * refused with a message naming them; nothing changes then.
 */
public final class ParticipantsViewModel {

    private final RecordContext context;
    private final RecordEditor editor;

    public ParticipantsViewModel(RecordContext context) {
        this.context = context;
        this.editor = context.editor();
    }

    /** Opens the form of a new person in {@code role}. */
    public void addParticipant(ParticipantRole role) {
        context.open(() -> new ParticipantForm(editor, this, null, role));
    }

    /** Opens the form of a person present. */
    public void editParticipant(UUID id) {
        context.open(() -> new ParticipantForm(editor, this, id, null));
    }

    /** Adds a person; refused when someone present is the same person. */
    public Optional<MessageKeyed> add(Participant p) {
        return editor.checkEditable().or(() -> duplicateOf(p)).or(() -> editor.edit(r -> {
            List<Participant> people = new ArrayList<>(r.participants());
            people.add(p);
            return r.edit().participants(people).build();
        }, new MessageKey("record.edit.participantAdded", p.name()), null));
    }

    /** Replaces a person's entry (same id); refused when the change makes them someone else present. */
    public Optional<MessageKeyed> update(Participant p) {
        return editor.checkEditable().or(() -> duplicateOf(p)).or(() -> editor.edit(r -> r.edit().participants(r.participants().stream()
                .map(x -> x.id().equals(p.id()) ? p : x).toList()).build(),
                new MessageKey("record.edit.participant", p.name()), "participant:" + p.id()));
    }

    /**
     * Removes a person with their signature and the interpreter's relationship to them; refused
     * while the transcript quotes them (the record would quote nobody).
     */
    public Optional<MessageKeyed> remove(UUID id) {
        SiteRecord r = editor.current();
        if (r == null) {
            return Optional.empty();
        }
        Optional<Participant> gone = r.participant(id);
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        if (r.transcript().stream().anyMatch(t -> t.speakerId().equals(id))) {
            return Optional.of(new MessageKey("record.error.participantSpoke", gone.get().name()));
        }
        return editor.edit(x -> {
            List<Participant> people = new ArrayList<>();
            for (Participant p : x.participants()) {
                if (!p.id().equals(id)) {
                    people.add(p.interpreter() == null ? p : p.withInterpreter(withoutParty(p.interpreter(), id)));
                }
            }
            List<Signature> signatures = x.signatures().stream().filter(s -> !s.participantId().equals(id)).toList();
            return x.edit().participants(people).signatures(signatures).build();
        }, new MessageKey("record.edit.participantRemoved", gone.get().name()), null);
    }

    /** A party of the case joins as present, with the case's names, ID number and language. */
    public Optional<MessageKeyed> addParty(Party party) {
        return add(new Participant(UUID.randomUUID(), ParticipantRole.PARTY, party.nameZh(), party.nameBo(),
                party.idNumber(), party.language(), party.id(), null, false, null, null));
    }

    /** An officer of the court joins in the role matching their post; officers show their card. */
    public Optional<MessageKeyed> addOfficer(Officer officer) {
        ParticipantRole role = switch (officer.role()) {
            case CLERK -> ParticipantRole.CLERK;
            case BAILIFF -> ParticipantRole.BAILIFF;
            case JUDGE, OFFICER, ASSISTANT -> ParticipantRole.OFFICER;
        };
        return add(new Participant(UUID.randomUUID(), role, officer.nameZh(), officer.nameBo(), officer.badgeNumber(),
                SpokenLanguage.CHINESE, null, officer.id(), officer.role() != OfficerRole.ASSISTANT, null, null));
    }

    /** Records the relationship between the interpreter and a party (CPL 47). */
    public Optional<MessageKeyed> setRelationship(UUID interpreterId, UUID partyId, Relationship relationship) {
        return interpreter(interpreterId, info -> {
            Map<UUID, Relationship> relations = new HashMap<>(info.relationships());
            if (relationship == null) {
                relations.remove(partyId);
            } else {
                relations.put(partyId, relationship);
            }
            return new InterpreterInfo(info.from(), info.to(), relations, info.pledged());
        }, "record.edit.relationship");
    }

    /** Records whether the interpreter made the pledge of faithful interpretation. */
    public Optional<MessageKeyed> setPledged(UUID interpreterId, boolean pledged) {
        return interpreter(interpreterId,
                info -> new InterpreterInfo(info.from(), info.to(), info.relationships(), pledged),
                "record.edit.pledge");
    }

    private Optional<MessageKeyed> interpreter(UUID id, java.util.function.UnaryOperator<InterpreterInfo> change,
            String descriptionKey) {
        SiteRecord r = editor.current();
        Optional<Participant> found = r == null ? Optional.empty() : r.participant(id);
        if (found.isEmpty() || found.get().role() != ParticipantRole.INTERPRETER) {
            return Optional.empty();
        }
        Participant p = found.get();
        InterpreterInfo info = p.interpreter() == null ? defaultInterpretation(r) : p.interpreter();
        Participant changed = p.withInterpreter(change.apply(info));
        return editor.edit(x -> x.edit().participants(x.participants().stream()
                .map(q -> q.id().equals(id) ? changed : q).toList()).build(),
                new MessageKey(descriptionKey, p.name()), null);
    }

    /** Between the record's language and Tibetan (or Chinese for a record in Tibetan), nothing else yet. */
    static InterpreterInfo defaultInterpretation(SiteRecord r) {
        SpokenLanguage other = r.language() == SpokenLanguage.TIBETAN ? SpokenLanguage.CHINESE : SpokenLanguage.TIBETAN;
        return new InterpreterInfo(other, r.language(), Map.of(), false);
    }

    private static InterpreterInfo withoutParty(InterpreterInfo info, UUID partyId) {
        Map<UUID, Relationship> relations = new HashMap<>(info.relationships());
        relations.remove(partyId);
        return new InterpreterInfo(info.from(), info.to(), relations, info.pledged());
    }

    /** The message refusing {@code p}, when someone else present is the same person. */
    public Optional<MessageKeyed> duplicateOf(Participant p) {
        SiteRecord r = editor.current();
        if (r == null) {
            return Optional.empty();
        }
        return r.participants().stream().filter(x -> !x.id().equals(p.id()) && x.samePersonAs(p)).findFirst()
                .map(x -> new MessageKey("record.error.duplicateParticipant", x.name()));
    }
}
