package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;

class WindowArgumentsTest {

    private static GlobalOptions window(String... args) {
        return WindowArguments.parse(args, Map.of()).orElseThrow();
    }

    private static boolean leftToPicocli(String... args) {
        return WindowArguments.parse(args, Map.of()).isEmpty();
    }

    @Test
    void readsTheWindowsOwnOptionsInBothSpellings() {
        GlobalOptions none = window();
        assertThat(none.dataDir()).isEmpty();
        assertThat(none.noDemo()).isFalse();
        assertThat(none.explicitLanguage()).isEmpty();

        GlobalOptions all = window("--data-dir", "D", "--lang=bo", "--no-demo");
        assertThat(all.dataDir()).contains(Path.of("D"));
        assertThat(all.explicitLanguage()).contains(Language.TIBETAN);
        assertThat(all.noDemo()).isTrue();
        assertThat(window("--data-dir=/tmp/x y", "--lang", "en").dataDir()).contains(Path.of("/tmp/x y"));
    }

    @Test
    void leavesEverythingElseToTheCommandLine() {
        assertThat(leftToPicocli("cases", "list")).isTrue();
        assertThat(leftToPicocli("--data-dir", "D", "audit", "verify")).isTrue();
        assertThat(leftToPicocli("--help")).isTrue();
        assertThat(leftToPicocli("-V")).isTrue();
        assertThat(leftToPicocli("--version")).isTrue();
        assertThat(leftToPicocli("--data-dir")).isTrue();
        assertThat(leftToPicocli("--no-demo=true")).isTrue();
        assertThat(leftToPicocli("--data-dir", "a\0b")).isTrue();
    }

    @Test
    void theEnvironmentStillGivesTheLanguageOfMessages() {
        GlobalOptions options = WindowArguments.parse(new String[0], Map.of("LASTMILE_LANG", "bo")).orElseThrow();
        assertThat(options.language()).contains(Language.TIBETAN);
        assertThat(options.explicitLanguage()).isEmpty();
    }
}
