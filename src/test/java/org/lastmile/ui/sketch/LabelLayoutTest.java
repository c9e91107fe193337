package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Claim;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.i18n.Language;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.SketchTheme;
import org.lastmile.ui.sketch.canvas.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The demo farmland on the 1024×768 screen, in Chinese and in Tibetan (its own, larger face): every
 * label the canvas draws (corner names, tape lengths, the parts' areas and the area between the
 * claims, landmark names, the four boundaries) is on the canvas, none covers another or a corner
 * circle, and no tape length lies on the village road or on a boundary line (the parcel, either
 * claim, the agreed line). Checked on the boxes the drawing lays its labels in, against the lines
 * drawn where the sketch's points fall on screen (JTS, buffered by the width they are drawn with).
 */
@ExtendWith(FxThread.class)
class LabelLayoutTest {

    private static final GeometryFactory JTS = new GeometryFactory();

    @Test
    void noLabelOverlapsAnotherOrACornerAndNoTapeLengthALineAtTheDemoSiteInChinese() throws Exception {
        check(Language.CHINESE);
    }

    @Test
    void noLabelOverlapsAnotherOrACornerAndNoTapeLengthALineAtTheDemoSiteInTibetan() throws Exception {
        check(Language.TIBETAN);
    }

    private static void check(Language language) throws Exception {
        DemoScreen screen = new DemoScreen(DemoScreen.farmland(), language);
        Viewport v = screen.view.canvas().viewport();
        assertThat(v.width()).isGreaterThan(600);
        SiteSketch s = screen.model.current();
        List<SiteLabels.Label> labels = screen.view.drawing().labels(v, new Pen(SketchTheme.DAY, screen.view.font()));
        assertThat(count(labels, SiteLabels.CORNER)).isEqualTo(s.corners().size());
        assertThat(count(labels, SiteLabels.TAPE)).isEqualTo(s.tapes().size());
        assertThat(count(labels, SiteLabels.LANDMARK)).isEqualTo(s.landmarks().size());
        assertThat(count(labels, SiteLabels.BOUNDARY)).isEqualTo(4);
        // part 1, part 2 and the area between the claims
        assertThat(count(labels, SiteLabels.AREA)).isEqualTo(3);
        screen.shoot("sketch-labels-" + language.tag() + "-1024");
        Rectangle2D canvas = new Rectangle2D(0, 0, v.width(), v.height());
        Map<String, PlanePoint> at = screen.model.outcomeProperty().get().positions();
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D a = labels.get(i).placed().box();
            String name = labels.get(i).placed().text();
            assertThat(canvas.contains(a)).as("%s on the canvas", name).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D b = labels.get(j).placed().box();
                assertThat(a.intersects(b)).as("%s over %s", name, labels.get(j).placed().text()).isFalse();
            }
            for (Corner c : s.corners()) {
                PlanePoint p = at.get(c.id());
                Rectangle2D circle = new Rectangle2D(v.screenX(p.e()) - 7, v.screenY(p.n()) - 7, 14, 14);
                assertThat(a.intersects(circle)).as("%s over corner %s", name, c.name()).isFalse();
            }
        }
        // the lines a tape length must not sit on: the road 10 px wide, the boundaries 2 px (3.2 the agreed one)
        List<Geometry> lines = new ArrayList<>();
        for (Landmark l : s.landmarks()) {
            if (l.kind() == LandmarkKind.ROAD) {
                lines.add(line(v, l.points(), false).buffer(5));
            }
        }
        s.parcels().forEach(p -> lines.add(line(v, ring(p.ring(), at), true).buffer(1)));
        for (Claim c : s.claims()) {
            lines.add(line(v, ring(c.ring(), at), true).buffer(1));
        }
        s.agreedLine().ifPresent(a -> lines.add(line(v, ring(a.ring(), at), true).buffer(1.6)));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
        for (SiteLabels.Label l : labels) {
            if (l.placed().kind() != SiteLabels.TAPE) {
                continue;
            }
            Rectangle2D b = l.placed().box();
            Geometry box = JTS.toGeometry(new org.locationtech.jts.geom.Envelope(b.getMinX(), b.getMaxX(), b.getMinY(),
                    b.getMaxY()));
            for (Geometry line : lines) {
                assertThat(box.intersects(line)).as("tape %s on a drawn line", l.placed().text()).isFalse();
            }
        }
    }

    private static long count(List<SiteLabels.Label> labels, int kind) {
        return labels.stream().filter(l -> l.placed().kind() == kind).count();
    }

    private static List<PlanePoint> ring(List<String> ids, Map<String, PlanePoint> at) {
        return ids.stream().map(at::get).toList();
    }

    private static Geometry line(Viewport v, List<PlanePoint> pts, boolean closed) {
        Coordinate[] c = new Coordinate[pts.size() + (closed ? 1 : 0)];
        for (int i = 0; i < c.length; i++) {
            PlanePoint p = pts.get(i % pts.size());
            c[i] = new Coordinate(v.screenX(p.e()), v.screenY(p.n()));
        }
        return JTS.createLineString(c);
    }
}
