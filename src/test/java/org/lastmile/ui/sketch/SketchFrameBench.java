package org.lastmile.ui.sketch;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lastmile.ui.sketch.canvas.SketchCanvas;

/**
 * Frame times of the sketch canvas (developer tool, not a test): a 20,000-vertex pasture boundary
 * panned and zoomed, beside a same-run baseline of the canvas with the grid alone. Run headless:
 *
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... org.lastmile.ui.sketch.SketchFrameBench
 * </pre>
 *
 * A frame is the canvas redraw plus a snapshot of the canvas, which renders the recorded drawing
 * commands with the software pipeline and reads the pixels back (the readback is in the baseline
 * too).
 */
public final class SketchFrameBench {

    private SketchFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                run();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run() {
        SketchCanvas canvas = new SketchCanvas();
        Stage stage = new Stage();
        stage.setScene(new Scene(canvas, 1024, 700));
        stage.show();
        canvas.resize(1024, 700); // the first pulse has not laid it out yet
        canvas.layout();
        canvas.layers().add(new org.lastmile.ui.sketch.canvas.MapFurniture(m -> m + " m", "N").grid());
        double[] box = {0, 0, 5000, 4000};
        canvas.setExtent(box);
        canvas.fit();
        double[] baseline = frames(canvas, 300);
        int n = 20_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double r = 2000 + 150 * Math.sin(37 * t) + 60 * Math.cos(113 * t);
            xs[i] = 2500 + r * Math.cos(t);
            ys[i] = 2000 + 0.8 * r * Math.sin(t);
        }
        canvas.layers().add((g, v, pen) -> {
            g.beginPath();
            for (int i = 0; i < n; i++) {
                double x = v.screenX(xs[i]);
                double y = v.screenY(ys[i]);
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
            pen.stroke(g, pen.theme().claimA(), pen.theme().line());
            g.stroke();
        });
        double[] pasture = frames(canvas, 300);
        System.out.printf("canvas %.0f × %.0f px, %.2f px/m%n", canvas.viewport().width(), canvas.viewport().height(),
                canvas.viewport().scale());
        System.out.printf("baseline (grid only): median %.3f ms, p95 %.3f ms%n", pct(baseline, 50), pct(baseline, 95));
        System.out.printf("20,000-vertex pasture: median %.3f ms, p95 %.3f ms%n", pct(pasture, 50), pct(pasture, 95));
        stage.close();
    }

    /** Times {@code count} pan and zoom steps after a warm-up of the same length. */
    private static double[] frames(SketchCanvas canvas, int count) {
        double[] ms = new double[count];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                if (i % 3 == 0) {
                    canvas.zoom(i % 2 == 0 ? 1.05 : 1 / 1.05);
                } else {
                    canvas.pan(i % 2 == 0 ? 7 : -7, 3);
                }
                canvas.snapshot(null, null);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return ms;
    }

    private static double pct(double[] values, int p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
