package org.lastmile.server.office;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.cases.CaseNumber;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Refusal;
import org.lastmile.server.store.Sequencer;
import org.lastmile.server.store.ServerDb;
import org.lastmile.store.json.CanonicalJson;
import org.lastmile.store.json.CaseCodec;

/**
 * {@code server cases assign|unassign}: the office hands a case to an officer (分案) or takes an
 * officer off it. The case's next version carries its new officers; an officer it gained receives
 * its earlier records ({@code Refeed}), one it lost is told ({@code Unassignments}), both in the
 * same transaction.
 */
public final class Assignment {

    private final ServerDb db;
    private final CourtTable courts;
    private final CaseCodec codec;
    private final Clock clock;

    public Assignment(ServerDb db, CourtTable courts, Clock clock) {
        this.db = db;
        this.courts = courts;
        this.codec = new CaseCodec(new CanonicalJson(), courts);
        this.clock = clock;
    }

    /**
     * Hands the case to this officer alone: every other officer is taken off it.
     *
     * @param caseRef the case number as written ({@code (2026)青2224执701号}) or the case id
     * @return false when it was his alone already
     * @throws Refusal 404 {@code server.cases.error.unknown}, 400 {@code server.enrol.error.officer}
     */
    public boolean handTo(String caseRef, String officerId) {
        UUID officer = officer(officerId);
        return change(caseRef, held -> List.of(officer));
    }

    /**
     * Takes the officer off the case; the others stay.
     *
     * @throws Refusal 404 {@code server.cases.error.unknown}, 400 {@code server.cases.error.notAssigned}
     */
    public boolean takeOff(String caseRef, String officerId) {
        UUID officer = officer(officerId);
        return change(caseRef, held -> {
            if (!held.contains(officer)) {
                throw new Refusal(400, "server.cases.error.notAssigned", officer, caseRef);
            }
            List<UUID> rest = new ArrayList<>(held);
            rest.remove(officer);
            return rest;
        });
    }

    private interface Officers {
        List<UUID> of(List<UUID> held);
    }

    private boolean change(String caseRef, Officers officers) {
        return db.transaction(c -> {
            long sequence = Sequencer.next(c);
            Optional<EntityRow> existing = find(c, caseRef);
            if (existing.isEmpty() || existing.get().deleted() || existing.get().payload() == null) {
                throw new Refusal(404, "server.cases.error.unknown", caseRef);
            }
            EnforcementCase k = codec.read(existing.get().payload());
            EnforcementCase result = new EnforcementCase(k.id(), k.number(), k.causeZh(), k.causeBo(), k.title(),
                    k.obligations(), k.filingDate(), k.status(), officers.of(k.officerIds()), k.parties(),
                    k.progress(), k.demo());
            return CaseVersions.write(c, sequence, codec, existing, result, clock);
        });
    }

    private Optional<EntityRow> find(Connection c, String caseRef) throws SQLException {
        String ref = caseRef == null ? "" : caseRef.trim();
        String number = ref;
        try { // typed with ASCII brackets or spaces: the number as the court writes it
            number = CaseNumber.parse(ref, courts, Year.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).toString();
        } catch (RuntimeException notANumber) {
            // a case id
        }
        Optional<String> byNumber = Entities.caseWithNumber(c, number);
        return Entities.find(c, "case", byNumber.orElse(ref));
    }

    private static UUID officer(String officerId) {
        try {
            return UUID.fromString(officerId == null ? "" : officerId.trim());
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "server.enrol.error.officer", String.valueOf(officerId));
        }
    }
}
