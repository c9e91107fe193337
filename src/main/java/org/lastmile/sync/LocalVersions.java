package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.lastmile.store.Tx;

/**
 * The one version counter an entity has, on the laptop and on the court alike.
 *
 * <p>Each side counts the changes it stores: a save here makes version n+1 from n and sends n as
 * the operation's base; the court makes n+1 when that base is its current version. The two agree
 * as long as every change passes through both, which holds for edits made here and applied
 * straight on; they part when the court merges (an office edit in between: the court's count moves
 * past the laptop's) or when a pulled change is stored here (a save counts one on top of whatever
 * this laptop had). So a pulled change leaves the court's version on the local row: afterwards
 * the base of the next local edit is a version the court knows, with the content the laptop had;
 * the court then takes that edit as it is, or merges against the right common base, and never
 * reports a conflict for a field only one side changed.
 */
final class LocalVersions {

    private LocalVersions() {
    }

    /** Sets the court's version on the local row ({@code table}: cases, officers or records). */
    static void align(Tx tx, String table, String id, long version) throws SQLException {
        String guard = "records".equals(table) ? " AND state = 'draft'" : ""; // a sealed row never changes
        try (PreparedStatement s = tx.connection().prepareStatement(
                "UPDATE " + table + " SET version = ? WHERE id = ? AND version <> ?" + guard)) {
            s.setLong(1, version);
            s.setString(2, id);
            s.setLong(3, version);
            s.executeUpdate();
        }
        if ("cases".equals(table)) { // the case list's narrow row (V7) carries the version too
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE case_list SET version = ? WHERE id = ? AND version <> ?")) {
                s.setLong(1, version);
                s.setString(2, id);
                s.setLong(3, version);
                s.executeUpdate();
            }
        }
    }

    /** The stored document of an entity, or null. */
    static String doc(Tx tx, String table, String id) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static boolean exists(Tx tx, String table, String id) throws SQLException {
        return doc(tx, table, id) != null;
    }
}
