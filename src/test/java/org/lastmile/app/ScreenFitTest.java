package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WrappingText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The checks of {@link TibetanInkWalkTest} find what they are for: a text drawn past the box that
 * holds it, and Tibetan wrapped by JavaFX itself; the same text in {@code WrappingText} passes.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {

    /** A sentence of the F1 help: long enough to need three lines at 200 px. */
    private static final String TIBETAN = "བཙལ་འཚོལ། མཐུད་ངོས་ཀྱི་སྐད་ཡིག་བརྗེ་སྒྱུར། ཟིན་ཐོ་ཉར་ཚགས། གྱོད་ཨང་གསར་པ། "
            + "ལག་བསྟར་ལས་བྱེད་པ། བརྟག་ཞིབ།";

    private VBox root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TibetanFonts fonts = TibetanFonts.load();
        root = new VBox(8);
        ScriptStyle.applyLanguage(root, Language.TIBETAN);
        Scene scene = new Scene(root, 600, 400);
        scene.getStylesheets().add(fonts.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTextRunningPastItsBoxIsFoundAndOneInsideIsNot(FxRobot robot) {
        robot.interact(() -> {
            Text past = new Text(TIBETAN);
            past.setTextOrigin(javafx.geometry.VPos.TOP);
            Pane box = new Pane(past);
            box.setMinSize(200, 60);
            box.setMaxSize(200, 60);
            root.getChildren().setAll(box);
        });
        assertThat(laidOut(robot, () -> ScreenFit.inkOutside(root))).hasSize(1);
        robot.interact(() -> {
            Text fits = new Text("ཟིན་ཐོ།");
            fits.setTextOrigin(javafx.geometry.VPos.TOP);
            Pane box = new Pane(fits);
            box.setMinSize(200, 60);
            box.setMaxSize(200, 60);
            root.getChildren().setAll(box);
        });
        assertThat(laidOut(robot, () -> ScreenFit.inkOutside(root))).isEmpty();
    }

    @Test
    void tibetanWrappedByALabelIsFoundAndWrappingTextIsNot(FxRobot robot) {
        robot.interact(() -> {
            Label label = new Label(TIBETAN);
            label.setWrapText(true);
            label.setMaxWidth(200);
            root.getChildren().setAll(label);
        });
        assertThat(laidOut(robot, () -> ScreenFit.wrappedTibetan(root))).hasSize(1);
        robot.interact(() -> {
            WrappingText text = new WrappingText(TIBETAN);
            text.setMaxWidth(200);
            root.getChildren().setAll(text);
        });
        assertThat(laidOut(robot, () -> ScreenFit.wrappedTibetan(root))).isEmpty();
        assertThat(laidOut(robot, () -> ScreenFit.inkOutside(root))).isEmpty();
        // Two paragraphs on two lines, each fitting: not wrapped by JavaFX.
        robot.interact(() -> root.getChildren().setAll(new Label("ཟིན་ཐོ།\nབརྟག་ཞིབ།")));
        assertThat(laidOut(robot, () -> ScreenFit.wrappedTibetan(root))).isEmpty();
    }

    /**
     * A field's prompt that does not fit its box is clipped by the skin without a "…": found, in a
     * narrow field (the sketch panel's third of 330 px) and as a value; the same prompt in a wide
     * field, and a short value in the narrow one, are not.
     */
    @Test
    void aFieldWhosePromptOrValueIsCutIsFoundAndOneThatFitsIsNot(FxRobot robot) {
        String prompt = "ཤར་གྱི་ས་བཀོད་དམ་གཞུང་ཐིག"; // "E or longitude": some 170 px at 16 px
        robot.interact(() -> {
            javafx.scene.control.TextField narrow = new javafx.scene.control.TextField();
            narrow.setPromptText(prompt);
            narrow.setMaxWidth(100);
            javafx.scene.control.TextField full = new javafx.scene.control.TextField(prompt);
            full.setMaxWidth(100);
            root.getChildren().setAll(narrow, full);
        });
        assertThat(laidOut(robot, () -> ScreenFit.fieldTextCut(root))).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("prompt")).anySatisfy(p -> assertThat(p).contains("value"));
        robot.interact(() -> {
            javafx.scene.control.TextField wide = new javafx.scene.control.TextField();
            wide.setPromptText(prompt);
            wide.setMaxWidth(400);
            javafx.scene.control.TextField shortValue = new javafx.scene.control.TextField("J1");
            shortValue.setMaxWidth(100);
            root.getChildren().setAll(wide, shortValue);
        });
        assertThat(laidOut(robot, () -> ScreenFit.fieldTextCut(root))).isEmpty();
    }

    private java.util.List<String> laidOut(FxRobot robot, java.util.function.Supplier<java.util.List<String>> check) {
        java.util.List<String> found = new java.util.ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            found.addAll(check.get());
        });
        return found;
    }
}
