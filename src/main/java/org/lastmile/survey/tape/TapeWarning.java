package org.lastmile.survey.tape;

import org.lastmile.common.MessageKeyed;

/**
 * Something in tape measurements that is worth a second look, with its message arguments.
 *
 * @param code what it is
 * @param args the message arguments (see {@link Code})
 */
public record TapeWarning(Code code, Object... args) implements MessageKeyed {

    /** Kinds of warning. */
    public enum Code {
        /**
         * A triangle angle under 30° or over 150°: a small tape error moves the corner a lot
         * (args: point id, angle in degrees).
         */
        WEAK_ANGLE("survey.tape.warning.weakAngle"),
        /**
         * Fore and back bearings of a leg that do not differ by 180° within the tolerance, a sign of
         * local magnetic attraction or a misread (args: leg number from 1, discrepancy in degrees).
         */
        FORE_BACK_MISMATCH("survey.tape.warning.foreBackMismatch");

        private final String messageKey;

        Code(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public TapeWarning {
        args = args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TapeWarning w && w.code == code && java.util.Arrays.equals(w.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return code + java.util.Arrays.toString(args);
    }

    @Override
    public String messageKey() {
        return code.messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
