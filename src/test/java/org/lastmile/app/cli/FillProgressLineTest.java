package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.bench.CaseGenerator;
import org.lastmile.store.TestStores;
import org.lastmile.store.cases.V5Files;
import org.lastmile.store.open.Store;

/**
 * A command run on a large file from before V7 says on stderr that it is filling the case list,
 * how far, and that it reached the total; a second run (nothing left to fill) says nothing of it.
 */
class FillProgressLineTest {

    @TempDir
    Path dir;

    @Test
    void aCommandShowsTheFillOnStderrOnceAndOnlyOnce() throws Exception {
        Path current = dir.resolve("current");
        try (Store store = TestStores.open(current, true)) {
            CaseGenerator.fill(store, 1_200, 5);
        }
        Path old = dir.resolve("old");
        long cases = V5Files.count(V5Files.copy(current, old), "SELECT count(*) FROM cases");

        CliRun first = CliRun.run("--data-dir", old.toString(), "cases", "list");
        assertThat(first.exit).isZero();
        String totalZh = String.format("%,d", cases); // 1,2xx as the Chinese interface groups digits
        assertThat(first.err).contains("整理案件列表 0 / " + totalZh)
                .contains("整理案件列表 " + totalZh + " / " + totalZh);
        assertThat(first.out).doesNotContain("整理案件列表");

        CliRun second = CliRun.run("--data-dir", old.toString(), "cases", "list");
        assertThat(second.exit).isZero();
        assertThat(second.err).doesNotContain("整理案件列表");
    }

    @Test
    void aShortFillIsSilentAndALongOneSpeaksEveryFewSeconds() {
        java.io.StringWriter text = new java.io.StringWriter();
        long[] now = {0};
        FillProgressLine line = new FillProgressLine(new java.io.PrintWriter(text),
                org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.ENGLISH), () -> now[0]);
        line.reached(0, 900);
        line.reached(500, 900);
        line.reached(900, 900);
        assertThat(text.toString()).as("900 cases: over in a moment").isEmpty();

        FillProgressLine slow = new FillProgressLine(new java.io.PrintWriter(text),
                org.lastmile.i18n.Messages.of(org.lastmile.i18n.Language.ENGLISH), () -> now[0]);
        slow.reached(0, 900);
        now[0] += FillProgressLine.QUIET_NANOS; // a loaded machine: the small fill takes seconds
        slow.reached(500, 900);
        slow.reached(900, 900);
        assertThat(text.toString().lines()).containsExactly(
                "… preparing the case list 500 / 900 (once, after the upgrade)",
                "… preparing the case list 900 / 900 (once, after the upgrade)");
    }
}
