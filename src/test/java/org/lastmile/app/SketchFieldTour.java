package org.lastmile.app;

import static org.lastmile.app.TourSteps.click;
import static org.lastmile.app.TourSteps.onFx;
import static org.lastmile.app.TourSteps.settle;
import static org.lastmile.app.TourSteps.shot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.i18n.Language;
import org.lastmile.service.BasemapService;
import org.lastmile.service.ReceiverSetting;
import org.lastmile.service.SketchService;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;

/**
 * Screenshots of the sketch screen's field tools in the real window under Xvfb: the farmland case's
 * sketch with the test basemap under it, a road, a well and the four boundaries, the receiver strip
 * fed by a replayed log, in Chinese and Tibetan; the field-file window; the receiver settings; and
 * the strip with no receiver chosen. Run:
 * {@code xvfb-run -a -s "-screen 0 1024x768x24" java -Dglass.platform=gtk -cp … org.lastmile.app.SketchFieldTour DATA OUT}
 */
public final class SketchFieldTour {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    private SketchFieldTour() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        TestDesktop desktop = TestDesktop.started(data);
        var rows = desktop.rows();
        Path log = data.resolve("gangcha-demo.nmea");
        Files.writeString(log, nmea());
        Path basemap = Path.of(SketchFieldTour.class.getResource("/basemap/gangcha-test.mbtiles").toURI());
        ReceiverSetting.of(desktop.store).choose(ReceiverChoice.replay(log), "tour");
        BasemapService.of(desktop.store).remember(basemap, "tour");
        UUID site = rows.rows().stream().map(r -> r.id()).filter(id -> !id.equals(FARMLAND)).findFirst().orElseThrow();
        surroundings(SketchService.of(desktop.store), site);
        TestDesktop.startFx();
        DesktopApp[] app = new DesktopApp[1];
        onFx(() -> app[0] = desktop.show(new Stage(), rows));
        settle();
        onFx(() -> app[0].window().openCase(site));
        settle();
        onFx(() -> click(app[0], "#open-sketch"));
        settle();
        settle();
        for (Language l : List.of(Language.CHINESE, Language.TIBETAN)) {
            onFx(() -> app[0].window().switchLanguage(l));
            settle();
            shot(out, "sketch-field-" + l.tag());
            onFx(() -> scrollPanel(app[0], 1));
            settle();
            shot(out, "sketch-field-panel-" + l.tag());
            onFx(() -> scrollPanel(app[0], 0));
        }
        onFx(() -> scrollPanel(app[0], 0.62));
        settle();
        shot(out, "sketch-field-guidance-bo");
        onFx(() -> click(app[0], "#sketch-field-file"));
        settle();
        Path gpx = Path.of(SketchFieldTour.class.getResource("/import/field-walk-1.1.gpx").toURI());
        onFx(() -> dialog().ifPresent(d -> ((org.lastmile.ui.sketch.field.FieldFileViewModel) d.getProperties()
                .get(org.lastmile.ui.sketch.field.FieldFileViewModel.class)).open(gpx)));
        settle();
        shot(out, "sketch-field-file-bo");
        onFx(() -> app[0].window().switchLanguage(Language.CHINESE));
        settle();
        shot(out, "sketch-field-file-zh");
        onFx(() -> dialog().ifPresent(d -> d.getScene().getWindow().hide()));
        onFx(() -> app[0].window().openSettings());
        settle();
        onFx(() -> scrollAll(app[0], 1));
        settle();
        shot(out, "settings-receiver-zh");
        onFx(() -> app[0].window().switchLanguage(Language.TIBETAN));
        settle();
        onFx(() -> scrollAll(app[0], 1));
        settle();
        shot(out, "settings-receiver-bo");
        onFx(() -> app[0].window().root().getScene().getWindow().hide());
        System.exit(0);
    }

    /** The farmland sketch's surroundings: the road along the north edge, a well, the four boundaries. */
    private static void surroundings(SketchService sketches, UUID site) {
        SketchHistory h = sketches.history(site, "EPSG:4542", 0);
        PlaneSystem plane = PlaneSystem.gaussKruger3(33, false);
        PlanePoint o = plane.toPlane(100.15, 37.30);
        List<String> ring = new java.util.ArrayList<>();
        double[][] local = {{0, 80}, {85, 88}, {95, 10}, {40, -5}, {-5, 20}};
        for (double[] l : local) {
            String id = UUID.randomUUID().toString();
            ring.add(id);
            h.execute(SketchEdits.addCorner(new org.lastmile.domain.sketch.Corner(id, "J" + ring.size(),
                    new PlanePoint(o.e() + l[0], o.n() + l[1]),
                    org.lastmile.domain.sketch.CornerOrigin.imported(Double.NaN, 100.15, 37.30))));
        }
        h.execute(SketchEdits.parcel(new org.lastmile.domain.sketch.Parcel("parcel-1", "", ring)));
        h.execute(SketchEdits.divide("parcel-1", 0, 3000));
        o = new PlanePoint(o.e(), o.n() + 80);
        h.execute(SketchEdits.landmark(new Landmark(UUID.randomUUID().toString(), LandmarkKind.ROAD, "刚察—沙柳河公路",
                List.of(new PlanePoint(o.e() - 60, o.n() + 25), new PlanePoint(o.e() + 160, o.n() + 45)))));
        h.execute(SketchEdits.landmark(new Landmark(UUID.randomUUID().toString(), LandmarkKind.WELL, "",
                List.of(new PlanePoint(o.e() + 110, o.n() - 30)))));
        h.execute(SketchEdits.fourBoundaries(new FourBoundaries("公路", "才让家耕地", "草场", "扎西家耕地")));
        sketches.save(h.current(), "tour");
    }

    /** Thirty seconds at the demo field, fixes every second with a little noise (a replayed receiver). */
    private static String nmea() {
        StringBuilder s = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 600; i++) {
            double lat = 37.30 + r.nextGaussian() * 1e-5;
            double lon = 100.15 + r.nextGaussian() * 1e-5;
            String body = String.format(Locale.ROOT, "GPGGA,04%02d%02d.00,%02d%08.5f,N,%03d%08.5f,E,1,12,0.7,3300.0,M,-30.0,M,,",
                    i / 60 % 60, i % 60, (int) lat, (lat - (int) lat) * 60, (int) lon, (lon - (int) lon) * 60);
            int sum = 0;
            for (char ch : body.toCharArray()) {
                sum ^= ch;
            }
            s.append('$').append(body).append(String.format("*%02X", sum)).append("\r\n");
        }
        return s.toString();
    }

    private static java.util.Optional<javafx.scene.Parent> dialog() {
        return Stage.getWindows().stream().filter(w -> w.getScene() != null
                && "field-file-dialog".equals(w.getScene().getRoot().getId())).map(w -> w.getScene().getRoot()).findFirst();
    }

    private static void scrollPanel(DesktopApp app, double v) {
        Node view = app.window().root().lookup("#sketch-view");
        if (view instanceof javafx.scene.layout.BorderPane b && b.getRight() instanceof ScrollPane s) {
            s.setVvalue(v);
        }
    }

    private static void scrollAll(DesktopApp app, double v) {
        app.window().root().lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(v));
    }
}
