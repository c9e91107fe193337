package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.CourtServer;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 14: whether the court takes an operation may not depend on how the laptop cut its outbox
 * into push batches. The demo laptop (更登 of 刚察县法院, 青2224) holds cases and officers of other
 * courts (青0102, 青2621, …). The same laptop, copied, is synced to two fresh courts (real servers
 * on loopback HTTPS, real SQLite): once in one batch, once in batches of two, once one by one. Both courts must end
 * in the same state and give every operation the same answer.
 *
 * <p>The rule (sync.md: officers only reach the cases of their court and assignment): the
 * officer's court is the one the office named at enrolment ({@code server enrol --court}); what
 * a laptop pushes never widens or narrows what that laptop may do. Without a court from the office,
 * assignment and authorship alone decide, so the demo data goes up whole; with 青2224 from the
 * office, every case and officer of another court is refused, whatever the batch.
 */
class PushBatchingTest {

    private static final String COURT = "青2224";
    private static final Pattern NUMBER_COURT = Pattern.compile("^\\(\\d{4}\\)(青\\d{4})");

    @TempDir
    Path tmp;

    @Test
    void withoutACourtFromTheOfficeTheWholeDemoDataIsTakenInOneBatchAndInBatchesOfTwo() throws Exception {
        Map<Integer, Run> runs = runBoth(null);
        assertThat(runs.get(2)).isEqualTo(runs.get(200));
        assertThat(runs.get(1)).isEqualTo(runs.get(200));
        Run run = runs.get(200);
        assertThat(run.answers()).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotContain("rejected"));
        assertThat(run.outcome()).isEqualTo(SyncSummary.Outcome.FINISHED);
    }

    @Test
    void withTheCourtFromTheOfficeOtherCourtsAreRefusedInOneBatchAndInBatchesOfTwo() throws Exception {
        Map<Integer, Run> runs = runBoth(COURT);
        assertThat(runs.get(2)).isEqualTo(runs.get(200));
        assertThat(runs.get(1)).isEqualTo(runs.get(200));
        Run run = runs.get(200);
        // expected from the shipped demo file itself: the court in each case number, each officer's court
        JsonNode demo = new ObjectMapper().readTree(Files.readString(Path.of("resources/demo/demo.json")));
        List<String> otherCourts = new ArrayList<>();
        for (JsonNode k : demo.path("cases")) {
            Matcher m = NUMBER_COURT.matcher(k.path("case_number").asText());
            assertThat(m.find()).as(k.path("case_number").asText()).isTrue();
            if (!m.group(1).equals(COURT)) {
                otherCourts.add("case " + k.path("id").asText());
            }
        }
        for (JsonNode o : demo.path("officers")) {
            if (!o.path("court_code").asText().equals(COURT)) {
                otherCourts.add("officer " + o.path("id").asText());
            }
        }
        assertThat(otherCourts).as("the demo spans courts").hasSizeGreaterThanOrEqualTo(4);
        List<String> refused = run.answers().stream().filter(a -> a.contains("rejected"))
                .map(a -> a.split(" ")[0] + " " + a.split(" ")[1]).distinct().toList();
        assertThat(refused).containsExactlyInAnyOrderElementsOf(otherCourts);
        assertThat(run.answers()).filteredOn(a -> a.contains("rejected"))
                .allSatisfy(a -> assertThat(a).endsWith(" needs_person rejected null server.push.error.court"));
        assertThat(run.outcome()).isEqualTo(SyncSummary.Outcome.NEEDS_PERSON);
    }

    @Test
    void aCaseOfAnotherCourtAssignedByTheOfficeDoesNotComeDownToADeviceOfTheNamedCourt() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(tmp.resolve("court")); Store laptop = TestStores.open(tmp.resolve("l"), false)) {
            String officer = java.util.UUID.randomUUID().toString();
            laptop.settings().put("profile.officerId", officer, officer);
            c.enrol(laptop, officer, COURT);
            java.util.UUID own = c.assign(officer, "(2026)青2224执601号", "排除妨害纠纷");
            java.util.UUID other = c.assign(officer, "(2026)青2521执602号", "排除妨害纠纷");
            assertThat(LoopbackCourt.sync(laptop).pulled()).isEqualTo(1);
            assertThat(laptop.cases().find(own)).isPresent();
            assertThat(laptop.cases().find(other)).isEmpty();
        }
    }

    /** What a sync left: its outcome, each operation's answer in outbox order, the court's rows. */
    private record Run(SyncSummary.Outcome outcome, List<String> answers, List<String> court) {
    }

    /** The demo laptop made once, copied, and synced in batches of 200, of 2 and of 1 to a fresh court each. */
    private Map<Integer, Run> runBoth(String court) throws Exception {
        Path original = tmp.resolve("laptop");
        String officer;
        try (Store laptop = TestStores.open(original, true)) {
            officer = laptop.settings().get("profile.officerId").orElseThrow();
        }
        Map<Integer, Run> runs = new TreeMap<>();
        for (int batch : new int[] {200, 2, 1}) {
            Path copy = tmp.resolve("laptop-" + batch);
            Dirs.copy(original, copy);
            try (Store laptop = TestStores.open(copy, false);
                    LoopbackCourt c = new LoopbackCourt(tmp.resolve("court-" + batch))) {
                c.enrol(laptop, officer, court);
                SyncSummary summary = SyncEngine.of(laptop,
                        new RetryPolicy(Duration.ZERO, Duration.ZERO, 2, Duration.ofMinutes(5), () -> 0.0), x -> { },
                        Runnable::run, new SyncEngine.Limits(batch, 1 << 20, 500)).run(c.link(laptop));
                String device = new SyncState(laptop.database()).enrolment().orElseThrow().deviceId().toString();
                runs.put(batch, new Run(summary.outcome(), answers(laptop), state(c.server, device)));
            }
        }
        return runs;
    }

    /** Each operation as the laptop stored the court's answer, in outbox order (op ids are equal in the copies). */
    private static List<String> answers(Store laptop) {
        return laptop.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT entity, entity_id, op, op_id, state,"
                    + " result, server_seq, result_detail FROM outbox ORDER BY seq"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                            + r.getString(5) + " " + r.getString(6) + " " + r.getString(7)
                            + (r.getString(8) == null ? "" : " " + r.getString(8)));
                }
            }
            return out;
        });
    }

    /** The court's rows that the pushes decide, with this court's device id written as DEVICE. */
    private static List<String> state(CourtServer server, String device) {
        return server.db().transaction(c -> {
            List<String> out = new ArrayList<>();
            String[] queries = {
                "SELECT 'entity', entity, entity_id, version, payload_sha256, sealed, deleted, court_code, case_id,"
                        + " case_number, officer_ids, sequence FROM entities ORDER BY entity, entity_id",
                "SELECT 'change', sequence, entity, entity_id, op, version, payload_sha256, court_code, case_id,"
                        + " officer_ids, origin_device, origin_exact FROM changes ORDER BY sequence",
                "SELECT 'officer', id, court_code FROM officers ORDER BY id",
                "SELECT 'conflict', op_id, field, entity, entity_id FROM conflicts ORDER BY op_id, field",
                "SELECT 'op', op_id, body_sha256, result FROM ops ORDER BY op_id"};
            for (String sql : queries) {
                try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(i > 1 ? " | " : "").append(r.getString(i));
                        }
                        out.add(row.toString().replace(device, "DEVICE"));
                    }
                }
            }
            return out;
        });
    }
}
