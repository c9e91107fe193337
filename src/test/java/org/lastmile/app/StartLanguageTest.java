package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 9: a window started in the Tibetan interface and switched to Chinese looks as one
 * started in Chinese. Started in Tibetan, every Chinese label stood 63 px tall instead of 23 after
 * the switch (JavaFX had resolved the system font's fallbacks from the first, Tibetan, texts of the
 * process). Each start runs in a JVM of its own ({@link StartLanguageProbe}): in the test JVM
 * earlier tests have long laid out Chinese.
 */
class StartLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aWindowStartedInTibetanHasChineseLabelsOfTheHeightOfOneStartedInChinese() throws Exception {
        assertThat(heightAfterStartIn("bo")).isEqualTo(heightAfterStartIn("zh"));
    }

    private String heightAfterStartIn(String language) throws Exception {
        Path out = dir.resolve(language + ".txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dheadless.geometry=1366x800-32", "-Djava.awt.headless=true",
                "-Dprism.text=native", "-Dlastmile.warmUp=false", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), StartLanguageProbe.class.getName(), language);
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(probe.waitFor(3, TimeUnit.MINUTES)).as("the probe ended").isTrue(); // a hang's bound
        String printed = Files.readString(out);
        assertThat(probe.exitValue()).as(printed).isZero();
        return printed.lines().filter(l -> l.startsWith("app-name height ")).findFirst()
                .orElseThrow(() -> new AssertionError("no height printed: " + printed));
    }
}
