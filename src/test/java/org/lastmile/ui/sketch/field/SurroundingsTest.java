package org.lastmile.ui.sketch.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.SketchLayout;
import org.lastmile.sketch.SvgWriter;
import org.lastmile.sketch.TitleBlock;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.SketchViewModel;
import org.lastmile.ui.sketch.StakeoutViewModel.Guidance;

/** The four boundaries and landmarks edited on screen, the export saying the same, and the guidance words. */
@ExtendWith(FxThread.class)
class SurroundingsTest {

    SketchViewModel sketch = new SketchViewModel(new SketchHistory(SiteSketch.empty(UUID.randomUUID(), "EPSG:4542", 0)),
            new Background(Runnable::run));
    SurroundingsViewModel surroundings = new SurroundingsViewModel(sketch);

    @Test
    void boundariesAndLandmarksAreUndoableEdits() {
        surroundings.northProperty().set("刚察公路");
        surroundings.westProperty().set("扎西家草场");
        assertThat(surroundings.commitBoundaries()).isTrue();
        assertThat(sketch.current().fourBoundaries().north()).isEqualTo("刚察公路");
        assertThat(surroundings.commitBoundaries()).as("unchanged fields make no edit").isFalse();
        surroundings.kindProperty().set(LandmarkKind.WELL);
        surroundings.labelProperty().set("");
        surroundings.pointsProperty().set("601970.5 4130430");
        assertThat(surroundings.addLandmark()).isTrue();
        assertThat(sketch.current().landmarks()).singleElement()
                .satisfies(l -> assertThat(l.points()).containsExactly(new PlanePoint(601970.5, 4130430)));
        sketch.undo().undo();
        assertThat(sketch.current().landmarks()).isEmpty();
        sketch.undo().undo();
        assertThat(sketch.current().fourBoundaries().north()).isEmpty();
        assertThat(surroundings.northProperty().get()).as("the field follows the undo").isEmpty();
    }

    @Test
    void aWellIsPlacedByOneClickOnTheMapAndUndoneInOneStep() {
        surroundings.kindProperty().set(LandmarkKind.WELL);
        surroundings.labelProperty().set("村井");
        assertThat(surroundings.click(new PlanePoint(601970.5, 4130430))).as("no click is waited for").isFalse();
        surroundings.placingProperty().set(true);
        assertThat(surroundings.click(new PlanePoint(601970.5, 4130430.25))).isTrue();
        assertThat(sketch.current().landmarks()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LandmarkKind.WELL);
            assertThat(l.label()).isEqualTo("村井");
            assertThat(l.points()).containsExactly(new PlanePoint(601970.5, 4130430.25));
        });
        assertThat(surroundings.placingProperty().get()).as("one click, one well").isFalse();
        assertThat(surroundings.click(new PlanePoint(601000, 4130000))).isFalse();
        assertThat(Messages.of(Language.CHINESE).get(sketch.undo().undoDescriptionProperty().get())).contains("村井");
        sketch.undo().undo();
        assertThat(sketch.current().landmarks()).isEmpty();
    }

    @Test
    void aRoadIsDrawnClickByClickAndEndedFromTheKeyboard() {
        surroundings.kindProperty().set(LandmarkKind.ROAD);
        surroundings.placingProperty().set(true);
        surroundings.click(new PlanePoint(601900, 4130500));
        surroundings.click(new PlanePoint(602050.125, 4130512.5));
        assertThat(sketch.current().landmarks()).as("a road waits for its end").isEmpty();
        assertThat(surroundings.pointsProperty().get()).isEqualTo("601900.00 4130500.00; 602050.13 4130512.50");
        assertThat(surroundings.addLandmark()).isTrue();
        assertThat(sketch.current().landmarks()).singleElement().satisfies(l -> assertThat(l.points())
                .containsExactly(new PlanePoint(601900, 4130500), new PlanePoint(602050.13, 4130512.5)));
        assertThat(surroundings.placingProperty().get()).isFalse();
    }

    @Test
    void aLandmarkIsMovedByClickingItsNewPlaceKeepingItsShape() {
        surroundings.kindProperty().set(LandmarkKind.BUILDING);
        surroundings.labelProperty().set("仓库");
        surroundings.pointsProperty().set("100 100; 110 100; 110 120; 100 120");
        surroundings.addLandmark();
        var before = sketch.current();
        surroundings.moveLandmark(sketch.current().landmarks().get(0));
        // centre (105, 110) to (205, 90): every corner moves by +100 E, -20 N
        assertThat(surroundings.click(new PlanePoint(205, 90))).isTrue();
        assertThat(sketch.current().landmarks().get(0).points()).containsExactly(new PlanePoint(200, 80),
                new PlanePoint(210, 80), new PlanePoint(210, 100), new PlanePoint(200, 100));
        assertThat(surroundings.movingProperty().get()).isNull();
        assertThat(Messages.of(Language.CHINESE).get(sketch.undo().undoDescriptionProperty().get()))
                .isEqualTo("移动地物 仓库");
        sketch.undo().undo();
        assertThat(sketch.current()).isEqualTo(before);
    }

    @Test
    void badPointsAreRefusedAndChangeNothing() {
        surroundings.pointsProperty().set("601970.5; north");
        assertThat(surroundings.addLandmark()).isFalse();
        assertThat(Messages.of(Language.CHINESE).get(surroundings.problemProperty().get())).contains("601970.5; north");
        assertThat(sketch.current().landmarks()).isEmpty();
        assertThat(sketch.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void theScreenWritesWhatTheExportWrites() {
        surroundings.northProperty().set("刚察公路");
        surroundings.eastProperty().set("才让家耕地");
        surroundings.commitBoundaries();
        surroundings.kindProperty().set(LandmarkKind.CANAL);
        surroundings.labelProperty().set("");
        surroundings.pointsProperty().set("601900 4130500; 602050 4130500");
        surroundings.addLandmark();
        for (double[] c : new double[][] {{601950, 4130480}, {602000, 4130480}, {602000, 4130430}}) {
            sketch.execute(org.lastmile.domain.sketch.SketchEdits.addCorner(new Corner(UUID.randomUUID().toString(),
                    "J" + (sketch.current().corners().size() + 1), new PlanePoint(c[0], c[1]),
                    CornerOrigin.typedPlane(Double.NaN))));
        }
        for (Language language : List.of(Language.CHINESE, Language.TIBETAN)) {
            Messages m = Messages.of(language);
            String svg = new SvgWriter().write(new SketchLayout(m).layout(new SketchCalculator().calculate(sketch.current()),
                    new TitleBlock("(2023)青2824执1号", "2023-06-01 10:00", List.of())));
            List<String> screen = SurroundingsLayer.boundaryTexts(sketch.current().fourBoundaries(), m);
            assertThat(screen.get(0)).isNotEmpty();
            List<String> texts = texts(svg);
            assertThat(texts).contains(escape(screen.get(0)), escape(screen.get(1)),
                    escape(SurroundingsLayer.label(sketch.current().landmarks().get(0), m)));
        }
    }

    /** The text of each SVG text element, its runs (a Tibetan run and a Chinese run are separate tspans) joined. */
    private static List<String> texts(String svg) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>(.*?)</text>", java.util.regex.Pattern.DOTALL)
                .matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replaceAll("<[^>]+>", ""));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void guidanceSaysWhichWayToWalkInTheInterfaceLanguage() {
        Messages zh = Messages.of(Language.CHINESE);
        assertThat(GuidanceFigure.lines(Optional.of(new Guidance(-1.5, 3.0, Math.hypot(1.5, 3), false)), zh))
                .containsExactly("向北走 3.00 米", "向西走 1.50 米", "距离 3.35 米");
        assertThat(GuidanceFigure.lines(Optional.of(new Guidance(0.02, -0.05, 0.054, true)), zh)[0]).isEqualTo("已到标志点");
        assertThat(GuidanceFigure.lines(Optional.empty(), Messages.of(Language.TIBETAN))[0])
                .isEqualTo("གནས་ཚད་མེད་པས་ལམ་སྟོན་མི་ཐུབ།");
        assertThat(GuidanceFigure.lines(Optional.of(new Guidance(2.0, -0.5, Math.hypot(2, 0.5), false)),
                Messages.of(Language.ENGLISH))).containsExactly("Walk 0.50 m south", "Walk 2.00 m east", "Distance 2.06 m");
    }
}
