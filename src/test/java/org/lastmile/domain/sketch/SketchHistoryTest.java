package org.lastmile.domain.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;

class SketchHistoryTest {

    private final SiteSketch empty = SiteSketch.empty(UUID.randomUUID(), "EPSG:4542", 3200);

    private static Corner corner(String id, double e, double n) {
        return new Corner(id, id, new PlanePoint(e, n), CornerOrigin.gnss(60, 1.5, 100.2, 37.3));
    }

    @Test
    void undoWalksEveryEditBackAndRedoForward() {
        SketchHistory h = new SketchHistory(empty);
        List<SiteSketch> seen = new ArrayList<>();
        h.addListener(seen::add);
        // a square drawn counter-clockwise from the south-west
        h.execute(SketchEdits.addCorner(corner("a", 0, 0)));
        h.execute(SketchEdits.addCorner(corner("b", 100, 0)));
        h.execute(SketchEdits.addCorner(corner("c", 100, 100)));
        h.execute(SketchEdits.addCorner(corner("d", 0, 100)));
        h.execute(SketchEdits.parcel(new Parcel("p", "", List.of("a", "b", "c", "d"))));
        h.execute(SketchEdits.tape(new Tape("t1", "a", "b", 100.01, "100.01")));
        h.execute(SketchEdits.claim(Party.A, List.of("a", "b", "c", "d")));
        SiteSketch full = h.current();
        assertThat(full.tapes()).hasSize(1);
        assertThat(seen).hasSize(7);

        int undone = 0;
        while (h.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(7);
        assertThat(h.current()).isEqualTo(empty);
        while (h.redo()) {
            undone--;
        }
        assertThat(h.current()).isEqualTo(full);
    }

    @Test
    void typingOneTapeTwiceIsOneUndoStep() {
        SketchHistory h = new SketchHistory(empty.withCorners(List.of(corner("a", 0, 0), corner("b", 85, 0))));
        h.execute(SketchEdits.tape(new Tape("t1", "a", "b", 58.37, "58.37")));
        h.execute(SketchEdits.tapeLength("t1", 85.37, "85.37"));
        assertThat(h.current().tapes().get(0).typed()).isEqualTo("85.37");
        h.undo();
        assertThat(h.current().tapes()).isEmpty();
    }

    @Test
    void aRefusedEditChangesNothingAndLeavesNoUndoStep() {
        SketchHistory h = new SketchHistory(empty.withCorners(List.of(corner("a", 0, 0))));
        assertThatThrownBy(() -> h.execute(SketchEdits.tape(new Tape("t1", "a", "zz", 10, "10"))))
                .isInstanceOf(SketchException.class).hasMessageContaining("sketch.error.unknownCorner");
        assertThatThrownBy(() -> new Tape("t2", "a", "a", 10, "10")).isInstanceOf(SketchException.class);
        assertThatThrownBy(() -> new Tape("t3", "a", "b", -3, "-3")).isInstanceOf(SketchException.class);
        assertThat(h.canUndo()).isFalse();
        assertThat(h.current().tapes()).isEmpty();
    }

    @Test
    void aCornerInUseCannotBeRemoved() {
        SketchHistory h = new SketchHistory(empty.withCorners(List.of(corner("a", 0, 0), corner("b", 1, 0))));
        h.execute(SketchEdits.tape(new Tape("t1", "a", "b", 1, "1")));
        assertThatThrownBy(() -> h.execute(SketchEdits.removeCorner("a")))
                .hasMessageContaining("sketch.error.cornerInUse");
        h.execute(SketchEdits.removeTape("t1"));
        h.execute(SketchEdits.removeCorner("a"));
        assertThat(h.current().corners()).extracting(Corner::id).containsExactly("b");
    }

    @Test
    void cornersAreNumberedClockwiseFromTheTopLeft() {
        // drawn counter-clockwise starting at the south-east corner
        SiteSketch s = empty.withCorners(List.of(corner("se", 100, 0), corner("ne", 100, 80), corner("nw", 0, 80),
                corner("sw", 0, 0), corner("well", 50, 40).withName("J2")))
                .withParcels(List.of(new Parcel("p", "", List.of("se", "ne", "nw", "sw"))));
        SiteSketch named = SketchEdits.numberCorners("p").apply(s);
        assertThat(named.requireCorner("nw").name()).isEqualTo("J1");
        assertThat(named.requireCorner("ne").name()).isEqualTo("J2");
        assertThat(named.requireCorner("se").name()).isEqualTo("J3");
        assertThat(named.requireCorner("sw").name()).isEqualTo("J4");
        assertThat(named.requireCorner("well").name()).isEqualTo("J5");
    }

    @Test
    void aMarkerKeepsItsDesignBesideWhereItWasPlaced() {
        SketchHistory h = new SketchHistory(empty);
        h.execute(SketchEdits.marker(new Marker("m", "J6", MarkerType.CONCRETE_POST, "水泥", new PlanePoint(10, 20), null)));
        assertThat(h.current().marker("m").orElseThrow().differenceM()).isEmpty();
        h.execute(SketchEdits.placeMarker("m", new PlanePoint(10.03, 20.04)));
        assertThat(h.current().marker("m").orElseThrow().differenceM()).hasValueSatisfying(
                d -> assertThat(d).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9)));
    }
}
