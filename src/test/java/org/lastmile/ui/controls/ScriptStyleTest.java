package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.Language;
import org.testfx.api.FxToolkit;

/**
 * The Tibetan interface is a pseudo-class of the root ({@code :lang-bo}), which a language switch
 * turns on and off without JavaFX matching every selector again (docs/performance.md).
 */
class ScriptStyleTest {

    private static TibetanFonts fonts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> fonts = TibetanFonts.load());
    }

    @Test
    void theTibetanInterfaceFollowsTheLanguageBackAndForth() throws Exception {
        Label label = new Label("ཁྲིམས་ཁང");
        VBox root = new VBox(label);
        String[] families = new String[3];
        double[] sizes = new double[3];
        FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(fonts.stylesheet());
            Language[] order = {Language.CHINESE, Language.TIBETAN, Language.CHINESE};
            for (int i = 0; i < order.length; i++) {
                ScriptStyle.applyLanguage(root, order[i]);
                root.applyCss();
                families[i] = label.getFont().getFamily();
                sizes[i] = label.getFont().getSize();
            }
        });
        assertThat(families[1]).isEqualTo(TibetanFonts.FAMILY);
        assertThat(sizes[1]).isEqualTo(16.0); // tibetan.css: .root:lang-bo
        assertThat(families[0]).isNotEqualTo(TibetanFonts.FAMILY);
        assertThat(families[2]).isEqualTo(families[0]);
        assertThat(sizes[2]).isEqualTo(sizes[0]);
        assertThat(ScriptStyle.isTibetan(root)).isFalse();
    }

    /** A selector written for the old style class would silently match nothing. */
    @Test
    void noStylesheetUsesTheOldLangBoStyleClass() throws IOException {
        Pattern styleClass = Pattern.compile("\\.lang-bo\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> css = Files.walk(Path.of("resources")).filter(p -> p.toString().endsWith(".css"))) {
            for (Path file : css.toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (styleClass.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim() + "  (write :lang-bo)");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
