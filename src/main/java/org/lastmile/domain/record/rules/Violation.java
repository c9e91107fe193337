package org.lastmile.domain.record.rules;

import java.util.Objects;
import org.lastmile.common.MessageKeyed;

/**
 * A rule the record does not meet, with what is missing as message arguments.
 *
 * @param rule which rule
 * @param level block or warn
 * @param args what the message names (a person, a field, a date)
 */
public record Violation(RecordRule rule, RuleLevel level, Object... args) implements MessageKeyed {

    public Violation {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(level);
        args = args.clone();
    }

    public boolean blocks() {
        return level == RuleLevel.BLOCK;
    }

    @Override
    public String messageKey() {
        return rule.messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && v.rule == rule && v.level == level && java.util.Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, level, java.util.Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return rule.id() + "(" + level + ")" + java.util.Arrays.toString(args);
    }
}
