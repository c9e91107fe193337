package org.lastmile.ui.record.edit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.edit.SnapshotEdit;
import org.lastmile.domain.edit.UndoHistory;
import org.lastmile.domain.record.EntryLine;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.service.Autosave;
import org.lastmile.service.RecordService;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.common.SaveState;
import org.lastmile.ui.common.UndoState;

/**
 * One record being written: the record as the screen shows it, saved through {@link Autosave}
 * within a fraction of a second of each edit (typing in the transcript costs one transaction per
 * pause, not per key), every edit an undoable snapshot. The screen says "saved" only when the
 * state it shows has committed. Once sealed, every edit is refused with a message and nothing
 * reaches the store.
 *
 * <p>Unlike the case editor, an edit shows at once and joins the undo history at once: the officer
 * types while people talk and must see the text, and the save follows within the autosave delay.
 * A save the store refuses is reported as a failure; the text stays on screen, marked unsaved.
 */
public final class RecordEditor {

    /**
     * The seal of a sealed record.
     *
     * @param sha256 the SHA-256 of the sealed canonical bytes
     * @param code the short code people read aloud
     * @param sealedAt when it was sealed
     */
    public record Seal(String sha256, String code, Instant sealedAt) {
    }

    /** A state to save and who made it (read on the FX thread, where the profile lives). */
    private record Pending(SiteRecord record, String actor) {
    }

    /** The words of a record's entry line to keep (null: forget them). */
    private record KeptLine(UUID recordId, EntryLine line) {
    }

    /** A record as read when it opens, with the words kept in its entry line (null when none). */
    public record Opened(StoredRecord stored, EntryLine line) {
    }

    private final RecordService records;
    private final Background background;
    private final ScheduledExecutorService saves;
    private final Supplier<String> actor;
    private final RecordUpdates updates;
    private final Autosave<Pending> autosave;
    /** Keeps the entry line's words on the disk, on the store thread, in order with the saves. */
    private final Autosave<KeptLine> lines;
    private final ReadOnlyObjectWrapper<EntryLine> keptLine = new ReadOnlyObjectWrapper<>(this, "keptLine");
    private static final java.util.Set<String> SIGNING_EDITS = java.util.Set.of("record.edit.signature",
            "record.edit.refusal");
    private final UndoHistory history = new UndoHistory();
    // Taking a signature back (undo of a signature or refusal, redo of a removal) is asked first.
    private final UndoState undo = new UndoState(history,
            d -> SIGNING_EDITS.contains(d.messageKey()), d -> "record.edit.signatureRemoved".equals(d.messageKey()));
    private final ReadOnlyObjectWrapper<SiteRecord> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Seal> seal = new ReadOnlyObjectWrapper<>(this, "seal");
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(this, "state", SaveState.IDLE);
    private final ReadOnlyObjectWrapper<MessageKeyed> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final BooleanBinding sealed = Bindings.isNotNull(seal);
    // What holds typed text that is not an edit yet (a form field, the transcript's entry line):
    // while anything does, the state says "not saved", whatever the saves in flight report.
    private final java.util.Set<Object> typing = new java.util.HashSet<>();
    // The state of the edits themselves (saving, saved, failed), shown once nothing is typed.
    private SaveState settled = SaveState.IDLE;

    /**
     * @param saves the store thread (saves run there in order with the background tasks)
     * @param delay how long an edit waits for the next before it is saved (well under a second)
     * @param actor who edits (the profile officer's id)
     */
    public RecordEditor(RecordService records, Background background, ScheduledExecutorService saves,
            Duration delay, Supplier<String> actor, RecordUpdates updates) {
        this.records = Objects.requireNonNull(records);
        this.background = Objects.requireNonNull(background);
        this.saves = Objects.requireNonNull(saves);
        this.actor = Objects.requireNonNull(actor);
        this.updates = Objects.requireNonNull(updates);
        this.autosave = new Autosave<>(saves, delay, p -> save(p), result -> onFx(() -> saved(result)));
        // A refused line stays pending and is tried again (Autosave); the header already says
        // "not saved" while words wait in the line, so a result has nothing to show.
        this.lines = new Autosave<>(saves, delay, k -> keep(k), result -> { });
    }

    /**
     * Reads a stored record and the words kept in its entry line, unless they are in the record
     * already (added just before a kill) or it is sealed. Call on the store thread.
     */
    public Opened read(UUID id) {
        StoredRecord stored = records.find(id).orElseThrow(() -> new LocalizedException("record.error.notFound", id));
        return new Opened(stored, stored.sealed() ? null : records.entryLine(id)
                .filter(line -> stored.record().transcript().stream().noneMatch(line::isAddedAs)).orElse(null));
    }

    /** Shows a record as {@link #read} found it (nothing to undo yet) and gives back its entry line's words. */
    public void open(Opened opened) {
        show(opened.stored());
        keptLine.set(opened.line());
    }

    /** Shows a record as the store holds it. */
    public void show(StoredRecord stored) {
        current.set(stored.record()); // first: what listens to the seal reads the record
        seal.set(stored.sealed() ? new Seal(stored.sealSha256(), stored.sealCode(), stored.sealedAt()) : null);
        history.clear();
    }

    /**
     * Applies an edit: shown at once, undoable, saved within the autosave delay.
     *
     * @param mergeKey consecutive edits with the same key undo as one (typing in one field); null
     *     never merges
     * @return why the edit was refused (the record is sealed or not loaded), empty when applied
     */
    public Optional<MessageKeyed> edit(UnaryOperator<SiteRecord> change, MessageKeyed description, String mergeKey) {
        Optional<MessageKeyed> refused = checkEditable();
        if (refused.isPresent()) {
            return refused;
        }
        SiteRecord before = current.get();
        SiteRecord after = change.apply(before);
        if (after.equals(before)) {
            return Optional.empty();
        }
        current.set(after);
        history.record(new SnapshotEdit<>(before, after, this::restore, description, mergeKey));
        submit(after);
        return Optional.empty();
    }

    /**
     * Why the record cannot be edited now (sealed, or not yet read), shown as the screen's
     * failure too; empty when it can.
     */
    public Optional<MessageKeyed> checkEditable() {
        if (current.get() == null) {
            return Optional.of(new MessageKey("record.error.notLoaded"));
        }
        if (seal.get() != null) {
            MessageKeyed refused = new MessageKey("record.error.sealed", seal.get().code());
            failure.set(refused);
            return Optional.of(refused);
        }
        return Optional.empty();
    }

    /**
     * Tells whether {@code source} holds typed text that is not committed yet: from the first
     * keystroke the state says "not saved" (未保存), and it says "saved" again only after that text
     * became an edit and the edit committed. A sealed or unread record takes no typing.
     */
    public void typing(Object source, boolean uncommitted) {
        if (uncommitted && current.get() != null && seal.get() == null) {
            typing.add(source);
            state.set(SaveState.UNSAVED);
        } else if (typing.remove(source) && typing.isEmpty()) {
            state.set(settled);
        }
    }

    /**
     * Keeps the words of the transcript's entry line on the disk within the autosave delay (an
     * empty line forgets them), so that a killed process loses none; they are not in the record
     * until the entry is added. Nothing for a sealed or unread record.
     */
    public void keepEntryLine(EntryLine line) {
        SiteRecord r = current.get();
        if (r != null && seal.get() == null) {
            lines.submit(new KeptLine(r.id(), line));
        }
    }

    /** The words kept in the entry line when the record was read (null when none): put back in the line. */
    public ReadOnlyObjectProperty<EntryLine> keptLineProperty() {
        return keptLine.getReadOnlyProperty();
    }

    private long keep(KeptLine k) {
        try {
            records.keepEntryLine(k.recordId(), k.line());
            return 0;
        } catch (LocalizedException refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            throw new LocalizedException(unexpected, "ui.error.unexpected", unexpected.getClass().getSimpleName());
        }
    }

    /** Whether some typed text is not an edit yet. */
    public boolean hasTyping() {
        return !typing.isEmpty();
    }

    private void settle(SaveState s) {
        settled = s;
        if (typing.isEmpty() || s == SaveState.FAILED) {
            state.set(s);
        }
    }

    // Undo and redo: the earlier or later snapshot becomes the record again and is saved.
    private void restore(SiteRecord snapshot) {
        if (seal.get() == null) {
            current.set(snapshot);
            submit(snapshot);
        }
    }

    private void submit(SiteRecord r) {
        settle(SaveState.SAVING);
        autosave.submit(new Pending(r, actor.get()));
    }

    // Autosave reports refusals (LocalizedException); anything else would end the save silently
    // and leave the screen saying "saving" for ever, so it is reported the same way.
    private long save(Pending p) {
        try {
            return records.saveDraft(p.record(), p.actor()).version();
        } catch (LocalizedException refused) {
            throw refused;
        } catch (RuntimeException unexpected) {
            throw new LocalizedException(unexpected, "ui.error.unexpected", unexpected.getClass().getSimpleName());
        }
    }

    private void saved(Autosave.Result<Pending> result) {
        if (result instanceof Autosave.Saved<Pending> ok) {
            updates.changed(new StoredRecord(ok.state().record(), false, null, null, ok.version()));
            if (ok.state().record().equals(current.get()) && !autosave.hasPending()) {
                failure.set(null);
                settle(SaveState.SAVED);
            }
        } else if (result instanceof Autosave.Failed<Pending> failed) {
            failure.set(failed.problem());
            settle(SaveState.FAILED);
        }
    }

    /** Saves a pending edit now, on the calling thread (before sealing, in the sealing task). */
    public void flush() {
        autosave.flush();
        lines.flush();
    }

    /** Ctrl+S: saves a pending edit now on the store thread, without waiting for the pause. */
    public void saveNow() {
        try {
            saves.execute(this::flush);
        } catch (RejectedExecutionException closed) {
            flush();
        }
    }

    /** The record was sealed: it is shown as stored and nothing can be undone any more. */
    public void sealed(StoredRecord stored) {
        lines.submit(new KeptLine(stored.record().id(), null));
        show(stored);
        failure.set(null);
        typing.clear();
        settle(SaveState.SAVED);
        updates.changed(stored);
    }

    /** Saves what is pending, on the store thread (after the work queued there) if it still runs. */
    public void close() {
        try {
            saves.execute(this::closeSaves);
        } catch (RejectedExecutionException closed) {
            closeSaves();
        }
    }

    private void closeSaves() {
        autosave.close();
        lines.close();
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public ReadOnlyObjectProperty<SiteRecord> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public SiteRecord current() {
        return current.get();
    }

    /** The seal, or null while the record is a draft. */
    public ReadOnlyObjectProperty<Seal> sealProperty() {
        return seal.getReadOnlyProperty();
    }

    /** Whether the record is sealed (and so read-only). */
    public BooleanBinding sealedBinding() {
        return sealed;
    }

    public boolean isSealed() {
        return seal.get() != null;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last save failed or the last edit was refused, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Clears a refusal once the user has seen it. */
    public void clearFailure() {
        failure.set(null);
    }

    public UndoState undo() {
        return undo;
    }

    /** The record use cases (seal, amend, verify) that act on this record. */
    public RecordService records() {
        return records;
    }

    public Background background() {
        return background;
    }

    /** Who edits now. */
    public String actor() {
        return actor.get();
    }
}
