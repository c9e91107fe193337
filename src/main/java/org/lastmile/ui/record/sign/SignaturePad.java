package org.lastmile.ui.record.sign;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;

/**
 * A signature pad: a {@link Canvas} that records each pen-down to pen-up movement as a
 * {@link Stroke} of {@link StrokePoint}s in pad units (this region's own coordinates, origin top
 * left), with the time of each sample in milliseconds since the first pen-down after the pad was
 * empty, read from the clock given to the constructor.
 *
 * <p>Input: the mouse, a pen (which JavaFX delivers as mouse events) and a finger (JavaFX
 * synthesizes mouse events from the primary touch point). JavaFX 21 reports no pressure for any of
 * them, so every point carries {@link #DEFAULT_PRESSURE}, as {@link StrokePoint} documents for
 * devices without pressure; {@link #pressure(MouseEvent)} is the one place to change that.
 *
 * <p>Drawing: each new sample is joined to the last by a quadratic curve through the midpoints of
 * the segments, so the line stays smooth however fast the pen moves; a tap is a dot. The line
 * width follows the pressure the way the stored image ({@code store.records.SignatureImage}) does.
 * The list {@link #strokes()} holds finished strokes only: a stroke joins it on pen-up.
 */
public final class SignaturePad extends Region {

    /** The pressure of a point whose device reports none (StrokePoint: "else 1"). */
    public static final double DEFAULT_PRESSURE = 1.0;
    /** The preferred size, in pad units. */
    public static final double PREF_WIDTH = 480;
    public static final double PREF_HEIGHT = 160;

    private final Clock clock;
    private final Canvas canvas = new Canvas();
    private final StrokeRenderer renderer = new StrokeRenderer();
    private final ObservableList<Stroke> strokes = FXCollections.observableArrayList();
    private final ObservableList<Stroke> readOnly = FXCollections.unmodifiableObservableList(strokes);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final List<StrokePoint> current = new ArrayList<>();
    private long startMillis;

    /** @param clock the clock the samples' times are read from */
    public SignaturePad(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        getStyleClass().add("signature-pad");
        getChildren().add(canvas);
        setCursor(Cursor.CROSSHAIR);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setPrefSize(PREF_WIDTH, PREF_HEIGHT);
        setMinSize(120, 60);
        strokes.addListener((javafx.collections.ListChangeListener<Stroke>) c -> {
            empty.set(strokes.isEmpty());
            redraw();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** The finished strokes, oldest first (read-only: use {@link #clear()} and {@link #undoLastStroke()}). */
    public ObservableList<Stroke> strokes() {
        return readOnly;
    }

    /** True while nothing is signed. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    /** Removes every stroke; the next pen-down starts the timing again. */
    public void clear() {
        current.clear();
        strokes.clear();
    }

    /** Removes the most recent stroke, if any. */
    public void undoLastStroke() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        }
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        long now = clock.millis();
        if (strokes.isEmpty()) {
            startMillis = now;
        }
        current.clear();
        add(e, now);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (current.isEmpty() || !e.isPrimaryButtonDown()) {
            return;
        }
        add(e, clock.millis());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (current.isEmpty() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        StrokePoint last = current.get(current.size() - 1);
        StrokePoint end = point(e, clock.millis());
        if (end.x() != last.x() || end.y() != last.y()) {
            current.add(end);
        }
        Stroke stroke = new Stroke(current);
        current.clear();
        strokes.add(stroke);
        e.consume();
    }

    private void add(MouseEvent e, long now) {
        current.add(point(e, now));
        renderer.drawTail(canvas.getGraphicsContext2D(), current);
    }

    /** A sample at time {@code now} (the clock is read once per event). */
    private StrokePoint point(MouseEvent e, long now) {
        double x = clamp(e.getX(), getWidth());
        double y = clamp(e.getY(), getHeight());
        return new StrokePoint(round(x), round(y), now - startMillis, pressure(e));
    }

    /** The pressure of an event: JavaFX 21 has none to give, so always {@link #DEFAULT_PRESSURE}. */
    double pressure(MouseEvent e) {
        return DEFAULT_PRESSURE;
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(v, max));
    }

    /** A tenth of a pad unit: finer than any screen, and short in the canonical JSON. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        renderer.drawAll(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), strokes, current);
    }
}
