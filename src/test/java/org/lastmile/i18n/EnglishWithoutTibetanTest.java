package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The English bundle holds English: a Tibetan word in it is a slip of a replacement across the
 * bundles ("{3} ཡིག་ཚིགས།s" for "{3} bytes" in the backup list), and in the window Tibetan beside
 * Latin needs the Tibetan font (docs/i18n.md). The one key that shows Tibetan on purpose, the
 * Tibetan digits it offers, is named here.
 */
class EnglishWithoutTibetanTest {

    private static final Set<String> TIBETAN_ON_PURPOSE = Set.of("settings.tibetanDigits");

    @Test
    void noEnglishValueHoldsTibetanUnlessItShowsTibetanOnPurpose() throws IOException {
        Properties english = new Properties();
        try (Reader in = Files.newBufferedReader(BundleConsistencyTest.BUNDLES.resolve("messages_en.properties"),
                StandardCharsets.UTF_8)) {
            english.load(in);
        }
        Set<String> tibetan = new TreeSet<>();
        english.forEach((key, value) -> {
            boolean hasTibetan = value.toString().codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.TIBETAN);
            if (hasTibetan && !TIBETAN_ON_PURPOSE.contains(key.toString())) {
                tibetan.add(key + "=" + value);
            }
        });
        assertThat(english).isNotEmpty();
        assertThat(tibetan).isEmpty();
    }
}
