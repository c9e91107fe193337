package org.lastmile.ui.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.store.records.SealRefusedException;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;

/**
 * Sealing and amending. Sealing saves what is pending and asks the store to seal, which checks the
 * rules again and refuses (changing nothing) while one blocks: the refusal lists each blocking
 * rule's message. A sealed record offers an amendment: a new draft that names it.
 */
public final class SealViewModel {

    private final RecordEditor editor;
    private final RecordChecker checker;
    private final RecordOpener opener;
    private final Supplier<Instant> now;
    private final ReadOnlyObjectWrapper<List<Violation>> refusal = new ReadOnlyObjectWrapper<>(this, "refusal",
            List.of());
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public SealViewModel(RecordEditor editor, RecordChecker checker, RecordOpener opener, Supplier<Instant> now) {
        this.editor = editor;
        this.checker = checker;
        this.opener = opener;
        this.now = now;
    }

    /** Seals the record as saved, or shows why not. */
    public void seal() {
        Optional<MessageKeyed> refused = editor.checkEditable();
        if (refused.isPresent()) {
            message.set(refused.get());
            return;
        }
        UUID id = editor.current().id();
        String actor = editor.actor();
        busy.set(true);
        editor.background().run(() -> {
            editor.flush(); // the store seals what it holds: the last edit first
            return editor.records().seal(id, actor, checker);
        }, stored -> {
            busy.set(false);
            refusal.set(List.of());
            message.set(null);
            editor.sealed(stored);
        }, error -> {
            busy.set(false);
            if (error instanceof SealRefusedException seal) {
                refusal.set(seal.violations().stream().filter(Violation::blocks).toList());
            } else {
                refusal.set(List.of());
            }
            message.set(Problems.of(error));
        });
    }

    /** Starts an amendment of the sealed record and opens it. */
    public void amend() {
        SiteRecord sealed = editor.current();
        if (sealed == null || !editor.isSealed()) {
            message.set(new MessageKey("record.amend.error.draft"));
            return;
        }
        SiteRecord amendment = sealed.amendment(now.get());
        String actor = editor.actor();
        editor.background().run(() -> editor.records().saveDraft(amendment, actor),
                version -> opener.open(amendment.id()), error -> message.set(Problems.of(error)));
    }

    /** The blocking rules of the last refused seal (empty after a seal or before any attempt). */
    public ReadOnlyObjectProperty<List<Violation>> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Why the last seal or amendment did not happen, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
