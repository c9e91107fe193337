package org.lastmile.store.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.outbox.Origin;

/**
 * Deletions that come from the court (tombstones): a case, or a draft record. A laptop makes no
 * deletions of its own; the court's are audited here like any pulled change and never sent back.
 * A case that still holds records or a sketch on this laptop is not deleted: the work done on it
 * here would go with it, so it is refused for a person to decide.
 */
public final class Tombstones {

    private Tombstones() {
    }

    /**
     * Deletes a case pulled as a tombstone.
     *
     * @return false when the case is not here (nothing to do)
     * @throws LocalizedException {@code sync.pull.error.caseHoldsWork} when records or a sketch hang on it
     */
    public static boolean deleteCase(Tx tx, String id, String actor) throws SQLException {
        String doc = text(tx, "SELECT doc FROM cases WHERE id = ?", id);
        if (doc == null) {
            return false;
        }
        if (text(tx, "SELECT id FROM records WHERE case_id = ? LIMIT 1", id) != null
                || text(tx, "SELECT case_id FROM sketches WHERE case_id = ?", id) != null) {
            throw new LocalizedException("sync.pull.error.caseHoldsWork", id);
        }
        String seq = text(tx, "SELECT seq FROM cases WHERE id = ?", id);
        update(tx, "DELETE FROM case_search WHERE rowid = ?", Long.parseLong(seq));
        update(tx, "DELETE FROM case_search_pairs WHERE rowid = ?", Long.parseLong(seq));
        update(tx, "DELETE FROM case_list WHERE seq = ?", Long.parseLong(seq)); // the foreign key would too
        update(tx, "DELETE FROM cases WHERE id = ?", id);
        ActionLog.change(tx, Origin.SERVER, actor, AuditAction.CASE_DELETED, id, null, doc);
        return true;
    }

    /**
     * Deletes a draft record pulled as a tombstone.
     *
     * @return false when the record is not here
     * @throws LocalizedException {@code record.error.sealed} for a sealed record (never deleted)
     */
    public static boolean deleteDraft(Tx tx, String id, String actor) throws SQLException {
        String state = text(tx, "SELECT state FROM records WHERE id = ?", id);
        if (state == null) {
            return false;
        }
        if (!"draft".equals(state)) {
            throw new LocalizedException("record.error.sealed", id);
        }
        String doc = text(tx, "SELECT doc FROM records WHERE id = ?", id);
        update(tx, "DELETE FROM records WHERE id = ?", id);
        ActionLog.change(tx, Origin.SERVER, actor, AuditAction.RECORD_DELETED, id, null, doc);
        return true;
    }

    private static String text(Tx tx, String sql, String arg) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void update(Tx tx, String sql, Object arg) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, arg);
            s.executeUpdate();
        }
    }
}
