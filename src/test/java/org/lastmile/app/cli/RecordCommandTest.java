package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.SqliteFiles;

class RecordCommandTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private String demoRecordId() throws Exception {
        CliRun list = CliRun.run("record", "list", "(2026)青2224执218号", "--json", "--data-dir", dir.toString());
        JsonNode records = mapper.readTree(list.out);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).path("state").asText()).isEqualTo("sealed");
        return records.get(0).path("id").asText();
    }

    @Test
    void verifyPassesOnTheDemoRecordAndFailsAfterOneByteChangesNamingTheField() throws Exception {
        String id = demoRecordId();
        CliRun ok = CliRun.run("record", "verify", id, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(ok.exit).isZero();
        assertThat(ok.out).startsWith("Seal verified: ");

        SqliteFiles.replaceInTable(dir.resolve("lastmile.db"), "records", "4400.02", "4400.92");
        CliRun broken = CliRun.run("record", "verify", id, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err.strip()).isEqualTo("The sealed record was changed: Area (m²)");
    }

    @Test
    void showPrintsTheRecordAsJsonWithItsSeal() throws Exception {
        String id = demoRecordId();
        JsonNode shown = mapper.readTree(CliRun.run("record", "show", id, "--json", "--data-dir", dir.toString()).out);
        assertThat(shown.path("seal_sha256").asText()).hasSize(64);
        assertThat(shown.path("record").path("land").path("area_m2").decimalValue()).isEqualByComparingTo("4400.02");
        assertThat(shown.path("record").path("participants")).hasSize(9);
    }

    @Test
    void aWrongCaseOrRecordIdIsOneLineAndExitTwo() {
        CliRun noCase = CliRun.run("record", "list", "(2026)青2224执999号", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(noCase.exit).isEqualTo(2);
        assertThat(noCase.err.strip()).isEqualTo("No case (2026)青2224执999号");
        CliRun badId = CliRun.run("record", "verify", "not-an-id", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(badId.exit).isEqualTo(2);
        assertThat(badId.err.strip()).isEqualTo("\"not-an-id\" is not a record id");
    }
}
