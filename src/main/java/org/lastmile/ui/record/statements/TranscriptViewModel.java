package org.lastmile.ui.record.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.EntryLine;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * Question-and-answer entry: the speaker, the language they speak, what they said and its
 * translation. Adding an entry clears the fields and hands the floor to the other side of the
 * exchange (the last other speaker, or a party after an officer), so that an officer's question
 * and a party's answer follow each other with nothing but Enter. A standard sentence goes in with
 * one command in both languages, said by an officer.
 */
public final class TranscriptViewModel {

    private final RecordEditor editor;
    private final Supplier<Instant> now;
    private final Supplier<EnforcementCase> caseFile;
    private final StandardStatements statements = new StandardStatements();
    private final ObjectProperty<UUID> speaker = new SimpleObjectProperty<>(this, "speaker");
    private final ObjectProperty<SpokenLanguage> language = new SimpleObjectProperty<>(this, "language",
            SpokenLanguage.CHINESE);
    private final StringProperty original = new SimpleStringProperty(this, "original", "");
    private final StringProperty translation = new SimpleStringProperty(this, "translation", "");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** Whether words of the line were last handed over to be kept (an emptied line is then forgotten). */
    private boolean keptWords;

    /** @param caseFile the case as loaded (for the court and case number of the identity sentence), or null */
    public TranscriptViewModel(RecordEditor editor, Supplier<Instant> now, Supplier<EnforcementCase> caseFile) {
        this.editor = editor;
        this.now = now;
        this.caseFile = caseFile;
        speaker.addListener((obs, old, id) -> speakerOf(id).ifPresent(p -> language.set(p.language())));
        // Text in the entry line is not in the record until the entry is added: "not saved" till then.
        javafx.beans.value.ChangeListener<String> typed = (obs, old, text) -> editor.typing(this, hasDraft());
        original.addListener(typed);
        translation.addListener(typed);
        // The line's words are kept on the disk as they change (not in the record until added), and
        // given back when the record is opened again after the process was killed.
        // change listeners: an invalidation listener would miss a change of a value not read since
        javafx.beans.value.ChangeListener<Object> keep = (obs, before, after) -> keepLine();
        original.addListener(keep);
        translation.addListener(keep);
        speaker.addListener(keep);
        language.addListener(keep);
        editor.keptLineProperty().addListener((obs, old, line) -> giveBack(line));
    }

    private void keepLine() {
        boolean words = hasDraft();
        if (words || keptWords) {
            editor.keepEntryLine(new EntryLine(speaker.get(), language.get(), original.get(), translation.get()));
        }
        keptWords = words;
    }

    /** Puts words kept from before a restart back in an empty line, with who said them. */
    private void giveBack(EntryLine line) {
        if (line == null || hasDraft()) {
            return;
        }
        if (speakerOf(line.speakerId()).isPresent()) {
            speaker.set(line.speakerId());
        }
        language.set(line.language());
        original.set(line.original());
        translation.set(line.translation());
    }

    /** Whether the entry line holds text that is not in the record yet. */
    public boolean hasDraft() {
        return !isBlank(original.get()) || !isBlank(translation.get());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Adds the entry line's text if it holds any (Ctrl+S, closing the record): typed words become
     * part of the record rather than being lost. Refused like {@link #add()} (no speaker, only a
     * translation): the text stays in the line, marked not saved.
     */
    public Optional<MessageKeyed> addDraft() {
        return hasDraft() ? add() : Optional.empty();
    }

    /** Adds what the speaker said; the fields clear and the other side has the floor. */
    public Optional<MessageKeyed> add() {
        SiteRecord r = editor.current();
        Optional<Participant> who = speakerOf(speaker.get());
        if (who.isEmpty()) {
            return refuse(new MessageKey("record.transcript.error.speaker"));
        }
        if (original.get() == null || original.get().isBlank()) {
            return refuse(new MessageKey("record.transcript.error.empty"));
        }
        TranscriptEntry entry = new TranscriptEntry(UUID.randomUUID(), who.get().id(), language.get(), original.get(),
                translation.get(), null, now.get());
        Optional<MessageKeyed> refused = append(r, entry, new MessageKey("record.edit.entry", who.get().name()));
        if (refused.isEmpty()) {
            original.set("");
            translation.set("");
            handOver(who.get());
        }
        return refused;
    }

    /** Inserts a standard sentence, said by the officer speaking now or the first officer present. */
    public Optional<MessageKeyed> insert(StandardStatement statement) {
        SiteRecord r = editor.current();
        if (r == null) {
            return Optional.empty();
        }
        Optional<Participant> officer = speakerOf(speaker.get()).filter(TranscriptViewModel::isStaff)
                .or(() -> r.participants(ParticipantRole.OFFICER).stream().findFirst());
        if (officer.isEmpty()) {
            return refuse(new MessageKey("record.transcript.error.noOfficer"));
        }
        TranscriptEntry entry = statements.entry(statement, r, caseFile.get(), officer.get().id(), now.get());
        Optional<MessageKeyed> refused = append(r, entry,
                new MessageKey("record.edit.statement", new org.lastmile.common.Key(nameKey(statement))));
        if (refused.isEmpty()) {
            handOver(officer.get());
        }
        return refused;
    }

    /** The key of a standard sentence's short name (for its button and its undo step). */
    public static String nameKey(StandardStatement statement) {
        return "record.statement." + statement.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Takes an entry out of the transcript. */
    public Optional<MessageKeyed> remove(UUID entryId) {
        return editor.edit(r -> r.edit().transcript(r.transcript().stream()
                .filter(t -> !t.id().equals(entryId)).toList()).build(),
                new MessageKey("record.edit.entryRemoved"), null);
    }

    private Optional<MessageKeyed> append(SiteRecord r, TranscriptEntry entry, MessageKeyed description) {
        Optional<MessageKeyed> refused = editor.edit(x -> {
            List<TranscriptEntry> entries = new ArrayList<>(x.transcript());
            entries.add(entry);
            return x.edit().transcript(entries).build();
        }, description, null);
        problem.set(refused.orElse(null));
        return refused;
    }

    private Optional<MessageKeyed> refuse(MessageKeyed why) {
        problem.set(why);
        return Optional.of(why);
    }

    /** The other side of the exchange takes the floor. */
    private void handOver(Participant from) {
        partner(editor.current(), from).ifPresent(p -> speaker.set(p.id()));
    }

    /**
     * Who answers {@code from}: the last one before them who spoke to them, else a party after
     * court staff, or the first officer after anyone else.
     */
    static Optional<Participant> partner(SiteRecord r, Participant from) {
        List<TranscriptEntry> entries = r.transcript();
        for (int i = entries.size() - 1; i >= 0; i--) {
            UUID id = entries.get(i).speakerId();
            if (!id.equals(from.id())) {
                Optional<Participant> other = r.participant(id);
                if (other.isPresent()) {
                    return other;
                }
            }
        }
        ParticipantRole answering = isStaff(from) ? ParticipantRole.PARTY : ParticipantRole.OFFICER;
        return r.participants(answering).stream().findFirst();
    }

    private static boolean isStaff(Participant p) {
        return p.role() == ParticipantRole.OFFICER || p.role() == ParticipantRole.CLERK;
    }

    private Optional<Participant> speakerOf(UUID id) {
        SiteRecord r = editor.current();
        return id == null || r == null ? Optional.empty() : r.participant(id);
    }

    /** Who speaks now (a participant's id). */
    public ObjectProperty<UUID> speakerProperty() {
        return speaker;
    }

    /** The language of the original text; follows the speaker, may be changed. */
    public ObjectProperty<SpokenLanguage> languageProperty() {
        return language;
    }

    public StringProperty originalProperty() {
        return original;
    }

    public StringProperty translationProperty() {
        return translation;
    }

    /** Why the last entry was not added, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
