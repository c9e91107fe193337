package org.lastmile.store.audit;

import org.lastmile.common.MessageKeyed;

/**
 * The first thing that does not agree with the audit chain, as a message.
 *
 * @param kind what disagrees
 * @param args the message's arguments
 */
public record AuditDifference(Kind kind, Object... args) implements MessageKeyed {

    /** What disagrees with the chain. */
    public enum Kind {
        /** An event's content changed ({0} seq, {1} id). */
        EVENT_CHANGED("audit.diff.eventChanged"),
        /** An event does not link to the one before ({0} seq, {1} id). */
        EVENT_UNLINKED("audit.diff.eventUnlinked"),
        /** A head kept elsewhere names an event the chain no longer has ({0} where, {1} its seq, {2} the chain's last). */
        CUT_SHORT("audit.diff.cutShort"),
        /** A head kept elsewhere has another hash for the event ({0} where, {1} seq). */
        HEAD_MISMATCH("audit.diff.headMismatch"),
        /** The settings row with the head is gone while the chain has events ({0} the chain's last). */
        HEAD_MISSING("audit.diff.headMissing"),
        /** The file audit-head is gone or unreadable while the chain has events ({0} the chain's last, {1} restore hint). */
        HEAD_FILE_LOST("audit.diff.headFileLost"),
        /** A record sealed in the chain is gone, a draft again, or has another seal ({0} record id, {1} seq). */
        SEAL_LOST("audit.diff.sealLost"),
        /** A row's content does not hash to its last audit event ({0} entity, {1} id). */
        ROW_CHANGED("audit.diff.rowChanged"),
        /** A row has no audit event at all ({0} entity, {1} id). */
        ROW_UNRECORDED("audit.diff.rowUnrecorded"),
        /** The chain holds an entity whose row is gone ({0} entity, {1} id). */
        ROW_MISSING("audit.diff.rowMissing");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Override
    public String messageKey() {
        return kind.messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
