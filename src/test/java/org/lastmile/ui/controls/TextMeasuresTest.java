package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Each window keeps its own measures (no static cache shared by every window), a dialog owned by a
 * window uses the window's, and a label that has shown a text once is not shaped again for it.
 */
class TextMeasuresTest {

    private static TibetanFonts fonts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> fonts = TibetanFonts.load());
    }

    @Test
    void eachWindowKeepsItsOwnAndItsDialogsUseIt() throws Exception {
        TextMeasures first = new TextMeasures();
        TextMeasures second = new TextMeasures();
        FxToolkit.setupFixture(() -> {
            Label a = measured("ས་ཐོག་ལག་བསྟར།");
            Label b = measured("ས་ཐོག་ལག་བསྟར།");
            Stage window = new Stage();
            Scene windowScene = new Scene(new VBox(a));
            first.install(windowScene);
            window.setScene(windowScene);
            second.install(new Scene(new VBox(b)));
            Label inDialog = measured("ས་ཐོག་ལག་བསྟར།");
            Stage dialog = new Stage();
            dialog.initOwner(window);
            dialog.setScene(new Scene(new VBox(inDialog)));
            Label alone = measured("ས་ཐོག་ལག་བསྟར།");
            new Scene(new VBox(alone));

            assertThat(TextMeasures.of(a)).isSameAs(first);
            assertThat(TextMeasures.of(b)).isSameAs(second);
            assertThat(TextMeasures.of(inDialog)).isSameAs(first);
            assertThat(TextMeasures.of(alone)).isNull();

            for (Label label : new Label[] {a, b, inDialog, alone}) {
                label.applyCss();
                label.setFont(fonts.font(16));
                label.prefWidth(-1);
            }
        });
        // The window measured the text once; its dialog's label found it; the other window shaped
        // it for itself.
        assertThat(first.misses()).isEqualTo(1);
        assertThat(first.hits()).isEqualTo(1);
        assertThat(second.misses()).isEqualTo(1);
        assertThat(second.hits()).isZero();
    }

    private static Label measured(String text) {
        Label label = new Label(text);
        label.setSkin(new MeasuredLabelSkin(label));
        return label;
    }
}
