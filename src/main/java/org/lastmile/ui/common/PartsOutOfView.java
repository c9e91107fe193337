package org.lastmile.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The parts of a scrolled column that lie wholly above or below its view, taken out of the scene
 * for the frame of a language switch and put back after it. A switch restyles and lays out every
 * node in the scene (the {@code :lang-bo} pseudo-class on the root changes every font); on the
 * record screen more than half of them are scrolled out of view, and the interpreter waits for
 * the frame that shows the switched screen.
 *
 * <p>Each part held is replaced by an empty region of its size, so nothing in view moves in that
 * frame and the scroll bar keeps its range. Below the view, a view's height more is kept: the
 * parts in view may shrink in the other language and bring what is below into view. The column's own parts are held, and within a part
 * that the view's edge cuts, the parts of a {@link VBox} (stacked, so a stand-in of the same
 * height keeps everything where it was). When the parts are back, those above the view may have
 * grown or shrunk in the other language: the view is then moved by as much, so that what the user
 * looks at stays where it was. A part is styled from scratch when it comes back, as a tab's screen
 * is when it is shown again ({@code ScreenHost}).
 */
public final class PartsOutOfView {

    /** How deep into parts cut by the view's edge parts are looked for. */
    private static final int DEPTH = 3;

    private final ScrollPane pane;
    private final Pane column;

    /** @param column the pane's content, whose children are the parts */
    public PartsOutOfView(ScrollPane pane, Pane column) {
        this.pane = pane;
        this.column = column;
    }

    /**
     * Takes the parts out of view out of the scene, each replaced by a region of its size. A
     * focused field out of view is first scrolled into it (as the window does after a switch), and
     * its part stays. Nothing is held while the column is not shown.
     */
    public Held hold() {
        Scene scene = column.getScene();
        if (scene == null || pane.getContent() != column || scene.getWindow() == null
                || !scene.getWindow().isShowing()) {
            return Held.NOTHING;
        }
        Node focused = scene.getFocusOwner();
        if (focused != null && contains(column, focused)) {
            // The window brings the focused field into view after the switch: hold around where it will be.
            InView.bring(focused);
        }
        double viewport = pane.getViewportBounds().getHeight();
        double top = pixelTop(pane, column);
        Held held = new Held(pane, column);
        // Kept: the view and as much again below it. The parts in view may shrink in the other
        // language, and the window may scroll down to keep the focused field in view (a third
        // from the top): what comes into the view from below in that frame must be there.
        collect(column, new BoundingBox(0, top, column.getWidth(), 2 * viewport), top + viewport, focused, held, 0);
        if (held.parts.isEmpty()) {
            return Held.NOTHING;
        }
        if (focused != null && contains(column, focused)) {
            held.anchor = focused;
        }
        return held;
    }

    /**
     * Holds the parts of {@code box} out of {@code kept}, and looks into a stacked part that its
     * edges cut. The first part seen to start in view (down to {@code seenTo}) is what the view is
     * kept on when no field has the focus: its place in the column moves with every part above it.
     */
    private void collect(Pane box, Bounds kept, double seenTo, Node focused, Held held, int depth) {
        List<Node> children = box.getChildren();
        for (int i = 0; i < children.size(); i++) {
            Node part = children.get(i);
            if (!part.isManaged() || !part.isVisible()) {
                continue;
            }
            Bounds in = inColumn(part);
            boolean out = in.getMinY() >= kept.getMaxY() || in.getMaxY() <= kept.getMinY();
            if (out && !contains(part, focused)) {
                Region stand = new Stand();
                stand.setMinSize(0, part.getLayoutBounds().getHeight());
                stand.setPrefSize(part.getLayoutBounds().getWidth(), part.getLayoutBounds().getHeight());
                stand.setMaxHeight(part.getLayoutBounds().getHeight());
                held.parts.add(part);
                held.stands.add(stand);
                children.set(i, stand);
            } else if (!out) {
                boolean cut = in.getMinY() < kept.getMinY() || in.getMaxY() > kept.getMaxY();
                if (cut && part instanceof VBox stacked && depth < DEPTH) {
                    collect(stacked, kept, seenTo, focused, held, depth + 1);
                }
                if (held.anchor == null && in.getMinY() >= kept.getMinY() && in.getMinY() < seenTo) {
                    held.anchor = part;
                }
            }
        }
    }

    private Bounds inColumn(Node node) {
        return column.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    /** The height of the column scrolled above the view, in pixels. */
    private static double pixelTop(ScrollPane pane, Region column) {
        double free = column.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        double range = pane.getVmax() - pane.getVmin();
        return free <= 0 || range <= 0 ? 0 : (pane.getVvalue() - pane.getVmin()) / range * free;
    }

    /**
     * An empty stand-in, not styled at all: a plain Region would be, for the properties it
     * inherits (a new style cache entry in each place, in each language).
     */
    private static final class Stand extends Region {
        @Override
        public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            return List.of();
        }
    }

    private static boolean contains(Node part, Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == part) {
                return true;
            }
        }
        return false;
    }

    /** The parts taken out by {@link #hold()}, until they are put back. */
    public static final class Held {

        /** Nothing held. */
        public static final Held NOTHING = new Held(null, null);

        private final ScrollPane pane;
        private final Pane column;
        private final List<Node> parts = new ArrayList<>();
        private final List<Region> stands = new ArrayList<>();
        private Node anchor;
        private boolean restored;

        private Held(ScrollPane pane, Pane column) {
            this.pane = pane;
            this.column = column;
        }

        /** How many parts are out of the scene. */
        public int size() {
            return restored ? 0 : parts.size();
        }

        /**
         * Puts each part back where its stand-in is; a part whose stand-in has gone (the screen
         * was rebuilt or closed meanwhile) stays out. Once only.
         */
        public void putBack() {
            if (restored || column == null) {
                return; // NOTHING, shared, stays as it is
            }
            restored = true;
            for (int i = 0; i < parts.size(); i++) {
                Region stand = stands.get(i);
                if (stand.getParent() instanceof Pane box) {
                    List<Node> children = box.getChildren();
                    children.set(children.indexOf(stand), parts.get(i));
                }
            }
        }

        /**
         * Puts the parts back ({@link #putBack}), and after the next layout pass moves the view by
         * as much as the parts above it changed height: what the user looks at stays where it is.
         */
        public void restoreKeepingView() {
            if (restored || column == null) {
                return;
            }
            double anchorWas = anchor == null || anchor.getScene() == null ? Double.NaN : anchorY();
            double topWas = pixelTop(pane, column);
            putBack();
            Scene scene = column.getScene();
            if (scene != null && !Double.isNaN(anchorWas)) {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    keepAnchor(anchorWas, topWas);
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        }

        private void keepAnchor(double anchorWas, double topWas) {
            if (anchor.getScene() != column.getScene()) {
                return;
            }
            double moved = anchorY() - anchorWas;
            double free = column.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (moved != 0 && free > 0) {
                double wanted = Math.max(0, Math.min(free, topWas + moved));
                pane.setVvalue(pane.getVmin() + wanted / free * (pane.getVmax() - pane.getVmin()));
            }
        }

        private double anchorY() {
            return column.sceneToLocal(anchor.localToScene(anchor.getLayoutBounds())).getMinY();
        }
    }
}
