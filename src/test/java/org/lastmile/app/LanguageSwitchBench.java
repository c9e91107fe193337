package org.lastmile.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.controls.TibetanFonts;

/**
 * Issue 11 item 7: how long a language switch takes with the demo hand-over draft open (people,
 * transcript in both scripts, agreement, attachments, signature lines), beside a baseline measured
 * in the same run: a window of as many plain Labels as the record screen shows texts, each bound to
 * a bundle key and re-texted by the same switch. Both are timed from the switch to the end of the
 * next layout pass (what {@code MainWindow.switchLanguage} prints), on the FX thread, headless
 * (Monocle, software Prism: run with the surefire properties, see {@code scripts/bench-switch}).
 *
 * <pre>java … org.lastmile.app.LanguageSwitchBench DATA_DIR [SWITCHES]</pre>
 *
 * Prints one line per switch and the medians. Not a unit test: a measurement, run once.
 */
public final class LanguageSwitchBench {

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");
    private static final List<String> KEYS = List.of("case.list.column.number", "case.list.column.cause",
            "case.list.column.applicants", "case.list.column.respondents", "case.list.column.status",
            "case.list.column.countdown", "case.list.column.next", "case.list.column.filed", "main.settings",
            "main.help", "main.undo", "main.redo", "case.list.new", "case.list.filter.anyStatus");

    private LanguageSwitchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int switches = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        TestDesktop desktop = TestDesktop.started(data);
        var rows = desktop.rows();
        ScreenshotTour.handoverDraft(desktop.store);
        TestDesktop.startFx();
        DesktopApp[] app = new DesktopApp[1];
        onFx(() -> app[0] = desktop.show(new Stage(), rows));
        idle();
        onFx(() -> app[0].window().openCase(FARMLAND));
        until(app[0], "#open-record-1");
        onFx(() -> ((javafx.scene.control.ButtonBase) app[0].window().root().lookup("#open-record-1")).fire());
        until(app[0], "#record-transcript");
        idle();
        int[] texts = new int[1];
        onFx(() -> texts[0] = countTexts(app[0].window().root()));
        System.out.println("record screen open: " + texts[0] + " text nodes in the window");

        // The baseline: as many plain Labels, each bound to a bundle key, in a window of the same size.
        LocaleService plainLocale = new LocaleService(Language.CHINESE);
        Scene[] plain = new Scene[1];
        onFx(() -> {
            FlowPane pane = new FlowPane(4, 4);
            for (int i = 0; i < texts[0]; i++) {
                Label label = new Label();
                label.textProperty().bind(plainLocale.text(KEYS.get(i % KEYS.size())));
                pane.getChildren().add(label);
            }
            org.lastmile.ui.controls.ScriptStyle.applyLanguage(pane, Language.CHINESE);
            plainLocale.languageProperty().addListener((obs, old, now) ->
                    org.lastmile.ui.controls.ScriptStyle.applyLanguage(pane, now));
            Scene scene = new Scene(pane, 1024, 768);
            scene.getStylesheets().add(TibetanFonts.class.getResource(TibetanFonts.STYLESHEET).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            plain[0] = scene;
        });
        idle();

        List<Long> record = new ArrayList<>();
        List<Long> labels = new ArrayList<>();
        List<Long> recordCpu = new ArrayList<>();
        List<Long> labelsCpu = new ArrayList<>();
        List<Long> recordDrawn = new ArrayList<>();
        // With parts out of view held out of the switch's frame: to the frame with them back.
        List<Long> recordWhole = new ArrayList<>();
        List<Long> labelsDrawn = new ArrayList<>();
        Language[] order = {Language.TIBETAN, Language.CHINESE};
        // An officer takes some seconds from the start to the first switch; the window uses the
        // frames meanwhile to ready the other language (ScriptWarmUp). The same pause in the run
        // without it (-Dlastmile.warmUp=false), so that the two are compared alike.
        Thread.sleep(Long.getLong("bench.settleMs", 5000));
        idle();
        System.out.println("switches from " + java.time.LocalTime.now());
        for (int i = 0; i < switches; i++) {
            Language to = order[i % 2];
            long[] hitsBefore = counts(app[0].window().root().getScene());
            long[] cssBefore = CssCacheCount.of(app[0].window().root());
            java.util.Set<String> kindsBefore = Boolean.getBoolean("bench.cssKinds")
                    ? CssCacheCount.kinds(app[0].window().root()) : java.util.Set.of();
            long[] r = timed(app[0].window().root().getScene(), () -> app[0].window().switchLanguage(to),
                    "record " + (i + 1) + " to " + to.tag(), app[0].window().holdingPartsProperty());
            // -Dbench.labels=false leaves the baseline out (to profile the record screen alone).
            long[] l = Boolean.parseBoolean(System.getProperty("bench.labels", "true"))
                    ? timed(plain[0], () -> plainLocale.setLanguage(to), "labels " + (i + 1) + " to " + to.tag(), null)
                    : new long[6];
            if (Boolean.getBoolean("bench.cssKinds")) {
                java.util.Set<String> kinds = CssCacheCount.kinds(app[0].window().root());
                kinds.removeAll(kindsBefore);
                kinds.forEach(k -> System.out.println("css kind new: " + k));
            }
            record.add(r[0]);
            labels.add(l[0]);
            recordCpu.add(r[1]);
            recordDrawn.add(r[2]);
            recordWhole.add(r[5]);
            labelsDrawn.add(l[2]);
            labelsCpu.add(l[1]);
            System.out.printf("switch %d to %s: record screen %.1f ms (FX thread CPU %.1f ms, drawn at %.1f ms,"
                    + " whole screen drawn at %.1f ms;"
                    + " layout to frame: FX CPU %.1f, render CPU %.1f ms),"
                    + " %d plain labels %.1f ms (CPU %.1f ms, drawn at %.1f ms)%s%s%s%n",
                    i + 1, to.tag(), r[0] / 1e6, r[1] / 1e6, r[2] / 1e6, r[5] / 1e6, r[3] / 1e6, r[4] / 1e6, texts[0],
                    l[0] / 1e6, l[1] / 1e6, l[2] / 1e6, textCache(),
                    measured(app[0].window().root().getScene(), hitsBefore),
                    CssCacheCount.delta(cssBefore, CssCacheCount.of(app[0].window().root())));
        }
        System.out.println("switches until " + java.time.LocalTime.now());
        System.out.printf("median of %d switches: record screen %.1f ms, plain labels %.1f ms (ratio %.1f)%n",
                switches, median(record) / 1e6, median(labels) / 1e6, (double) median(record) / median(labels));
        System.out.printf("FX thread CPU, median: record screen %.1f ms, plain labels %.1f ms (ratio %.1f)%n",
                median(recordCpu) / 1e6, median(labelsCpu) / 1e6, (double) median(recordCpu) / median(labelsCpu));
        // An interpreter notices the first switches: the first to Tibetan and the next five
        // (switches 3, 5, 7, 9, 11), each beside the median of all switches to Tibetan.
        List<Long> toTibetan = everyOther(record, 0);
        List<Long> labelsToTibetan = everyOther(labels, 0);
        List<Long> cpuToTibetan = everyOther(recordCpu, 0);
        List<Long> labelsCpuToTibetan = everyOther(labelsCpu, 0);
        System.out.printf("to bo, median of %d: record screen %.1f ms (CPU %.1f), plain labels %.1f ms (CPU %.1f)%n",
                toTibetan.size(), median(toTibetan) / 1e6, median(cpuToTibetan) / 1e6,
                median(labelsToTibetan) / 1e6, median(labelsCpuToTibetan) / 1e6);
        System.out.printf("to bo, first: record screen %.1f ms (CPU %.1f), plain labels %.1f ms (CPU %.1f);"
                + " first / median: record screen %.1f, plain labels %.1f%n",
                toTibetan.get(0) / 1e6, cpuToTibetan.get(0) / 1e6, labelsToTibetan.get(0) / 1e6,
                labelsCpuToTibetan.get(0) / 1e6, (double) toTibetan.get(0) / median(toTibetan),
                (double) labelsToTibetan.get(0) / median(labelsToTibetan));
        // The budget counts to the repainted screen: the same switches timed to the end of the frame.
        List<Long> drawnToTibetan = everyOther(recordDrawn, 0);
        List<Long> labelsDrawnToTibetan = everyOther(labelsDrawn, 0);
        System.out.printf("to the frame drawn: median of %d: record screen %.1f ms, plain labels %.1f ms;"
                + " to bo, median of %d: record screen %.1f ms, plain labels %.1f ms;"
                + " to bo, first: record screen %.1f ms, plain labels %.1f ms; to bo, 2nd-%dth: record screen %s ms%n",
                switches, median(recordDrawn) / 1e6, median(labelsDrawn) / 1e6, drawnToTibetan.size(),
                median(drawnToTibetan) / 1e6, median(labelsDrawnToTibetan) / 1e6, drawnToTibetan.get(0) / 1e6,
                labelsDrawnToTibetan.get(0) / 1e6, Math.min(6, drawnToTibetan.size()),
                ms(drawnToTibetan.subList(1, Math.min(6, drawnToTibetan.size()))));
        List<Long> wholeToTibetan = everyOther(recordWhole, 0);
        System.out.printf("whole screen drawn (parts out of view back): to bo, median of %d: %.1f ms;"
                + " first %.1f ms; 2nd-%dth %s ms%n", wholeToTibetan.size(), median(wholeToTibetan) / 1e6,
                wholeToTibetan.get(0) / 1e6, Math.min(6, wholeToTibetan.size()),
                ms(wholeToTibetan.subList(1, Math.min(6, wholeToTibetan.size()))));
        if (toTibetan.size() > 1) {
            List<Long> early = toTibetan.subList(1, Math.min(6, toTibetan.size()));
            List<Long> earlyCpu = cpuToTibetan.subList(1, Math.min(6, toTibetan.size()));
            List<Long> earlyLabels = labelsToTibetan.subList(1, Math.min(6, toTibetan.size()));
            System.out.printf("to bo, 2nd-%dth: record screen %s ms (CPU %s), plain labels %s ms%n",
                    early.size() + 1, ms(early), ms(earlyCpu), ms(earlyLabels));
        }
        System.exit(0);
    }

    /**
     * Nanoseconds from the action to the end of the next layout pass of the scene: wall time, and
     * the CPU time the FX thread used meanwhile (which the other builds on a shared machine stretch
     * far less than the wall time).
     */
    private static long[] timed(Scene scene, Runnable action, String what,
            javafx.beans.value.ObservableBooleanValue holding) throws InterruptedException {
        AtomicLong took = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        AtomicLong drawnAt = new AtomicLong();
        CountDownLatch laidOut = new CountDownLatch(1);
        CountDownLatch drawn = new CountDownLatch(1);
        // The parts held out of the switch's frame go back after it; the frame drawn after the
        // layout with them back (not the switch's own frame, which may end after that layout).
        CountDownLatch whole = new CountDownLatch(1);
        AtomicLong wholeAt = new AtomicLong();
        AtomicLong backLaidOutAt = new AtomicLong(Long.MAX_VALUE);
        int[] frames = new int[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] begun = new long[1];
        // Between the layout and the frame: the FX thread syncs the scene to the render tree, the
        // render thread draws; their CPU in that span, to say which of the two a slow frame was.
        long fxThread = onFxValue(() -> Thread.currentThread().getId());
        long renderThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
        long[] atLayout = new long[2];
        long[] atFrame = new long[2];
        onFx(() -> {
            // The frame of the switch is drawn by the render thread after the layout pass; JavaFX's
            // own frame tracker says when (the scene's classes are on the class path, so its
            // internal package is reachable here).
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                if (laidOut.getCount() == 0 && drawn.getCount() == 1) {
                    drawnAt.set(System.nanoTime());
                    atFrame[0] = threads.getThreadCpuTime(fxThread);
                    atFrame[1] = threads.getThreadCpuTime(renderThread);
                    frames[0] = 1;
                    drawn.countDown();
                } else if (drawn.getCount() == 0 && ++frames[0] >= 2 && System.nanoTime() > backLaidOutAt.get()
                        && whole.getCount() == 1) {
                    wholeAt.set(System.nanoTime());
                    whole.countDown();
                }
            });
        });
        onFx(() -> {
            SwitchEvent event = new SwitchEvent();
            event.what = what;
            event.begin();
            long start = System.nanoTime();
            begun[0] = start;
            long startCpu = threads.getCurrentThreadCpuTime();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                event.commit();
                took.set(System.nanoTime() - start);
                cpu.set(threads.getCurrentThreadCpuTime() - startCpu);
                atLayout[0] = threads.getCurrentThreadCpuTime();
                atLayout[1] = threads.getThreadCpuTime(renderThread);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            action.run();
            if (holding != null && holding.get()) {
                javafx.beans.InvalidationListener[] back = new javafx.beans.InvalidationListener[1];
                back[0] = o -> {
                    holding.removeListener(back[0]);
                    Runnable[] after = new Runnable[1];
                    after[0] = () -> {
                        scene.removePostLayoutPulseListener(after[0]);
                        backLaidOutAt.set(System.nanoTime());
                    };
                    scene.addPostLayoutPulseListener(after[0]);
                };
                holding.addListener(back[0]);
            } else {
                whole.countDown();
            }
        });
        laidOut.await(60, TimeUnit.SECONDS);
        boolean painted = drawn.await(60, TimeUnit.SECONDS);
        boolean wholePainted = whole.await(60, TimeUnit.SECONDS);
        idle();
        long drawnIn = painted ? drawnAt.get() - begun[0] : -1;
        return new long[] {took.get(), cpu.get(), drawnIn,
            painted ? atFrame[0] - atLayout[0] : -1, painted ? atFrame[1] - atLayout[1] : -1,
            !wholePainted ? -1 : wholeAt.get() == 0 ? drawnIn : wholeAt.get() - begun[0]};
    }

    /** Marks each timed switch in a flight recording (scripts/bench-switch-profile reads them). */
    @jdk.jfr.Name("lastmile.Switch")
    @jdk.jfr.Label("Language switch")
    static final class SwitchEvent extends jdk.jfr.Event {
        @jdk.jfr.Label("What")
        String what;
    }

    /**
     * With {@code -Dbench.textCache=true}: how many characters JavaFX's shared text layout cache
     * holds ({@code PrismTextLayout.cacheSize}; the cache is emptied whenever it would pass
     * {@code prism.cacheLayoutSize} characters, and every text is then shaped again).
     */
    private static String textCache() {
        if (!Boolean.getBoolean("bench.textCache")) {
            return "";
        }
        try {
            var field = Class.forName("com.sun.javafx.text.PrismTextLayout").getDeclaredField("cacheSize");
            field.setAccessible(true);
            return ", text layout cache " + field.getInt(null) + " chars";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return ", text layout cache unknown (" + e + ")";
        }
    }

    /** The window's TextMeasures: measurements answered from what was kept, and those shaped. */
    private static long[] counts(Scene scene) {
        return scene.getProperties().get(org.lastmile.ui.controls.TextMeasures.class)
                instanceof org.lastmile.ui.controls.TextMeasures m ? new long[] {m.hits(), m.misses(), m.missNanos()} : new long[3];
    }

    private static String measured(Scene scene, long[] before) {
        long[] now = counts(scene);
        return String.format(", measures kept %d, shaped %d in %.1f ms", now[0] - before[0], now[1] - before[1],
                (now[2] - before[2]) / 1e6);
    }

    static int countTexts(Parent root) {
        int n = 0;
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof Labeled || child instanceof Text) {
                n++;
            }
            if (child instanceof Parent p && !(child instanceof Labeled)) {
                n += countTexts(p);
            }
        }
        return n;
    }

    private static void until(DesktopApp app, String selector) throws InterruptedException {
        boolean[] there = new boolean[1];
        for (int i = 0; i < 600 && !there[0]; i++) {
            onFx(() -> there[0] = app.window().root().lookup(selector) != null);
            Thread.sleep(50);
        }
    }

    private static List<Long> everyOther(List<Long> values, int first) {
        List<Long> out = new ArrayList<>();
        for (int i = first; i < values.size(); i += 2) {
            out.add(values.get(i));
        }
        return out;
    }

    private static String ms(List<Long> values) {
        return values.stream().map(v -> String.format("%.0f", v / 1e6))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Waits until the FX thread has run what was queued and a pulse has passed. */
    private static void idle() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            onFx(() -> { });
            Thread.sleep(100);
        }
    }

    private static long onFxValue(java.util.function.LongSupplier read) throws InterruptedException {
        long[] value = new long[1];
        onFx(() -> value[0] = read.getAsLong());
        return value[0];
    }

    private static void onFx(Runnable action) throws InterruptedException {
        TourSteps.onFx(action, 120);
    }
}
