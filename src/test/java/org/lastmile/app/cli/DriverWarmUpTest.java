package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines get the SQLite driver ready beside picocli's parsing (issue 18). */
class DriverWarmUpTest {

    @Test
    void onlyCommandsThatOpenTheStoreWarmTheDriver() {
        assertThat(DriverWarmUp.opensStore(new String[] {"cases", "search", "耕地"})).isTrue();
        assertThat(DriverWarmUp.opensStore(new String[] {"--data-dir", "cases", "audit", "verify"}))
                .as("the value of --data-dir is not the command").isTrue();
        assertThat(DriverWarmUp.opensStore(new String[] {"--lang", "en", "record", "list", "X"})).isTrue();
        assertThat(DriverWarmUp.opensStore(new String[] {"--version"})).isFalse();
        assertThat(DriverWarmUp.opensStore(new String[] {"--data-dir", "cases"})).isFalse();
        assertThat(DriverWarmUp.opensStore(new String[] {"survey", "area", "cases"})).isFalse();
        assertThat(DriverWarmUp.opensStore(new String[] {"--", "cases"})).isFalse();
        assertThat(DriverWarmUp.opensStore(new String[0])).isFalse();
    }

    @Test
    void theWarmedDriverOpensAStoreAsUsual(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        DriverWarmUp warmUp = DriverWarmUp.forArguments(new String[] {"cases", "list"}, dir.resolve("cache"));
        warmUp.await();
        CliRun run = CliRun.run("cases", "list", "--data-dir", dir.resolve("data").toString(), "--lang", "en");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("(2026)青2224执218号");
    }
}
