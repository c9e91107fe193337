package org.lastmile.ui.record;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Brings a reopened record back to a remembered {@link RecordPlaces.Place} and holds it there
 * until the user acts. A reopened record is read in the background and its parts fill in over
 * several passes (the case, the officers, wrapped texts): a scroll position set once lands
 * elsewhere as the parts above grow (the scroll pane keeps the pixel offset, not the control in
 * view), and the tab's own focus request may come after it. So after every layout pass the
 * focused control is put back at the height it stood and given the focus, until the first key,
 * click or wheel turn in the window, or a scroll that is not the pane keeping its place while the
 * parts grow (a jump to a part, a field scrolled into view).
 */
final class PlaceReturn {

    private final ScrollPane pane;
    private final Parent root;
    private final RecordPlaces.Place place;
    private final Runnable afterLayout = this::apply;
    private final EventHandler<Event> userActs = e -> stop();
    private final ChangeListener<Scene> moved = (obs, old, now) -> watch(now);
    private final InvalidationListener scrolled = o -> scrolledByOthers();
    private double heightSet = Double.NaN;
    private double viewportSet = Double.NaN;
    private boolean setting;
    private Scene scene;
    private Node focused;
    private boolean holding = true;

    private PlaceReturn(ScrollPane pane, Parent root, RecordPlaces.Place place) {
        this.pane = pane;
        this.root = root;
        this.place = place;
    }

    /** Starts holding {@code place} in {@code pane}, a part of {@code root}. */
    static PlaceReturn start(ScrollPane pane, Parent root, RecordPlaces.Place place) {
        PlaceReturn back = new PlaceReturn(pane, root, place);
        root.sceneProperty().addListener(back.moved);
        pane.vvalueProperty().addListener(back.scrolled);
        back.watch(root.getScene());
        return back;
    }

    /** Where the user is now in {@code pane}: the focused control's id and its height in view. */
    static RecordPlaces.Place current(ScrollPane pane, Parent root, String focusId) {
        Optional<Node> focused = find(root, focusId).filter(n -> inside(pane, n));
        double top = focused.map(n -> topInContent(pane, n) - visibleTop(pane)).orElse(Double.NaN);
        return new RecordPlaces.Place(pane.getVvalue(), focusId, top);
    }

    /** The control to give the focus to, while the place is held and the control is there. */
    Optional<Node> focusTarget() {
        return holding ? control().filter(n -> !n.isDisabled() && n.isVisible()) : Optional.empty();
    }

    /** Lets the screen go where the user takes it (also when the screen closes). */
    void stop() {
        if (holding) {
            holding = false;
            root.sceneProperty().removeListener(moved);
            pane.vvalueProperty().removeListener(scrolled);
            watch(null);
        }
    }

    private void apply() {
        Optional<Node> control = control();
        double free = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        setting = true;
        if (control.isPresent() && inside(pane, control.get()) && !Double.isNaN(place.focusTop())) {
            if (free > 0) {
                double top = topInContent(pane, control.get()) - place.focusTop();
                pane.setVvalue(Math.max(0, Math.min(1, top / free)));
            }
        } else {
            pane.setVvalue(place.scroll());
        }
        setting = false;
        heightSet = pane.getContent().getLayoutBounds().getHeight();
        viewportSet = pane.getViewportBounds().getHeight();
        focusTarget().filter(n -> n.getScene() == scene && scene.getFocusOwner() != n).ifPresent(Node::requestFocus);
    }

    // The pane moves its own value when the parts above grow (it keeps the pixel offset): that is
    // put right after the layout pass. Any other change of the value is someone else's scroll.
    private void scrolledByOthers() {
        if (!setting && pane.getContent().getLayoutBounds().getHeight() == heightSet
                && pane.getViewportBounds().getHeight() == viewportSet) {
            stop();
        }
    }

    // Parts are made anew when the record changes: the control is looked up again once it left.
    private Optional<Node> control() {
        if (focused == null || focused.getScene() != root.getScene()) {
            focused = find(root, place.focusId()).orElse(null);
        }
        return Optional.ofNullable(focused);
    }

    // The user's own key, click or wheel turn ends the return: from then on the screen is theirs.
    private void watch(Scene now) {
        if (scene != null) {
            scene.removePostLayoutPulseListener(afterLayout);
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, userActs);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, userActs);
            scene.removeEventFilter(ScrollEvent.SCROLL, userActs);
        }
        scene = holding ? now : null;
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
            Platform.requestNextPulse();
            scene.addEventFilter(KeyEvent.KEY_PRESSED, userActs);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, userActs);
            scene.addEventFilter(ScrollEvent.SCROLL, userActs);
        }
    }

    private static Optional<Node> find(Parent root, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(root.lookup("#" + id));
    }

    private static boolean inside(ScrollPane pane, Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == pane.getContent()) {
                return true;
            }
        }
        return false;
    }

    private static double topInContent(ScrollPane pane, Node node) {
        Bounds in = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        return in.getMinY();
    }

    private static double visibleTop(ScrollPane pane) {
        double free = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        return Math.max(0, free) * pane.getVvalue();
    }
}
