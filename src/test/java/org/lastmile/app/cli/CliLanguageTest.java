package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import picocli.CommandLine;

/**
 * picocli's help, usage and errors in the user's language: every command and sub-command has a
 * description in zh, bo and en, and none of picocli's own English reaches a Chinese or Tibetan
 * user.
 */
class CliLanguageTest {

    /** Words of picocli's own English help and errors. */
    private static final List<String> PICOCLI_ENGLISH = List.of("Usage:", "Show this help message",
            "Print version information", "Commands:", "Missing required", "Unknown option", "Unmatched argument",
            "Invalid value", "Expected parameter");

    private static List<String[]> commandPaths() {
        GlobalOptions options = new GlobalOptions(Map.of());
        CommandLine root = new CommandLine(new LastMileCommand(options, o -> { }));
        Commands.register(root, options, new Wiring(org.lastmile.store.TestStores.CLOCK));
        List<String[]> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine cmd, List<String> path, List<String[]> out) {
        out.add(path.toArray(String[]::new));
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, out);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "bo", "en"})
    void everyCommandHasADescriptionAndItsHelpIsInTheLanguage(String lang) {
        Messages messages = Messages.of(Language.ofTag(lang).orElseThrow());
        List<String[]> paths = commandPaths();
        assertThat(paths).hasSizeGreaterThan(15);
        for (String[] path : paths) {
            String key = String.join(".", prepend("lastmile", path)) + ".usage.description";
            assertThat(messages.has(key)).as("%s in %s", key, lang).isTrue();
            String[] args = append(append(new String[] {"--lang", lang}, path), "--help");
            CliRun r = CliRun.run(Map.of("LASTMILE_HOME", "/nonexistent-lastmile-test"), args);
            assertThat(r.exit).as(String.join(" ", path)).isZero();
            String description = messages.get(key);
            // picocli wraps long descriptions: the beginning is on one line
            assertThat(r.out).as(String.join(" ", path)).contains(description.substring(0,
                    Math.min(12, description.length())))
                    .contains(messages.get("cli.help.helpOption"));
            if (!lang.equals("en")) {
                assertThat(PICOCLI_ENGLISH).allSatisfy(word -> assertThat(r.out).doesNotContain(word));
            }
        }
    }

    @Test
    void aSearchForTextStartingWithADashSuggestsTheDoubleDash() {
        CliRun r = CliRun.run(Map.of(), "--lang", "zh", "cases", "search", "-耕地");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.lines()).containsExactly(
                "lastmile cases search：“-耕地”以“-”开头，被当作选项；若要作为文字，请在前面加 --：lastmile cases search -- -耕地");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "bo"})
    void picocliErrorsAreInTheLanguage(String lang) {
        Messages messages = Messages.of(Language.ofTag(lang).orElseThrow());
        CliRun missing = CliRun.run(Map.of(), "--lang", lang, "import");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err.strip()).isEqualTo(messages.get("cli.usage.missing", "lastmile import", "FILE"));
        CliRun unknown = CliRun.run(Map.of(), "--lang", lang, "import", "--frobnicate", "x.gpx");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err.strip()).isEqualTo(messages.get("cli.usage.unknown", "lastmile import", "--frobnicate"));
        CliRun noValue = CliRun.run(Map.of(), "--lang", lang, "import", "x.gpx", "--datum");
        assertThat(noValue.err.strip()).isEqualTo(messages.get("cli.usage.missingValue", "lastmile import", "--datum"));
        assertThat(PICOCLI_ENGLISH).allSatisfy(word -> assertThat(missing.err + unknown.err + noValue.err)
                .doesNotContain(word));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static String[] append(String[] head, String... tail) {
        String[] out = new String[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
