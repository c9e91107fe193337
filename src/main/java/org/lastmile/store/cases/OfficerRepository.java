package org.lastmile.store.cases;

import org.lastmile.store.outbox.Origin;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.Officer;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.json.OfficerCodec;

/** Court staff known on this device. */
public final class OfficerRepository {

    private final Database database;
    private final OfficerCodec codec;

    public OfficerRepository(Database database, OfficerCodec codec) {
        this.database = database;
        this.codec = codec;
    }

    /** Validates and saves an officer as one action; returns the new version. */
    public long save(Officer officer, String actor) {
        return database.transaction(tx -> save(tx, officer, actor));
    }

    public long save(Tx tx, Officer officer, String actor) throws SQLException {
        return save(tx, officer, actor, Origin.LOCAL);
    }

    /** Saves a change of the given origin: one pulled from the server is audited, not sent back. */
    public long save(Tx tx, Officer officer, String actor, Origin origin) throws SQLException {
        if (!officer.problems().isEmpty()) {
            throw new InvalidInputException(officer.problems());
        }
        String doc = codec.write(officer);
        Long base = null;
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT version FROM officers WHERE id = ?")) {
            s.setString(1, officer.id().toString());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    base = r.getLong(1);
                }
            }
        }
        long version = base == null ? 1 : base + 1;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO officers (id, doc, version, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, version = excluded.version,"
                        + " updated_at = excluded.updated_at")) {
            s.setString(1, officer.id().toString());
            s.setString(2, doc);
            s.setLong(3, version);
            s.setString(4, tx.now().toString());
            s.executeUpdate();
        }
        ActionLog.change(tx, origin, actor, base == null ? AuditAction.OFFICER_CREATED : AuditAction.OFFICER_SAVED,
                officer.id().toString(), base, doc);
        return version;
    }

    public Optional<Officer> find(UUID id) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM officers WHERE id = ?")) {
                s.setString(1, id.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(codec.read(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public List<Officer> all() {
        return database.read(tx -> {
            List<Officer> officers = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM officers ORDER BY id");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    officers.add(codec.read(r.getString(1)));
                }
            }
            return officers;
        });
    }
}
