package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.RingProblem;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.demo.DemoSketch;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.geom.GeometryError;
import org.lastmile.ui.FxThread;

/**
 * A parcel typed in the wrong order (J1 J2 J4 J3 J5: a bow tie) is drawn with the crossing marked
 * and a one-line reason in the officer's language, and no area is offered as trustworthy.
 */
@ExtendWith(FxThread.class)
class SketchValidationTest {

    private static SiteSketch bowTie() {
        SiteSketch demo = DemoScreen.farmland();
        Parcel p = demo.parcels().get(0);
        List<String> ring = List.of("J1", "J2", "J4", "J3", "J5").stream().map(DemoSketch::id).toList();
        return SketchEdits.parcel(new Parcel(p.id(), p.label(), ring)).apply(demo);
    }

    /** Where segments a–b and c–d meet (Cramer's rule), independent of JTS. */
    private static PlanePoint meet(PlanePoint a, PlanePoint b, PlanePoint c, PlanePoint d) {
        double rx = b.e() - a.e();
        double ry = b.n() - a.n();
        double sx = d.e() - c.e();
        double sy = d.n() - c.n();
        double t = ((c.e() - a.e()) * sy - (c.n() - a.n()) * sx) / (rx * sy - ry * sx);
        return new PlanePoint(a.e() + t * rx, a.n() + t * ry);
    }

    @Test
    void aCrossingParcelIsMarkedWhereItCrossesAndItsAreaIsNotTrusted() {
        DemoScreen screen = new DemoScreen(bowTie(), Language.CHINESE);
        SketchResult r = screen.model.outcomeProperty().get();
        assertThat(r.trustworthy()).isFalse();
        assertThat(r.parcel()).isEmpty();
        RingProblem p = r.problems().get(0);
        assertThat(p.role()).isEqualTo(RingProblem.Role.PARCEL);
        assertThat(p.error()).isIn(GeometryError.SELF_INTERSECTION, GeometryError.RING_SELF_INTERSECTION);
        assertThat(p.crossing()).containsExactly("J2", "J4", "J3", "J5");
        PlanePoint expected = meet(r.position(DemoSketch.id("J2")), r.position(DemoSketch.id("J4")),
                r.position(DemoSketch.id("J3")), r.position(DemoSketch.id("J5")));
        assertThat(p.at().distanceTo(expected)).isLessThan(1e-6);

        String zh = StatusText.area(r, Messages.of(Language.CHINESE));
        assertThat(zh).isEqualTo("地块界线的边 J2–J4 与 J3–J5 相交（红圈处）：面积不可信").doesNotContain("平方米");
        assertThat(StatusText.area(r, Messages.of(Language.TIBETAN))).contains("J2–J4", "J3–J5", "ཡིད་ཆེས་མི་རུང")
                .doesNotContain("\n");
        assertThat(StatusText.area(r, Messages.of(Language.ENGLISH))).contains("cannot be trusted");

        // on the canvas: the red ring around the crossing
        var canvas = screen.view.canvas();
        var v = canvas.viewport();
        double x = v.screenX(p.at().e());
        double y = v.screenY(p.at().n());
        WritableImage shot = canvas.snapshot(null, null);
        Color ring = shot.getPixelReader().getColor((int) Math.round(x + ValidationLayer.RING_PX), (int) Math.round(y));
        assertThat(ring.getRed()).as("red ring").isGreaterThan(0.6);
        assertThat(ring.getGreen()).isLessThan(0.35);
        assertThat(ring.getBlue()).isLessThan(0.35);
    }

    @Test
    void theDemoFarmlandIsValidAndItsAreaIsShown() {
        DemoScreen screen = new DemoScreen(DemoScreen.farmland(), Language.CHINESE);
        SketchResult r = screen.model.outcomeProperty().get();
        assertThat(r.problems()).isEmpty();
        assertThat(StatusText.area(r, Messages.of(Language.CHINESE))).startsWith("面积 8,2").contains("±");
        assertThat(r.parcel().orElseThrow().m2()).isCloseTo(8287.60, within(3 * r.parcel().get().sigmaM2()));
    }

    @Test
    void screenshotsOfTheCrossingInChineseAndTibetan() throws Exception {
        for (Language l : new Language[] {Language.CHINESE, Language.TIBETAN}) {
            var file = new DemoScreen(bowTie(), l).shoot("sketch-invalid-" + l.tag() + "-1024");
            var image = javax.imageio.ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(DemoScreen.WIDTH);
            assertThat(image.getHeight()).isEqualTo(DemoScreen.HEIGHT);
        }
    }
}
