package org.lastmile.store.records;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.EntryLine;
import org.lastmile.store.Database;

/**
 * The words waiting in each record's transcript entry line (table {@code entry_lines}): one row per
 * record, replaced as the words change, deleted when the line is emptied. Local to this laptop: not
 * part of the record, its seal, the outbox or the audit chain.
 */
public final class EntryLines {

    private final Database database;

    public EntryLines(Database database) {
        this.database = database;
    }

    /** Keeps the line of a record, or forgets it when it holds no words (or is null). */
    public void keep(UUID recordId, EntryLine line) {
        database.transaction(tx -> {
            if (line == null || line.isBlank()) {
                try (PreparedStatement s = tx.connection().prepareStatement(
                        "DELETE FROM entry_lines WHERE record_id = ?")) {
                    s.setString(1, recordId.toString());
                    s.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "INSERT INTO entry_lines (record_id, speaker_id, language, original, translation, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET"
                            + " speaker_id = excluded.speaker_id, language = excluded.language,"
                            + " original = excluded.original, translation = excluded.translation,"
                            + " updated_at = excluded.updated_at")) {
                s.setString(1, recordId.toString());
                s.setString(2, line.speakerId() == null ? null : line.speakerId().toString());
                s.setString(3, line.language().name());
                s.setString(4, line.original());
                s.setString(5, line.translation());
                s.setString(6, tx.now().toString());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The words kept for a record's entry line, if any. */
    public Optional<EntryLine> find(UUID recordId) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT speaker_id, language, original, translation FROM entry_lines WHERE record_id = ?")) {
                s.setString(1, recordId.toString());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    String speaker = r.getString(1);
                    return Optional.of(new EntryLine(speaker == null ? null : UUID.fromString(speaker),
                            SpokenLanguage.valueOf(r.getString(2)), r.getString(3), r.getString(4)));
                }
            }
        });
    }
}
