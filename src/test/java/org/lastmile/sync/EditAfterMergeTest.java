package org.lastmile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.server.store.Entities;
import org.lastmile.service.CaseService;
import org.lastmile.store.open.Store;

/**
 * Found by {@link ThreeLaptopsModelTest} (seed 14 after it grew seals, deletes and offline
 * periods): a laptop queues two edits of a case's Tibetan cause while the office changes its
 * Chinese cause; the court merges the first (its count moves past the laptop's), and the officer
 * saves a third edit while that sync runs, after its push and before its pull. The third edit named
 * the laptop's own version count as its base. In the model (19 queued edits) that was a version the
 * court never made: refused ({@code server.push.error.baseVersion}), the officer's edit lost. Here
 * (two queued edits) it is the version the court made by the merge, with other content: the edit
 * was taken "straight on" and carried the old Chinese cause over the office's, silently. Since
 * {@link Rebase} moves the local row to the common base too, the edit is merged against it.
 */
class EditAfterMergeTest {

    @TempDir
    Path court;
    @TempDir
    Path laptop;

    @Test
    void anEditSavedAfterTheCourtMergedAQueuedOneIsNotRefused() throws Exception {
        try (LoopbackCourt c = new LoopbackCourt(court); Store a = c.enrolledLaptop(laptop)) {
            String officer = LoopbackCourt.officer(a);
            UUID id = c.assign(officer, "(2026)青2224执502号", "排除妨害纠纷");
            LoopbackCourt.sync(a);

            saveBo(a, id, officer, "རྩོད་གཞི ༡");
            saveBo(a, id, officer, "རྩོད་གཞི ༢");
            c.officeEdit(id, k -> Cases.withCause(k, "排除妨害纠纷（法院）", k.causeBo()));
            CourtLink link = new CourtLinkDelegate(c.link(a)) {
                private boolean saved;

                @Override
                public PullPage pull(long cursor, int limit) throws CourtFault {
                    if (!saved) {
                        saved = true;
                        saveBo(a, id, officer, "རྩོད་གཞི ༣");
                    }
                    return super.pull(cursor, limit);
                }
            };
            SyncEngine.of(a, RetryPolicy.standard(() -> 0.0), d -> { }, Runnable::run, SyncEngine.Limits.standard())
                    .run(link);
            LoopbackCourt.sync(a);
            LoopbackCourt.sync(a);

            List<String> refused = a.database().read(tx -> {
                List<String> out = new java.util.ArrayList<>();
                try (var s = tx.connection().prepareStatement("SELECT result_detail FROM outbox"
                        + " WHERE state = 'needs_person' AND result <> 'conflict'"); var r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            });
            assertThat(refused).as("edits the court refused").isEmpty();
            String onCourt = c.server.db().transaction(conn -> Entities.find(conn, "case", id.toString())).orElseThrow()
                    .payload();
            assertThat(onCourt).as("the office's value stays").contains("排除妨害纠纷（法院）");
            boolean kept = onCourt.contains("རྩོད་གཞི ༣") || new SyncClient(a, Clock.systemUTC()).conflicts().stream()
                    .anyMatch(o -> o.value().local() != null && o.value().local().contains("རྩོད་གཞི ༣"));
            assertThat(kept).as("the edit saved during the sync is on the court or waits for a person").isTrue();
        }
    }

    private static void saveBo(Store a, UUID id, String officer, String causeBo) {
        var k = a.cases().find(id).orElseThrow();
        CaseService.of(a).save(Cases.withCause(k, k.causeZh(), causeBo), officer);
    }
}
