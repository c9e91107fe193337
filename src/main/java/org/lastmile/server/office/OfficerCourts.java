package org.lastmile.server.office;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Refeed;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.ServerDb;
import org.lastmile.server.store.Sql;
import org.lastmile.server.store.Unassignments;

/**
 * {@code server officers court}: the office names or changes an officer's court after enrolment.
 * The court decides what the officer's devices pull and may push (a case of another court is
 * refused, {@code OpApplier}); it is read when a device's token is checked, so the next request
 * follows it. In the same transaction the officer's laptops are told of the assigned cases the
 * change takes out of sight ({@link Unassignments}) and fed again the cases (and their records) it
 * brings into sight ({@link Refeed}), whose changes their cursors passed while they were hidden.
 */
public final class OfficerCourts {

    private final ServerDb db;
    private final CourtTable courts;

    public OfficerCourts(ServerDb db, CourtTable courts) {
        this.db = db;
        this.courts = courts;
    }

    /**
     * What the office changed.
     *
     * @param officerId the officer as the court keeps his id (a UUID in lower case)
     * @param before his court before ({@code null}: none was named)
     */
    public record Named(String officerId, String before) {
    }

    /**
     * @return the officer and his court before
     * @throws Refusal 404 {@code server.officers.error.unknown} for an officer the court has never
     *     enrolled, 400 {@code server.officers.error.court} for a court not in the court table
     */
    public Named name(String officerId, String courtCode) {
        String officer = Enrolment.canonicalOfficer(officerId == null ? "" : officerId.trim());
        String court = courtCode == null ? "" : courtCode.trim();
        if (courts.find(court).isEmpty()) {
            throw new Refusal(400, "server.officers.error.court", court);
        }
        return db.transaction(c -> {
            List<String> held = Sql.list(c, "SELECT court_code FROM officers WHERE id = ?", r -> {
                String v = r.getString(1);
                return v == null ? "" : v;
            }, officer);
            if (held.isEmpty()) {
                throw new Refusal(404, "server.officers.error.unknown", officer);
            }
            String before = held.get(0).isEmpty() ? null : held.get(0);
            if (court.equals(before)) {
                return new Named(officer, before);
            }
            Sql.update(c, "UPDATE officers SET court_code = ? WHERE id = ?", court, officer);
            for (EntityRow k : assigned(c, officer)) {
                boolean seenBefore = before == null || before.equals(k.scope().courtCode());
                boolean seenNow = court.equals(k.scope().courtCode());
                if (seenBefore && !seenNow) {
                    Unassignments.notice(c, officer, k.entityId());
                } else if (!seenBefore && seenNow) {
                    Refeed.inSightAgain(c, k.entityId(), officer);
                }
            }
            return new Named(officer, before);
        });
    }

    private static List<EntityRow> assigned(Connection c, String officer) throws SQLException {
        return Entities.all(c, "case").stream()
                .filter(k -> !k.deleted() && k.scope().officerIds().contains(officer)).toList();
    }
}
