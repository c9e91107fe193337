package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.store.demo.DemoSketch;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.sketch.canvas.Pen;
import org.lastmile.ui.sketch.canvas.SketchTheme;

/**
 * In Tibetan at 1024×768 the validation banners (a parcel typed as a bow tie and a crossing claim:
 * two long messages) leave the north arrow and its letter as they are: the pixels of the top-right
 * corner, where the arrow is, are the same as on the valid sketch; and each banner still says its
 * whole message, cut into lines.
 */
@ExtendWith(FxThread.class)
class BannerLayoutTest {

    /** The demo with its parcel typed J1 J2 J4 J3 J5 and party B's claim crossing itself the same way. */
    private static SiteSketch crossing() {
        SiteSketch demo = DemoScreen.farmland();
        Parcel p = demo.parcels().get(0);
        List<String> ring = List.of("J1", "J2", "J4", "J3", "J5").stream().map(DemoSketch::id).toList();
        SiteSketch s = SketchEdits.parcel(new Parcel(p.id(), p.label(), ring)).apply(demo);
        return SketchEdits.claim(Party.B, List.of("B1", "B2", "J4", "J3", "J5").stream().map(DemoSketch::id).toList())
                .apply(s);
    }

    @Test
    void theBannersInTibetanLeaveTheNorthArrowAndItsLetterAlone() throws Exception {
        DemoScreen valid = new DemoScreen(DemoScreen.farmland(), Language.TIBETAN);
        DemoScreen invalid = new DemoScreen(crossing(), Language.TIBETAN);
        invalid.shoot("sketch-banner-bo-1024");
        var result = invalid.model.outcomeProperty().get();
        assertThat(result.problems()).hasSize(2);
        var v = invalid.view.canvas().viewport();
        assertThat(v.width()).isEqualTo(valid.view.canvas().viewport().width());
        WritableImage a = valid.view.canvas().snapshot(null, null);
        WritableImage b = invalid.view.canvas().snapshot(null, null);
        // the arrow is drawn 36 px from the right edge, 18–68 px from the top, its letter above it
        int x0 = (int) v.width() - 64;
        int mismatched = 0;
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int x = x0; x < (int) v.width() - 8; x++) {
            for (int y = 0; y < 72; y++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    mismatched++;
                }
            }
        }
        assertThat(mismatched).as("pixels of the north arrow's corner changed by the banners").isZero();

        Messages bo = Messages.of(Language.TIBETAN);
        Pen pen = new Pen(SketchTheme.DAY, invalid.view.font());
        var banners = ValidationLayer.banners(result, bo, v, pen, SiteLabels.north(v, pen, bo));
        assertThat(banners).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String said = String.join("", banners.get(i).lines()).replaceAll("\\s", "");
            assertThat(said).isEqualTo(bo.get(result.problems().get(i)).replaceAll("\\s", ""));
        }
        // the longer message does not fit beside the arrow in one line (with the window's font either may)
        int longer = bo.get(result.problems().get(0)).length() >= bo.get(result.problems().get(1)).length() ? 0 : 1;
        assertThat(pen.size(bo.get(result.problems().get(longer)), pen.font()).getWidth())
                .as("the longer message is wider than the room left of the arrow")
                .isGreaterThan(banners.get(longer).box().getWidth());
        assertThat(banners.get(longer).lines().size()).as("the long Tibetan message is cut into lines").isGreaterThan(1);
        assertThat(banners.get(1).box().getMinY()).isGreaterThan(banners.get(0).box().getMaxY());
    }
}
