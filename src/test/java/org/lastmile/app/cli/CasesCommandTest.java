package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesCommandTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void searchFindsTheFarmlandCaseByATwoCharacterWordAsJson() throws Exception {
        CliRun run = CliRun.run("cases", "search", "耕地", "--json", "--data-dir", dir.toString());
        assertThat(run.exit).isZero();
        JsonNode cases = mapper.readTree(run.out);
        assertThat(numbers(cases)).contains("(2026)青2224执218号");
        JsonNode farmland = find(cases, "(2026)青2224执218号");
        assertThat(farmland.path("id").asText()).hasSize(36);
        assertThat(farmland.path("title").asText()).contains("(2026)青2224民特12号");
        assertThat(farmland.path("parties")).anySatisfy(p -> {
            assertThat(p.path("role").asText()).isEqualTo("applicant");
            assertThat(p.path("name_zh").asText()).isEqualTo("扎西东珠");
            assertThat(p.path("name_bo").asText()).isEqualTo("བཀྲ་ཤིས་དོན་གྲུབ་");
        });
    }

    @Test
    void aTibetanPartyIsFoundInTibetanScriptAndInWylie() throws Exception {
        CliRun script = CliRun.run("--data-dir", dir.toString(), "cases", "search", "བཀྲ་ཤིས་དོན་གྲུབ", "--json");
        CliRun wylie = CliRun.run("--data-dir", dir.toString(), "cases", "search", "bkra shis don grub", "--json");
        assertThat(numbers(mapper.readTree(script.out))).containsExactly("(2026)青2224执218号");
        assertThat(numbers(mapper.readTree(wylie.out))).containsExactly("(2026)青2224执218号");
    }

    @Test
    void listPrintsEveryCaseInJsonAndALocalizedCountForPeople() throws Exception {
        CliRun json = CliRun.run("cases", "list", "--json", "--data-dir", dir.toString());
        assertThat(mapper.readTree(json.out)).hasSize(8);
        CliRun zh = CliRun.run("cases", "list", "--data-dir", dir.toString(), "--lang", "zh");
        assertThat(zh.out).contains("共 8 件").contains("逾期 16 天");
        CliRun bo = CliRun.run("cases", "list", "--data-dir", dir.toString(), "--lang", "bo");
        assertThat(bo.out).contains("ཁྱོན་གྱོད་དོན་ 8").doesNotContain("!");
    }

    @Test
    void noDemoStartsEmptyAndTheEnvironmentVariableNamesTheDirectory() throws Exception {
        CliRun run = CliRun.run(Map.of("LASTMILE_HOME", dir.toString()), "cases", "list", "--json", "--no-demo");
        assertThat(mapper.readTree(run.out)).isEmpty();
        assertThat(dir.resolve("lastmile.db")).exists();
    }

    @Test
    void auditVerifyPassesOnTheDemoData() {
        CliRun run = CliRun.run("audit", "verify", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(run.exit).isZero();
        assertThat(run.out).matches("Audit chain intact: \\d+ events\\s*");
    }

    @Test
    void aCorruptDatabaseGivesOneLineAndExitCodeTwo() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("lastmile.db"), "not a database at all, just text");
        CliRun run = CliRun.run("cases", "list", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip()).doesNotContain("\n").contains("is not a LastMile database").doesNotContain("Exception");
    }

    @Test
    void aGroupWithoutSubCommandSaysWhichExist() {
        CliRun run = CliRun.run("cases", "--lang", "en");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("list, search");
    }

    private static List<String> numbers(JsonNode cases) {
        List<String> out = new ArrayList<>();
        cases.forEach(c -> out.add(c.path("case_number").asText()));
        return out;
    }

    private static JsonNode find(JsonNode cases, String number) {
        for (JsonNode c : cases) {
            if (c.path("case_number").asText().equals(number)) {
                return c;
            }
        }
        throw new AssertionError(number + " not found");
    }
}
