package org.lastmile.store.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user action did, as the audit chain records it, with the kind of entity it changed and
 * the outbox operation that carries it to the server ({@code null}: a local action, never sent).
 * The stored code ({@code case.saved}) is part of every event's hash: never rename one.
 */
public enum AuditAction {
    CASE_CREATED("case.created", "case", "upsert"),
    CASE_SAVED("case.saved", "case", "upsert"),
    OFFICER_CREATED("officer.created", "officer", "upsert"),
    OFFICER_SAVED("officer.saved", "officer", "upsert"),
    RECORD_CREATED("record.created", "record", "upsert"),
    RECORD_SAVED("record.saved", "record", "upsert"),
    /** 封存: the record's exact canonical bytes become final. */
    RECORD_SEALED("record.sealed", "record", "seal"),
    /** A case the court deleted (a tombstone pulled from the server; never made on a laptop). */
    CASE_DELETED("case.deleted", "case", "delete"),
    /** A draft record the court deleted (a tombstone pulled from the server). */
    RECORD_DELETED("record.deleted", "record", "delete"),
    SETTING_CHANGED("setting.changed", "setting", null),
    /** A site sketch edited (one edit, one event); the whole sketch travels as the payload. */
    SKETCH_SAVED("sketch.saved", "sketch", "upsert"),
    /** A sketch frozen because a record holding it was sealed. */
    SKETCH_FROZEN("sketch.frozen", "sketch", "upsert");

    private final String code;
    private final String entity;
    private final String outboxOp;

    AuditAction(String code, String entity, String outboxOp) {
        this.code = code;
        this.entity = entity;
        this.outboxOp = outboxOp;
    }

    /** The text stored in the chain, e.g. {@code record.sealed}. */
    public String code() {
        return code;
    }

    /** The kind of entity, e.g. {@code record} (the outbox's and the audit event's entity column). */
    public String entity() {
        return entity;
    }

    /** The outbox operation ({@code upsert}, {@code seal}), or {@code null} for a local action. */
    public String outboxOp() {
        return outboxOp;
    }

    /** Whether the action is carried to the court server. */
    public boolean synced() {
        return outboxOp != null;
    }

    /** The action a stored code names, if it is one of ours (a tampered file may hold anything). */
    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
