package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.common.MessageKeyed;

/**
 * A warning about the network, as a code and its arguments (observation indices).
 *
 * @param code the kind of warning
 * @param args the observation indices it concerns
 */
public record AdjustmentWarning(WarningCode code, List<Integer> args) implements MessageKeyed {

    public AdjustmentWarning {
        args = List.copyOf(args);
    }

    static AdjustmentWarning of(WarningCode code, Integer... args) {
        return new AdjustmentWarning(code, List.of(args));
    }

    @Override
    public String messageKey() {
        return code.messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return args.toArray();
    }
}
