package org.lastmile.domain.record.seal;

import java.util.List;
import org.lastmile.common.MessageKeyed;

/**
 * The result of re-checking a sealed record.
 *
 * @param problems what does not hold (empty when the seal matches), each naming what changed
 */
public record SealCheck(List<Problem> problems) {

    public SealCheck {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /**
     * One thing that does not hold.
     *
     * @param messageKey e.g. {@code record.verify.changed}
     * @param args what changed
     */
    public record Problem(String messageKey, Object... args) implements MessageKeyed {
        @Override
        public Object[] messageArgs() {
            return args.clone();
        }
    }
}
