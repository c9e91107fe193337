package org.lastmile.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchHistory;
import org.lastmile.domain.sketch.Tape;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.canvas.MapFurniture;
import org.lastmile.ui.sketch.canvas.SketchCanvas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's budget: editing one tape re-adjusts and redraws a 30-corner site in ≤ 50 ms. A site of
 * 30 GNSS corners (σ 2 cm) round a 600 m field with its 30 sides and 29 diagonals taped (2n − 1 =
 * 59 tapes, the count a located slip needs); one side's tape is retyped (alternately 0.02 m off)
 * through the screen's view model, which re-runs {@code SketchCalculator} (SITE.json, adjustment
 * with data snooping, areas and σ, diagonal advice) and the canvas is redrawn with every layer the
 * screen draws (grid, parcel, tapes with laid-out labels, corners) and rendered (a snapshot, which
 * the software pipeline draws and reads back). Same-run baseline: the same redraw and snapshot
 * without the edit. Monocle headless, as the tests run. Run: {@code scripts/bench TapeEdit}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Djava.awt.headless=true"})
public class TapeEditBenchmark {

    static final int CORNERS = 30;

    private SketchViewModel model;
    private SketchCanvas canvas;
    private Stage stage;
    private String sideTape;
    private String sideLength;
    private boolean odd;

    /** 30 corners on a wobbly ring, GNSS with σ 2 cm, every side and a fan of diagonals taped. */
    static SiteSketch site() {
        SiteSketch s = SiteSketch.empty(UUID.fromString("00000000-0000-0000-0000-000000000030"), "EPSG:4542", 3300);
        List<String> ids = new ArrayList<>();
        List<PlanePoint> at = new ArrayList<>();
        for (int i = 0; i < CORNERS; i++) {
            double t = 2 * Math.PI * i / CORNERS;
            double r = 300 + 25 * Math.sin(3 * t) + 10 * Math.cos(7 * t);
            PlanePoint p = new PlanePoint(599_300 + r * Math.cos(t), 4_131_900 + 0.8 * r * Math.sin(t));
            String id = "c" + i;
            s = SketchEdits.addCorner(new Corner(id, "J" + (i + 1), p, CornerOrigin.typedPlane(0.02))).apply(s);
            ids.add(id);
            at.add(p);
        }
        s = SketchEdits.parcel(new Parcel("p", "", ids)).apply(s);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < CORNERS; i++) {
            pairs.add(new int[] {i, (i + 1) % CORNERS});
        }
        for (int i = 0; i < CORNERS - 1; i++) {
            pairs.add(new int[] {i, (i + CORNERS / 2) % CORNERS});
        }
        int k = 0;
        for (int[] p : pairs) {
            double ground = at.get(p[0]).distanceTo(at.get(p[1]));
            String typed = String.format(Locale.ROOT, "%.2f", ground);
            s = SketchEdits.tape(new Tape("t" + k++, ids.get(p[0]), ids.get(p[1]), Double.parseDouble(typed), typed))
                    .apply(s);
        }
        return s;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        onFx(() -> {
            model = new SketchViewModel(new SketchHistory(site()), new Background(Runnable::run));
            canvas = new SketchCanvas();
            stage = new Stage();
            stage.setScene(new Scene(canvas, 670, 680));
            stage.show();
            canvas.resize(670, 680);
            canvas.layout();
            Messages m = Messages.of(Language.CHINESE);
            canvas.layers().add(new MapFurniture(x -> m.get("sketch.scale.metres", x), m.get("sketch.north")).grid());
            canvas.layers().add(new SketchDrawing(model, new DivisionViewModel(model), () -> m));
            double[] box = {599_000, 4_131_650, 599_640, 4_132_150};
            canvas.setExtent(box);
            canvas.fit();
            return null;
        });
        Tape side = model.current().tapes().get(0);
        sideTape = side.id();
        sideLength = side.typed();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
        Platform.exit();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** The hand-over to the FX thread and back alone (part of both figures below). */
    @Benchmark
    public Object handOff() throws Exception {
        return onFx(() -> canvas);
    }

    /** Baseline: the redraw and render of the site as it is. */
    @Benchmark
    public Object redrawOnly() throws Exception {
        return onFx(() -> {
            canvas.redraw();
            return canvas.snapshot(null, null);
        });
    }

    /** One tape retyped: the view model re-adjusts, then the canvas redraws and renders. */
    @Benchmark
    public Object editTapeAdjustAndRedraw() throws Exception {
        odd = !odd;
        double v = Double.parseDouble(sideLength) + (odd ? 0.02 : 0);
        String typed = String.format(Locale.ROOT, "%.2f", v);
        return onFx(() -> {
            model.execute(SketchEdits.tapeLength(sideTape, v, typed));
            if (model.outcomeProperty().get().sketch() != model.current()) {
                throw new IllegalStateException("not re-adjusted");
            }
            canvas.redraw();
            return canvas.snapshot(null, null);
        });
    }
}
