package org.lastmile.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A label that keeps its measurements reports what JavaFX's own Label reports for the same text and
 * font, through changes of text, font and padding and back (no size served for another state), and
 * shows its text where JavaFX's own Label shows it, cut with "..." when it does not fit.
 */
class MeasuredLabelSkinTest {

    private static TibetanFonts fonts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> fonts = TibetanFonts.load());
    }

    @Test
    void sizesAreJavaFxsOwnThroughChangesAndBack() throws Exception {
        List<double[]> measured = new ArrayList<>();
        List<double[]> plain = new ArrayList<>();
        TextMeasures measures = new TextMeasures();
        FxToolkit.setupFixture(() -> {
            Label kept = new Label();
            kept.setSkin(new MeasuredLabelSkin(kept));
            Label own = new Label();
            measures.install(new Scene(new VBox(kept, own)));
            Font chinese = Font.font("System", 13);
            Font tibetan = fonts.font(16);
            Object[][] states = {
                {"执行现场", chinese, 0.0}, {"ས་ཐོག་ལག་བསྟར།", tibetan, 4.0}, {"执行现场", chinese, 0.0},
                {"ས་ཐོག་ལག་བསྟར།", tibetan, 0.0}, {"ས་ཐོག་ལག་བསྟར།", chinese, 0.0}, {"6.6 亩 ཞིང", tibetan, 4.0},
                {"ས་ཐོག་ལག་བསྟར།", tibetan, 4.0},
            };
            for (Object[] state : states) {
                for (Label label : List.of(kept, own)) {
                    label.setText((String) state[0]);
                    label.setFont((Font) state[1]);
                    label.setLineSpacing((Double) state[2]);
                    label.setStyle("-fx-padding: " + (int) (double) (Double) state[2] + "px;");
                    label.applyCss();
                    (label == kept ? measured : plain).add(new double[] {label.minWidth(-1), label.minHeight(-1),
                        label.prefWidth(-1), label.prefHeight(-1)});
                }
            }
        });
        assertThat(measured).hasSameSizeAs(plain);
        for (int i = 0; i < measured.size(); i++) {
            assertThat(measured.get(i)).as("state %d", i).containsExactly(plain.get(i));
        }
        // The window's measures answered the states shown before (the 3rd, 4th and 7th).
        assertThat(measures.hits()).isPositive();
        // The states differ, so a size served from another state would show.
        assertThat(plain.get(0)[2]).isNotEqualTo(plain.get(1)[2]);
        assertThat(plain.get(3)[3]).isNotEqualTo(plain.get(1)[3]);
    }

    @Test
    void labelTextIsShownWhereJavaFxShowsItThroughNarrowingAndWidening() throws Exception {
        shownAsJavaFxShowsIt(() -> {
            Label kept = new Label();
            kept.setSkin(new MeasuredLabelSkin(kept));
            Label own = new Label();
            own.setSkin(new LabelSkin(own));
            return List.of(kept, own);
        });
    }

    @Test
    void buttonTextIsShownWhereJavaFxShowsItThroughNarrowingAndWidening() throws Exception {
        shownAsJavaFxShowsIt(() -> {
            Button kept = new Button();
            kept.setSkin(new MeasuredButtonSkin(kept));
            Button own = new Button();
            own.setSkin(new ButtonSkin(own));
            for (Button button : List.of(kept, own)) {
                button.setMnemonicParsing(false);
            }
            return List.of(kept, own);
        });
    }

    /** The first of the pair has the measuring skin, the second JavaFX's own. */
    private static void shownAsJavaFxShowsIt(Supplier<List<Labeled>> pair) throws Exception {
        List<String> measured = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            List<Labeled> both = pair.get();
            Labeled kept = both.get(0);
            TextMeasures measures = new TextMeasures();
            measures.install(new Scene(new VBox(both.toArray(Node[]::new))));
            Font chinese = Font.font("System", 13);
            Font tibetan = fonts.font(16);
            String bo = "ས་ཐོག་ལག་བསྟར།";
            // text, font, alignment, label padding, width, height (, wrapping): fits, cut, wider
            // again (the text node still holds the cut text), too low, centred, right, bottom,
            // baseline, wrapped in two lines and then one line again.
            Object[][] states = {
                {bo, tibetan, Pos.CENTER_LEFT, 0, 300.0, 40.0}, {bo, tibetan, Pos.CENTER_LEFT, 0, 70.0, 40.0},
                {bo, tibetan, Pos.CENTER_LEFT, 0, 300.0, 40.0}, {bo, tibetan, Pos.CENTER_LEFT, 0, 300.0, 12.0},
                {"执行现场", chinese, Pos.CENTER, 3, 200.0, 50.0}, {"执行现场", chinese, Pos.TOP_RIGHT, 5, 151.5, 33.3},
                {"6.6 亩 ཞིང", tibetan, Pos.BOTTOM_CENTER, 2, 130.0, 60.0}, {"6.6 亩", chinese, Pos.BASELINE_LEFT, 0, 50.0, 30.0},
                {"6.6 亩", chinese, Pos.BASELINE_LEFT, 0, 200.0, 30.0},
                {bo, tibetan, Pos.CENTER_LEFT, 0, 90.0, 90.0, true}, {bo, tibetan, Pos.CENTER_LEFT, 0, 300.0, 40.0},
            };
            for (Object[] state : states) {
                for (Labeled control : both) {
                    control.setText((String) state[0]);
                    control.setFont((Font) state[1]);
                    control.setAlignment((Pos) state[2]);
                    control.setStyle("-fx-label-padding: " + state[3] + "px;");
                    control.setWrapText(state.length > 6);
                    control.applyCss();
                    control.resize((Double) state[4], (Double) state[5]);
                    control.layout();
                    Text text = textOf(control);
                    (control == kept ? measured : plain).add(text.getText() + " at " + text.getLayoutX() + ", "
                            + text.getLayoutY() + (text.getClip() == null ? "" : " clipped")
                            + (text.getWrappingWidth() == 0 ? "" : " wrapping at " + text.getWrappingWidth()));
                }
            }
        });
        assertThat(measured).containsExactlyElementsOf(plain);
        // The states show what they are meant to: cut, whole again, clipped in height.
        assertThat(plain.get(1)).contains("...").doesNotStartWith("ས་ཐོག་ལག་བསྟར།");
        assertThat(plain.get(2)).startsWith("ས་ཐོག་ལག་བསྟར། at");
        assertThat(plain.get(3)).endsWith("clipped");
        assertThat(plain.get(9)).contains("wrapping at");
        assertThat(plain.get(10)).doesNotContain("wrapping");
    }

    private static Text textOf(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text in " + label);
    }
}
