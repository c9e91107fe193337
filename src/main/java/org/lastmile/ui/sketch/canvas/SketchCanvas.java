package org.lastmile.ui.sketch.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The plane on screen: JavaFX {@link Canvas}es redrawn from {@link Layer}s (a canvas, not a
 * scene graph of shapes: a 20,000-vertex pasture is one path per frame instead of 20,000 nodes).
 * Two canvases, one over the other: the layers under the first {@linkplain #setFirstLive live}
 * one (basemap, grid, surroundings) are drawn on the lower one only when the view or they change;
 * an edit of the sketch redraws the upper one alone ({@link #requestLiveRedraw()}). Requests are
 * drawn once at the next layout pass, so a change that sets the sketch and then its adjustment
 * is drawn once. Label pictures and sizes are kept from frame to frame ({@link LabelSprites}).
 *
 * <p>Moving: drag with the mouse or a finger, wheel or pinch to zoom about the pointer, two-finger
 * scroll to pan; keys: arrows pan by a tenth of the view, + and − zoom, 0 fits the site. A click
 * (not a drag) reports the plane point and the pick tolerance, {@link #PICK_RADIUS_PX} (44 px
 * targets), in metres. A snap function, when set, shows where a click would land.
 */
public final class SketchCanvas extends Region {

    /** Half the width of a touch target: 44 px. */
    public static final double PICK_RADIUS_PX = 22;
    static final double KEY_ZOOM = 1.25;
    /** Room around the site when fitted: labels outside the parcel, the legend, the scale bar. */
    static final double FIT_MARGIN_PX = 100;
    static final double DRAG_SLOP_PX = 4;

    private final Canvas base = new Canvas();
    private final Canvas live = new Canvas();
    private final LabelSprites sprites = new LabelSprites();
    private Layer firstLive;
    private boolean baseDirty;
    private boolean liveDirty;
    private final Viewport viewport = new Viewport();
    private final List<Layer> layers = new ArrayList<>();
    private SketchTheme theme = SketchTheme.DAY;
    private Font font = Font.font(13);
    private double[] extent;
    private Consumer<Pick> onPick = p -> { };
    private BiFunction<Double, Double, Optional<Point2D>> snap;
    private Point2D snapMarker;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private boolean fitted;
    private long frames;

    /** A click on the plane: where, and how far from a thing still counts as on it. */
    public record Pick(double e, double n, double toleranceM, boolean secondary) {
    }

    public SketchCanvas() {
        getStyleClass().add("sketch-canvas");
        setId("sketch-canvas");
        getChildren().addAll(base, live);
        setFocusTraversable(true);
        setMinSize(200, 150);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> showSnap(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    public Viewport viewport() {
        return viewport;
    }

    public List<Layer> layers() {
        return layers;
    }

    public void setTheme(SketchTheme value) {
        theme = Objects.requireNonNull(value);
        redraw();
    }

    public SketchTheme theme() {
        return theme;
    }

    /** The face for labels (the bundled Tibetan one when the interface is Tibetan). */
    public void setFont(Font value) {
        font = Objects.requireNonNull(value);
        redraw();
    }

    /** The box that 0 fits into view: minE, minN, maxE, maxN, or null for none. */
    public void setExtent(double[] box) {
        extent = box;
        if (!fitted && box != null && getWidth() > 1) {
            fit();
        }
    }

    public void setOnPick(Consumer<Pick> handler) {
        onPick = Objects.requireNonNull(handler);
    }

    /** Where a click at a plane point would snap to (a corner, a point on an edge), if anywhere. */
    public void setSnap(BiFunction<Double, Double, Optional<Point2D>> function) {
        snap = function;
    }

    /** The snap marker shown now (plane coordinates), or null. */
    public Point2D snapMarker() {
        return snapMarker;
    }

    /** Frames drawn so far (for the benchmark and for tests that a change redrew). */
    public long frames() {
        return frames;
    }

    public void fit() {
        if (extent != null) {
            viewport.fit(extent[0], extent[1], extent[2], extent[3], FIT_MARGIN_PX);
            fitted = true;
        }
        redraw();
    }

    public void zoom(double factor) {
        viewport.zoomAt(factor, viewport.width() / 2, viewport.height() / 2);
        redraw();
    }

    public void pan(double dx, double dy) {
        viewport.pan(dx, dy);
        redraw();
    }

    /**
     * The first layer that an edit of the sketch can change: it and the layers after it are
     * redrawn by {@link #requestLiveRedraw()}, the ones before it only when the view moves or
     * {@link #redraw()} is called. Without one, every layer is live.
     */
    public void setFirstLive(Layer layer) {
        firstLive = layer;
    }

    /** The cache of label pictures and sizes the layers' pen uses. */
    public LabelSprites sprites() {
        return sprites;
    }

    /** Draws every layer now. */
    public void redraw() {
        baseDirty = false;
        liveDirty = false;
        Pen pen = pen();
        int split = firstLive == null ? 0 : Math.max(0, layers.indexOf(firstLive));
        GraphicsContext g = base.getGraphicsContext2D();
        g.setFill(theme.background());
        g.fillRect(0, 0, base.getWidth(), base.getHeight());
        draw(g, pen, layers.subList(0, split));
        drawLive(pen, split);
    }

    /** Redraws every layer at the next layout pass (once, however often asked before it). */
    public void requestRedraw() {
        baseDirty = true;
        requestLayout();
    }

    /** Redraws the live layers (the sketch over the grid and surroundings) at the next layout pass. */
    public void requestLiveRedraw() {
        liveDirty = true;
        requestLayout();
    }

    private void drawLive(Pen pen, int split) {
        GraphicsContext g = live.getGraphicsContext2D();
        g.clearRect(0, 0, live.getWidth(), live.getHeight());
        draw(g, pen, layers.subList(split, layers.size()));
        if (snapMarker != null) {
            drawSnap(g);
        }
        frames++;
    }

    private void draw(GraphicsContext g, Pen pen, List<Layer> some) {
        for (Layer layer : some) {
            g.save();
            layer.draw(g, viewport, pen);
            g.restore();
        }
    }

    private Pen pen() {
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
        return new Pen(theme, font, sprites, scale);
    }

    private void drawSnap(GraphicsContext g) {
        double x = viewport.screenX(snapMarker.getX());
        double y = viewport.screenY(snapMarker.getY());
        g.setStroke(theme.selection());
        g.setLineWidth(2.5);
        g.setLineDashes();
        g.strokeRect(x - 9, y - 9, 18, 18);
        g.strokeLine(x - 14, y, x + 14, y);
        g.strokeLine(x, y - 14, x, y + 14);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != base.getWidth() || h != base.getHeight()) {
            for (Canvas c : new Canvas[] {base, live}) {
                c.setWidth(w);
                c.setHeight(h);
            }
            viewport.resize(w, h);
            if (!fitted && extent != null) {
                fit();
            } else {
                redraw();
            }
        } else if (baseDirty) {
            redraw();
        } else if (liveDirty) {
            liveDirty = false;
            drawLive(pen(), firstLive == null ? 0 : Math.max(0, layers.indexOf(firstLive)));
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP_PX) {
            dragging = true;
        }
        if (dragging) {
            viewport.pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            redraw();
        }
    }

    private void released(MouseEvent e) {
        if (!dragging && e.isStillSincePress()) {
            Point2D at = snapped(e.getX(), e.getY());
            onPick.accept(new Pick(at.getX(), at.getY(), PICK_RADIUS_PX / viewport.scale(),
                    e.getButton() == MouseButton.SECONDARY));
        }
        dragging = false;
    }

    private Point2D snapped(double x, double y) {
        double e = viewport.planeE(x);
        double n = viewport.planeN(y);
        if (snap != null) {
            Optional<Point2D> to = snap.apply(e, n);
            if (to.isPresent()) {
                return to.get();
            }
        }
        return new Point2D(e, n);
    }

    private void moved(MouseEvent e) {
        if (snap == null) {
            return;
        }
        showSnap(snap.apply(viewport.planeE(e.getX()), viewport.planeN(e.getY())).orElse(null));
    }

    private void showSnap(Point2D marker) {
        if (!Objects.equals(marker, snapMarker)) {
            snapMarker = marker;
            requestLiveRedraw();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() >= 2 || e.isInertia() || e.isShiftDown()) {
            viewport.pan(e.getDeltaX(), e.getDeltaY()); // two fingers, or shift + wheel: move
        } else if (e.getDeltaY() != 0) {
            viewport.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        }
        redraw();
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (Double.isFinite(e.getZoomFactor()) && e.getZoomFactor() > 0) {
            viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            redraw();
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        double stepX = viewport.width() / 10;
        double stepY = viewport.height() / 10;
        switch (e.getCode()) {
            case LEFT -> pan(stepX, 0);
            case RIGHT -> pan(-stepX, 0);
            case UP -> pan(0, stepY);
            case DOWN -> pan(0, -stepY);
            case PLUS, ADD, EQUALS -> zoom(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoom(1 / KEY_ZOOM);
            case DIGIT0, NUMPAD0 -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
