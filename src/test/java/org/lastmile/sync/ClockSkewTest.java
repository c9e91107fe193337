package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.bdrc.ewtsconverter.EwtsConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.court.CourtTable;
import org.lastmile.server.store.OpLog;
import org.lastmile.service.CaseService;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * sync.md: the client's clock off by a day and by ten years. The same field work (the demo data
 * up, an assigned case down, an edit of it merged with an office change) is synced from a laptop
 * whose clock is right, a day ahead, and ten years behind, each against a fresh court: the court's
 * order of changes, their content (merges included) and the laptop's pull cursor are the same in
 * all three; the skewed laptops see their skew flagged, and the court flags their operations.
 */
class ClockSkewTest {

    @TempDir
    Path tmp;

    /** What the sync left, which no clock may change. */
    record Outcome(List<String> courtChanges, long cursor, List<String> laptopCases, long conflicts) {
    }

    @Test
    void aClockOffByADayOrTenYearsChangesNoOrderMergeOrCursorAndIsFlagged() throws Exception {
        Clock right = Clock.systemUTC();
        Run reference = run("right", right);
        Run dayAhead = run("day", Clock.offset(right, Duration.ofDays(1)));
        Run tenYearsBehind = run("decade", Clock.offset(right, Duration.between(
                ZonedDateTime.now(right), ZonedDateTime.now(right).minus(Period.ofYears(10)))));

        assertThat(reference.outcome.courtChanges()).hasSizeGreaterThan(5);
        assertThat(reference.outcome.conflicts()).isZero();
        same(dayAhead.outcome, reference.outcome);
        same(tenYearsBehind.outcome, reference.outcome);

        assertThat(reference.flagged).isFalse();
        assertThat(reference.courtFlagged).isZero();
        assertThat(dayAhead.flagged).isTrue();
        assertThat(dayAhead.skewSeconds).isBetween(86_400L - 60, 86_400L + 60);
        assertThat(dayAhead.courtFlagged).isPositive();
        assertThat(tenYearsBehind.flagged).isTrue();
        assertThat(tenYearsBehind.skewSeconds).isLessThan(-9L * 365 * 86_400);
        assertThat(tenYearsBehind.courtFlagged).isPositive();
    }

    private static void same(Outcome actual, Outcome expected) {
        assertThat(actual.cursor()).as("pull cursor").isEqualTo(expected.cursor());
        assertThat(actual.conflicts()).as("conflicts").isEqualTo(expected.conflicts());
        for (int i = 0; i < Math.max(actual.courtChanges().size(), expected.courtChanges().size()); i++) {
            assertThat(actual.courtChanges().size() > i ? actual.courtChanges().get(i) : null)
                    .as("the court's change %d", i).isEqualTo(expected.courtChanges().get(i));
        }
        for (int i = 0; i < expected.laptopCases().size(); i++) {
            String e = expected.laptopCases().get(i);
            String a = actual.laptopCases().get(i);
            assertThat(a.equals(e)).as("laptop case %s", e.substring(0, 60) + " / " + a.substring(0, 60)).isTrue();
        }
    }

    record Run(Outcome outcome, boolean flagged, long skewSeconds, long courtFlagged) {
    }

    private Run run(String name, Clock laptopClock) throws Exception {
        Path laptop = Files.createDirectories(tmp.resolve(name).resolve("laptop"));
        Path court = Files.createDirectories(tmp.resolve(name).resolve("court"));
        try (Store seeded = TestStores.open(laptop, true)) {
            // the demo data, made once with the right time: the field work below runs on the skewed clock
        }
        EwtsConverter ewts = new EwtsConverter();
        try (LoopbackCourt c = new LoopbackCourt(court);
                Store store = Store.open(laptop, laptopClock, TestStores.ZONE, CourtTable.shipped(), ewts::toWylie, true)) {
            String officer = store.settings().get("profile.officerId").orElseThrow();
            c.enrol(store, officer);
            LoopbackCourt.sync(store, laptopClock);
            // filed long ago: a laptop ten years behind still takes the officer's edit of it
            UUID id = UUID.fromString("5d1c7a0e-6f43-4d0e-9a8e-1b2c3d4e5f60");
            var m = new com.fasterxml.jackson.databind.ObjectMapper();
            c.importCases(officer, m.createArrayNode().add(m.createObjectNode().put("id", id.toString())
                    .put("case_number", "(2015)青2224执311号").put("title", "-").put("cause_zh", "排除妨害纠纷")
                    .put("status", "filed").put("filing_date", "2015-06-01")));
            LoopbackCourt.sync(store, laptopClock);
            EnforcementCase k = store.cases().find(id).orElseThrow();
            String colleague = "44345e95-a920-5658-a074-9c7132e6382b";
            var entry = m.createObjectNode().put("id", id.toString()).put("case_number", k.number().toString())
                    .put("title", "-").put("cause_zh", k.causeZh()).put("status", "filed")
                    .put("filing_date", k.filingDate().toString());
            c.importCases(colleague, m.createArrayNode().add(entry));
            CaseService.of(store).save(new EnforcementCase(k.id(), k.number(), "排除妨害纠纷（宅基地）", k.causeBo(), k.title(),
                    k.obligations(), k.filingDate(), k.status(), k.officerIds(), k.parties(), k.progress(), k.demo()), officer);
            SyncSummary last = LoopbackCourt.sync(store, laptopClock);

            List<String> changes = c.server.db().transaction(conn -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement s = conn.prepareStatement("SELECT sequence, entity, entity_id, op, version,"
                        + " payload_sha256 FROM changes ORDER BY sequence"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        // the demo record is seeded with fresh ids each time: its content is not compared
                        out.add(r.getLong(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " v"
                                + r.getLong(5) + ("record".equals(r.getString(2)) ? "" : " " + r.getString(6)));
                    }
                }
                return out;
            });
            UUID device = UUID.fromString(new SyncState(store.database()).enrolment().orElseThrow().deviceId());
            long courtFlagged = c.server.db().transaction(conn -> OpLog.skewed(conn, device));
            List<String> cases = store.database().read(tx -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement s = tx.connection().prepareStatement("SELECT id || ' v' || version || ' ' || doc"
                        + " FROM cases ORDER BY id"); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            });
            long cursor = new SyncState(store.database()).cursor();
            long conflicts = new Conflicts(store.database()).openCount();
            return new Run(new Outcome(changes, cursor, cases, conflicts), last.clockSkewed(),
                    last.clockSkewSeconds() == null ? 0 : last.clockSkewSeconds(), courtFlagged);
        }
    }
}
