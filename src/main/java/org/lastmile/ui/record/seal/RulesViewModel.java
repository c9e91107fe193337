package org.lastmile.ui.record.seal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The rules the record does not meet yet, checked again after every edit: what blocks sealing
 * first, then the warnings; each message names what is missing. A sealed record has none to show.
 */
public final class RulesViewModel {

    private final RecordChecker checker;
    private final Function<SiteRecord, String> contentHash;
    private final ReadOnlyObjectWrapper<List<Violation>> violations = new ReadOnlyObjectWrapper<>(this, "violations",
            List.of());
    private final BooleanBinding blocked = Bindings.createBooleanBinding(
            () -> violations.get().stream().anyMatch(Violation::blocks), violations);

    public RulesViewModel(RecordEditor editor, RecordChecker checker, Function<SiteRecord, String> contentHash) {
        this.checker = checker;
        this.contentHash = contentHash;
        editor.currentProperty().addListener((obs, old, now) -> check(now, editor.isSealed()));
        editor.sealProperty().addListener((obs, old, now) -> check(editor.current(), now != null));
        check(editor.current(), editor.isSealed());
    }

    private void check(SiteRecord r, boolean sealed) {
        violations.set(r == null || sealed ? List.of() : checker.check(r, contentHash.apply(r)).stream()
                .sorted(Comparator.comparing(v -> !v.blocks())).toList());
    }

    /** Block-level violations first, then warnings. */
    public ReadOnlyObjectProperty<List<Violation>> violationsProperty() {
        return violations.getReadOnlyProperty();
    }

    /** Whether something blocks sealing. */
    public BooleanBinding blockedBinding() {
        return blocked;
    }
}
