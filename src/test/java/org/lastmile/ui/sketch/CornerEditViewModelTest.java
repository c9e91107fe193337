package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.CompassBearing;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerSource;
import org.lastmile.domain.sketch.Offset;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;

/**
 * Corners typed beside the canvas: the selected corner's E then N, a corner by bearing and distance
 * and one by chainage and offset; each one undo step, bad input one message and no change. The
 * expected positions are worked by hand on a square J1 (0,0) J2 (0,100) J3 (100,100) J4 (100,0).
 */
@ExtendWith(FxThread.class)
class CornerEditViewModelTest {

    private static final double E0 = 500_000;
    private static final double N0 = 4_100_000;

    private final SketchViewModel sketch = new SketchViewModel(new SketchHistory(
            SiteSketch.empty(DemoField.CASE, DemoField.CRS, 0)), new Background(Runnable::run));
    private final CornerEditViewModel edit = new CornerEditViewModel(sketch);

    private void square() {
        double[][] xy = {{0, 0}, {0, 100}, {100, 100}, {100, 0}};
        for (double[] p : xy) {
            assertThat(sketch.addTyped(String.valueOf(E0 + p[0]), String.valueOf(N0 + p[1]))).isTrue();
        }
    }

    private PlanePoint at(String name) {
        PlanePoint p = sketch.current().cornerNamed(name).orElseThrow().position();
        return new PlanePoint(p.e() - E0, p.n() - N0);
    }

    @Test
    void theSelectedCornerMovesToTheTypedEastingAndNorthingAndBackByUndo() {
        square();
        edit.select("J3");
        assertThat(edit.eastProperty().get()).isEqualTo("500100.000");
        assertThat(edit.northProperty().get()).isEqualTo("4100100.000");
        edit.eastProperty().set("500101.25");
        edit.northProperty().set("4100098.5");
        assertThat(edit.move()).isTrue();
        assertThat(at("J3").e()).isCloseTo(101.25, within(1e-9));
        assertThat(at("J3").n()).isCloseTo(98.5, within(1e-9));
        sketch.undo().undo();
        assertThat(at("J3").e()).isCloseTo(100, within(1e-9));

        edit.northProperty().set("north");
        assertThat(edit.move()).isFalse();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("sketch.corner.error.coordinates");
        edit.selectedProperty().set("J9");
        assertThat(edit.move()).isFalse();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("sketch.error.unknownCorner");
    }

    @Test
    void aCornerByBearingAndDistanceCarriesItsTapeAndBearingInOneUndoStep() {
        square();
        int tapes = sketch.current().tapes().size();
        // from J1 at N 30° E, 50 m: 50 sin 30° = 25 east, 50 cos 30° = 43.30127 north
        assertThat(edit.polar("J1", "30°00'00\"", "50.00")).isTrue();
        Corner j5 = sketch.current().cornerNamed("J5").orElseThrow();
        assertThat(at("J5").e()).isCloseTo(25.0, within(1e-6));
        assertThat(at("J5").n()).isCloseTo(43.30127, within(1e-5));
        assertThat(j5.origin().source()).isEqualTo(CornerSource.TAPED);
        assertThat(sketch.current().tapes()).hasSize(tapes + 1);
        CompassBearing b = sketch.current().bearings().get(0);
        assertThat(b.degrees()).isEqualTo(30.0);
        assertThat(b.to()).isEqualTo(j5.id());
        // a quadrant bearing reads the same: S 45° E from J2 is 135°
        assertThat(edit.polar("J2", "S45°E", "10")).isTrue();
        assertThat(at("J6").e()).isCloseTo(7.0710678, within(1e-6));
        assertThat(at("J6").n()).isCloseTo(100 - 7.0710678, within(1e-6));

        sketch.undo().undo();
        assertThat(sketch.current().cornerNamed("J6")).isEmpty();
        sketch.undo().undo();
        assertThat(sketch.current().cornerNamed("J5")).isEmpty();
        assertThat(sketch.current().tapes()).hasSize(tapes);
        assertThat(sketch.current().bearings()).isEmpty();

        assertThat(edit.polar("J1", "400", "10")).isFalse();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("sketch.bearing.error");
        assertThat(edit.polar("J1", "12", "-3")).isFalse();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("sketch.tape.error.length");
        assertThat(sketch.current().corners()).hasSize(4);
    }

    @Test
    void aCornerByChainageAndOffsetLiesSquareOffTheEdgeOnTheLeftWhenPositive() {
        square();
        // edge J1 → J2 runs north; left of it is west: 40 m along, 12.5 m left = (−12.5, 40)
        assertThat(edit.offset("J1", "J2", "40", "12.5")).isTrue();
        assertThat(at("J5").e()).isCloseTo(-12.5, within(1e-9));
        assertThat(at("J5").n()).isCloseTo(40, within(1e-9));
        Offset o = sketch.current().offsets().get(0);
        assertThat(o.chainageM()).isEqualTo(40.0);
        assertThat(o.offsetM()).isEqualTo(12.5);
        // edge J2 → J3 runs east; a negative offset is on its right, south: (30, 100 − 5)
        assertThat(edit.offset("J2", "J3", "30", "-5")).isTrue();
        assertThat(at("J6").e()).isCloseTo(30, within(1e-9));
        assertThat(at("J6").n()).isCloseTo(95, within(1e-9));
        sketch.undo().undo();
        sketch.undo().undo();
        assertThat(sketch.current().offsets()).isEmpty();
        assertThat(sketch.current().corners()).hasSize(4);
        assertThat(edit.offset("J1", "J7", "1", "1")).isFalse();
        assertThat(sketch.problemProperty().get().messageKey()).isEqualTo("sketch.error.unknownCorner");
    }
}
