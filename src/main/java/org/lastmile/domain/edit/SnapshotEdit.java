package org.lastmile.domain.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.lastmile.common.MessageKeyed;

/**
 * An edit of an immutable value (a case, a party) from one snapshot to another: execute applies
 * {@code after}, undo applies {@code before}. Two edits with the same non-null {@code mergeKey}
 * that follow each other (the same field typed in twice) merge into one, from the first
 * {@code before} to the last {@code after}.
 *
 * @param <T> the edited value
 */
public final class SnapshotEdit<T> implements UndoableCommand {

    private final T before;
    private final T after;
    private final Consumer<? super T> apply;
    private final MessageKeyed description;
    private final String mergeKey;

    /**
     * @param apply makes a snapshot the current state (shows and saves it)
     * @param mergeKey edits with the same key merge when consecutive; {@code null} never merges
     */
    public SnapshotEdit(T before, T after, Consumer<? super T> apply, MessageKeyed description, String mergeKey) {
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
        this.apply = Objects.requireNonNull(apply);
        this.description = Objects.requireNonNull(description);
        this.mergeKey = mergeKey;
    }

    public T before() {
        return before;
    }

    public T after() {
        return after;
    }

    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }

    @Override
    public MessageKeyed description() {
        return description;
    }

    @Override
    public Optional<UndoableCommand> mergedWith(UndoableCommand next) {
        if (mergeKey != null && next instanceof SnapshotEdit<?> other && mergeKey.equals(other.mergeKey)
                && after.equals(other.before)) {
            @SuppressWarnings("unchecked")
            T last = (T) other.after;
            return Optional.of(new SnapshotEdit<>(before, last, apply, other.description, mergeKey));
        }
        return Optional.empty();
    }
}
