package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lastmile.ui.FxWait.onFx;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.i18n.Language;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 11 item 10: the transcript's original-speech field grew when Tibetan was typed into it in
 * the Chinese interface (the field took the Tibetan font, whose lines are taller) and pushed the
 * translation field down under the pointer; in the Tibetan interface Chinese shrank it the other
 * way. The entry line's fields keep their height whatever script is typed.
 */
@ExtendWith(ApplicationExtension.class)
class EntryLineHeightTest {

    private TestDesktop desktop;
    private DesktopApp app;

    @Start
    void start(Stage stage) throws Exception {
        desktop = TestDesktop.demo("lastmile-entryheight", Language.CHINESE);
        ScreenshotTour.handoverDraft(desktop.store);
        app = desktop.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        desktop.close();
    }

    @Test
    void typingTibetanOrChineseInTheEntryLineMovesNothing() throws Exception {
        TestDesktop.openFarmlandRecord(app, 1); // the hand-over draft

        assertUnmoved("ཞིང་ས་དེ་ང་ཚོའི་ཡིན།");
        TestDesktop.switchLanguage(app, Language.TIBETAN);
        assertUnmoved("地可以交，但我不愿签字。");
    }

    /**
     * Types {@code text} into the empty original field: its height and the translation's place stay.
     * Before and after are read within one FX event (a record's parts arriving from the store thread
     * between two events move the line, whatever is typed: seen in a full run).
     */
    private void assertUnmoved(String text) {
        double[][] both = onFx(() -> {
            double[] before = measure("");
            double[] after = measure(text);
            measure("");
            return new double[][] {before, after};
        });
        assertThat(both[1][0]).as("the original field's height with %s", text).isCloseTo(both[0][0],
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(both[1][1]).as("the translation field's top with %s", text).isCloseTo(both[0][1],
                org.assertj.core.data.Offset.offset(0.5));
    }

    private double[] measure(String text) {
        TextField original = (TextField) app.window().root().lookup("#entry-original");
        original.setText(text);
        app.window().root().applyCss();
        app.window().root().layout();
        Node translation = app.window().root().lookup("#entry-translation");
        Bounds t = translation.localToScene(translation.getBoundsInLocal());
        return new double[] {original.getHeight(), t.getMinY()};
    }
}
