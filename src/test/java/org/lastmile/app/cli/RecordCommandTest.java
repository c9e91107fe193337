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

        SqliteFiles.replaceInTable(dir.resolve("lastmile.db"), "records", "\"area_m2\":4400", "\"area_m2\":4409");
        CliRun broken = CliRun.run("record", "verify", id, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err.strip()).isEqualTo("The sealed record was changed: Area (m²)");
    }

    @Test
    void showPrintsTheRecordAsJsonWithItsSeal() throws Exception {
        String id = demoRecordId();
        JsonNode shown = mapper.readTree(CliRun.run("record", "show", id, "--json", "--data-dir", dir.toString()).out);
        assertThat(shown.path("seal_sha256").asText()).hasSize(64);
        assertThat(shown.path("record").path("land").path("area_m2").decimalValue()).isEqualByComparingTo("4400.0");
        assertThat(shown.path("record").path("participants")).hasSize(9);
    }

    @Test
    void aWrongCaseOrRecordIdIsOneLineAndExitTwo() {
        CliRun noCase = CliRun.run("record", "list", "(2026)青2224执999号", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(noCase.exit).isEqualTo(2);
        assertThat(noCase.err.strip()).isEqualTo("No case (2026)青2224执999号");
        CliRun badId = CliRun.run("record", "verify", "not-an-id", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(badId.exit).isEqualTo(2);
        assertThat(badId.err.strip()).isEqualTo("\"not-an-id\" is neither a record id nor a seal code");
    }

    @Test
    void verifyAndShowTakeTheSealCodeTheWindowAndTheQrCodeShow() throws Exception {
        demoRecordId();
        JsonNode listed = mapper.readTree(CliRun.run("record", "list", "(2026)青2224执218号", "--json",
                "--data-dir", dir.toString()).out);
        String code = listed.get(0).path("seal_code").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");

        CliRun byCode = CliRun.run("record", "verify", code, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(byCode.exit).isZero();
        assertThat(byCode.out).startsWith("Seal verified: " + code);
        CliRun typed = CliRun.run("record", "verify", code.toLowerCase(java.util.Locale.ROOT).replace("-", ""),
                "--data-dir", dir.toString(), "--lang", "en");
        assertThat(typed.exit).isZero();
        CliRun unknown = CliRun.run("record", "verify", "AAAA-AAAA", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err.strip()).isEqualTo("No record has the seal code AAAA-AAAA");
    }

    @Test
    void listFindsTheCaseByAPartOfItsNumberThatOnlyItHas() throws Exception {
        CliRun list = CliRun.run("record", "list", "2224执218", "--json", "--data-dir", dir.toString());
        assertThat(list.exit).isZero();
        assertThat(mapper.readTree(list.out)).hasSize(1);

        CliRun many = CliRun.run("record", "list", "执", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(many.exit).isEqualTo(2);
        assertThat(many.err.strip()).startsWith("\"执\" matches ").contains("cases");
    }

    @Test
    void showInTextHasTheAgreementTheSignaturesAndTheSealTimeInLocalTimeToTheSecond() throws Exception {
        String id = demoRecordId();
        CliRun shown = CliRun.run("record", "show", id, "--data-dir", dir.toString(), "--lang", "en");
        assertThat(shown.exit).isZero();
        assertThat(shown.out).contains("Agreement:").contains("Signatures:").containsPattern(
                "Sealed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, seal code [0-9A-Z]{4}-[0-9A-Z]{4}");
        // No raw UTC instants (2026-05-12T02:10:00.123456Z) anywhere.
        assertThat(shown.out).doesNotContainPattern("\\d\\dT\\d\\d:").doesNotContainPattern(":\\d\\d\\.\\d+Z");

        CliRun tibetan = CliRun.run("record", "show", id, "--data-dir", dir.toString(), "--lang", "bo");
        assertThat(tibetan.out).as("the Tibetan name first where the record has it")
                .contains("བཀྲ་ཤིས་དོན་གྲུབ་ (扎西东珠)").doesNotContain("扎西东珠 (བཀྲ་ཤིས་དོན་གྲུབ་)");
        assertThat(tibetan.out).as("a speaker and their words joined as the bundle says, not by a Latin colon")
                .contains("བཀྲ་ཤིས་དོན་གྲུབ་ (扎西东珠)། ").doesNotContain("): ");
    }
}
