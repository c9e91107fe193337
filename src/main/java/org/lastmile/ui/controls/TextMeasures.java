package org.lastmile.ui.controls;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The sizes a window's texts were measured at, kept per everything they depend on, so that a text
 * Pango has shaped once is not shaped again for a measurement: the sizes of {@link MeasuredLabelSkin}
 * labels and the widths {@link WrappingText} measures lines and syllables at. JavaFX keeps the shaped
 * layout of simple text only; a Tibetan text is shaped again at every measurement, and a language
 * switch measures every text on screen (docs/performance.md, "Language switch").
 *
 * <p>One instance per window, made by the window and {@linkplain #install(Scene) installed on its
 * scene}; labels and wrapping texts find it through their scene, the scenes of dialogs and popups
 * through their owner window. The off-screen scenes of {@link ScriptWarmUp} carry the window's
 * instance, which is how the warm-up measures texts ahead of the first switch. Both maps are
 * bounded, the least recently used entries dropped first (a few MB at most).
 */
public final class TextMeasures {

    private final Map<Object, Double> labelSizes = lru(20_000);
    private final Map<Object, Double> widths = lru(50_000);
    /** With -Dlastmile.traceMisses=true every measurement not kept is printed (what a warm-up missed). */
    private static final boolean TRACE_MISSES = Boolean.getBoolean("lastmile.traceMisses");
    private long hits;
    private long misses;
    private long missNanos;

    /** Makes the measures of this scene's nodes (and of dialogs and popups it owns) these. */
    public void install(Scene scene) {
        scene.getProperties().put(TextMeasures.class, this);
    }

    /** The measures a node's window keeps, or null when it is not in a scene that has some. */
    static TextMeasures of(Node node) {
        Scene scene = node.getScene();
        for (int depth = 0; scene != null && depth < 8; depth++) {
            if (scene.getProperties().get(TextMeasures.class) instanceof TextMeasures measures) {
                return measures;
            }
            Window owner = owner(scene.getWindow());
            scene = owner == null ? null : owner.getScene();
        }
        return null;
    }

    private static Window owner(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        if (window instanceof PopupWindow popup) {
            return popup.getOwnerWindow();
        }
        return null;
    }

    /** A label's size by everything it depends on ({@link MeasuredLabelSkin}'s key). */
    double labelSize(Object key, DoubleSupplier measure) {
        return kept(labelSizes, key, measure);
    }

    /** A text's drawn width in a font ({@link WrappingText}'s key). */
    double width(Object key, DoubleSupplier measure) {
        return kept(widths, key, measure);
    }

    private double kept(Map<Object, Double> sizes, Object key, DoubleSupplier measure) {
        Double known = sizes.get(key);
        if (known == null) {
            misses++;
            if (TRACE_MISSES) {
                System.out.println("measure shaped: " + key);
            }
            long start = System.nanoTime();
            known = measure.getAsDouble();
            missNanos += System.nanoTime() - start;
            sizes.put(key, known);
        } else {
            hits++;
        }
        return known;
    }

    /** How many measurements were answered from what was kept (for the benchmark and tests). */
    public long hits() {
        return hits;
    }

    /** Time spent shaping the measurements not kept (for the benchmark). */
    public long missNanos() {
        return missNanos;
    }

    /** How many measurements shaped the text. */
    public long misses() {
        return misses;
    }

    private static Map<Object, Double> lru(int limit) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Double> eldest) {
                return size() > limit;
            }
        };
    }
}
