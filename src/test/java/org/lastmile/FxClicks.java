package org.lastmile;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where to click a node, found on the FX thread. {@code FxRobot.clickOn(node)} reads the node's
 * bounds on the test thread; in the whole window the FX thread may be laying the same text out at
 * that moment (the language warm-up works while the window is idle), and JavaFX's text layout then
 * fails with a NullPointerException (seen once in {@code DesktopWindowTest}). The mouse itself is
 * moved and pressed by the robot as before.
 */
public final class FxClicks {

    private FxClicks() {
    }

    /** The screen centre of the first visible node the query finds (a CSS selector or a shown text). */
    public static Point2D centre(FxRobot robot, String query) {
        return onFx(() -> centreOf(robot.lookup(query).match(NodeQueryUtils.isVisible()).query()));
    }

    /** The screen centre of {@code node}. */
    public static Point2D centre(Node node) {
        return onFx(() -> centreOf(node));
    }

    private static Point2D centreOf(Node node) {
        if (node == null) {
            throw new AssertionError("nothing to click");
        }
        // Where the node is drawn once laid out, as the user sees it before clicking: a node added
        // since the last pulse (shown by a background read or a key just now) still stands at its
        // parent's origin until the next layout pass, which a loaded machine may not have run yet.
        if (node.getScene() != null) {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
        }
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Point2D onFx(java.util.concurrent.Callable<Point2D> where) {
        try {
            // a hang's bound: a loaded 2-core machine may keep the FX thread busy for a while
            return WaitForAsyncUtils.asyncFx(where).get(3, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
