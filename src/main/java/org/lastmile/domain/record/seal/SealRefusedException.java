package org.lastmile.domain.record.seal;

import java.util.List;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.record.rules.Violation;

/** Sealing refused: the record breaks block-level rules; nothing was changed. */
public final class SealRefusedException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public SealRefusedException(List<Violation> violations) {
        super("record.seal.error.refused", violations.stream().filter(Violation::blocks).count());
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, blocking and warning. */
    public List<Violation> violations() {
        return violations;
    }
}
