package org.lastmile.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a control into the view of the scroll pane it is in, when it is out of it. */
public final class InView {

    private InView() {
    }

    /**
     * If {@code node} lies partly outside the view of the nearest scroll pane it is in, scrolls
     * that pane so that the node's top stands a third of the view from its top (the lines the
     * user reads next below it). Does nothing to a node in view or in no scroll pane.
     */
    public static void bring(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane pane && pane.getContent() != null) {
                Bounds in = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = pane.getViewportBounds().getHeight();
                double free = pane.getContent().getBoundsInLocal().getHeight() - viewport;
                double top = pane.getVvalue() * Math.max(0, free);
                if (free > 0 && (in.getMinY() < top || in.getMaxY() > top + viewport)) {
                    pane.setVvalue(Math.min(1, Math.max(0, (in.getMinY() - viewport / 3) / free)));
                }
                return;
            }
        }
    }
}
