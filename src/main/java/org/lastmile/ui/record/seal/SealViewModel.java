package org.lastmile.ui.record.seal;

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
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.domain.record.seal.SealRefusedException;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.edit.RecordOpener;

/**
 * Sealing and amending. Sealing saves what is pending and asks the store to seal, which checks the
 * rules again and refuses (changing nothing) while one blocks: the refusal lists each blocking
 * rule's message. A sealed record offers an amendment: a new draft that names it.
 */
public final class SealViewModel {

    private final RecordEditor editor;
    private final RecordOpener opener;
    private final Supplier<Instant> now;
    private final ReadOnlyObjectWrapper<List<Violation>> refusal = new ReadOnlyObjectWrapper<>(this, "refusal",
            List.of());
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<SealCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyObjectWrapper<String> sealedBy = new ReadOnlyObjectWrapper<>(this, "sealedBy");

    /** Seals, amends and re-checks through the editor's record service. */
    public SealViewModel(RecordEditor editor, RecordOpener opener, Supplier<Instant> now) {
        this.editor = editor;
        this.opener = opener;
        this.now = now;
        editor.sealProperty().addListener((obs, old, seal) -> {
            check.set(null);
            sealedBy.set(null);
            if (seal != null) {
                verify();
            }
        });
    }

    /**
     * Checks the stored seal again (and reads who sealed it) in the background: the badge says
     * "verified" only for what the store still holds.
     */
    public void verify() {
        SiteRecord r = editor.current();
        if (r == null || !editor.isSealed()) {
            return;
        }
        editor.background().run(() -> editor.records().verify(r.id()), done -> {
            check.set(done.check());
            sealedBy.set(done.sealedBy().orElse(null));
        }, error -> message.set(Problems.of(error)));
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
            return editor.records().seal(id, actor);
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

    /**
     * Keeps a refusal up to date with the live rules: once sealing was refused, the list shows
     * what blocks now (not what blocked at the attempt), and the refusal goes away when nothing
     * blocks any more. Before an attempt nothing is shown: the rules panel says what is missing.
     */
    public void follow(ReadOnlyObjectProperty<List<Violation>> rules) {
        rules.addListener((obs, old, now) -> {
            if (refusal.get().isEmpty()) {
                return;
            }
            List<Violation> blocking = now.stream().filter(Violation::blocks).toList();
            refusal.set(blocking);
            message.set(blocking.isEmpty() ? null : new MessageKey("record.seal.error.refused", blocking.size()));
        });
    }

    /** Starts an amendment of the sealed record and opens it. */
    public void amend() {
        SiteRecord sealed = editor.current();
        if (sealed == null || !editor.isSealed()) {
            message.set(new MessageKey("record.amend.error.draft"));
            return;
        }
        Instant at = now.get();
        String actor = editor.actor();
        editor.background().run(() -> editor.records().amend(sealed.id(), at, actor),
                amendment -> opener.open(amendment.id()), error -> message.set(Problems.of(error)));
    }

    /** The blocking rules of the last refused seal (empty after a seal or before any attempt). */
    public ReadOnlyObjectProperty<List<Violation>> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Why the last seal or amendment did not happen, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last re-check of the stored seal, or null until it ran. */
    public ReadOnlyObjectProperty<SealCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Who sealed the record (the audit log's actor: an officer id, or "demo"), or null. */
    public ReadOnlyObjectProperty<String> sealedByProperty() {
        return sealedBy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
