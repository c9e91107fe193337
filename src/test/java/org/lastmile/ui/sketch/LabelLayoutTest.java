package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.i18n.Language;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.FxThread;

/**
 * The demo farmland on the 1024×768 screen, in Chinese and in Tibetan (its own, larger face): no
 * corner name or tape length covers another label or a corner circle, and every one is on the
 * canvas. Checked on the boxes the drawing lays its labels in.
 */
@ExtendWith(FxThread.class)
class LabelLayoutTest {

    @Test
    void noLabelOverlapsAnotherOrACornerAtTheDemoSiteInChinese() throws Exception {
        check(Language.CHINESE);
    }

    @Test
    void noLabelOverlapsAnotherOrACornerAtTheDemoSiteInTibetan() throws Exception {
        check(Language.TIBETAN);
    }

    private static void check(Language language) throws Exception {
        DemoScreen screen = new DemoScreen(DemoScreen.farmland(), language);
        var v = screen.view.canvas().viewport();
        assertThat(v.width()).isGreaterThan(600);
        Font font = screen.view.font();
        List<SketchDrawing.Label> labels = screen.view.drawing().labels(v, font, font);
        long corners = labels.stream().filter(l -> l.placed().kind() == SketchDrawing.CORNER).count();
        long tapes = labels.stream().filter(l -> l.placed().kind() == SketchDrawing.TAPE).count();
        assertThat(corners).isEqualTo(screen.model.current().corners().size());
        assertThat(tapes).isEqualTo(screen.model.current().tapes().size());
        Rectangle2D canvas = new Rectangle2D(0, 0, v.width(), v.height());
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D a = labels.get(i).placed().box();
            assertThat(canvas.contains(a)).as("%s on the canvas", labels.get(i).placed().text()).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D b = labels.get(j).placed().box();
                assertThat(a.intersects(b)).as("%s over %s", labels.get(i).placed().text(), labels.get(j).placed().text())
                        .isFalse();
            }
            for (Corner c : screen.model.current().corners()) {
                PlanePoint p = screen.model.outcomeProperty().get().position(c.id());
                Rectangle2D circle = new Rectangle2D(v.screenX(p.e()) - 7, v.screenY(p.n()) - 7, 14, 14);
                assertThat(a.intersects(circle)).as("%s over corner %s", labels.get(i).placed().text(), c.name())
                        .isFalse();
            }
        }
        screen.shoot("sketch-labels-" + language.tag() + "-1024");
    }
}
