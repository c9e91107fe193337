package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
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
        Label name = new Label("བཀྲ་ཤིས");
        ScriptStyle.apply(name, name.getText());
        VBox root = new VBox(label, name);
        String[] families = new String[3];
        double[] sizes = new double[3];
        double[] nameSizes = new double[3];
        double[] spacing = new double[3];
        FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(fonts.stylesheet());
            Language[] order = {Language.CHINESE, Language.TIBETAN, Language.CHINESE};
            for (int i = 0; i < order.length; i++) {
                ScriptStyle.applyLanguage(root, order[i]);
                root.applyCss();
                families[i] = label.getFont().getFamily();
                sizes[i] = label.getFont().getSize();
                nameSizes[i] = name.getFont().getSize();
                spacing[i] = label.getLineSpacing();
            }
        });
        assertThat(families[1]).isEqualTo(TibetanFonts.FAMILY);
        assertThat(sizes[1]).isEqualTo(16.0); // tibetan.css: .root:lang-bo
        // a Tibetan name in the Tibetan interface: the interface's size, not 1.15 times it
        assertThat(nameSizes[1]).isEqualTo(16.0);
        assertThat(nameSizes[0]).isGreaterThan(sizes[0] * 1.1); // :bo-text: 1.15em in the Chinese interface
        assertThat(spacing[1]).isEqualTo(0.25 * 16, org.assertj.core.data.Offset.offset(0.01));
        assertThat(spacing[0]).isZero();
        assertThat(families[0]).isNotEqualTo(TibetanFonts.FAMILY);
        assertThat(families[2]).isEqualTo(families[0]);
        assertThat(sizes[2]).isEqualTo(sizes[0]);
        assertThat(ScriptStyle.isTibetan(root)).isFalse();
    }

    /**
     * A name's script mark follows its text as a pseudo-class: the font changes with the script,
     * the style classes (whose every change makes JavaFX match all selectors again) do not; and the
     * signature dialog's big name keeps the sizes it had when the marks were classes (a pseudo-class
     * weighs less than signature.css's two-class rule, tibetan.css names it).
     */
    @Test
    void marksFollowTheTextAndKeepTheirFonts() throws Exception {
        StringProperty said = new SimpleStringProperty("བཀྲ་ཤིས");
        Label name = new Label();
        name.textProperty().bind(said);
        ScriptStyle.follow(name, name.textProperty());
        Label signer = new Label();
        signer.getStyleClass().add("signer-name");
        signer.textProperty().bind(said);
        ScriptStyle.follow(signer, signer.textProperty());
        VBox dialog = new VBox(signer);
        dialog.getStyleClass().add("signature-view");
        dialog.getStylesheets().add(ScriptStyleTest.class.getResource("/css/signature.css").toExternalForm());
        VBox root = new VBox(name, dialog);
        List<String> seen = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(fonts.stylesheet());
            for (Language language : List.of(Language.CHINESE, Language.TIBETAN)) {
                ScriptStyle.applyLanguage(root, language);
                for (String text : List.of("བཀྲ་ཤིས", "马建国")) {
                    said.set(text);
                    root.applyCss();
                    seen.add(language.tag() + " " + text + ": " + font(name) + " / " + font(signer));
                    classes.add(name.getStyleClass() + " " + signer.getStyleClass());
                }
            }
        });
        double system = Font.getDefault().getSize();
        String uchen = TibetanFonts.FAMILY;
        assertThat(seen).containsExactly(
                "zh བཀྲ་ཤིས: " + uchen + " " + round(system * 1.15) + " / " + uchen + " " + round(system * 1.35),
                "zh 马建国: System " + round(system) + " / System " + round(system * 1.35),
                "bo བཀྲ་ཤིས: " + uchen + " 16 / " + uchen + " 16",
                "bo 马建国: System 13 / System 13");
        assertThat(classes).containsOnly("label label signer-name");
    }

    private static String font(Label label) {
        return label.getFont().getFamily() + " " + round(label.getFont().getSize());
    }

    /** To the pixel: JavaFX rounds a size in em to a tenth (1.15 × 13 px is 15.0). */
    private static long round(double size) {
        return Math.round(size);
    }

    /**
     * A selector written for the old style class would silently match nothing, and a bare
     * {@code :lang-bo .x} matches but loses to a plain {@code .x} rule (JavaFX weighs the bare
     * pseudo-class less than a class): write {@code .root:lang-bo .x}.
     */
    @Test
    void everyStylesheetWritesTheTibetanInterfaceAsRootLangBo() throws IOException {
        Pattern styleClass = Pattern.compile("\\.lang-bo\\b|(?<!\\.root):lang-bo\\b");
        List<String> found = new ArrayList<>();
        try (Stream<Path> css = Files.walk(Path.of("resources")).filter(p -> p.toString().endsWith(".css"))) {
            for (Path file : css.toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (styleClass.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim() + "  (write .root:lang-bo)");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
