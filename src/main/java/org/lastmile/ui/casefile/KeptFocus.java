package org.lastmile.ui.casefile;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Rebuilding part of the case (its parties' rows, its header) after every save must not take the
 * focus away: the button that had it (a party's Edit button, where the editor's Esc returned) is
 * made anew under the same id, and gets the focus back.
 */
final class KeptFocus {

    private KeptFocus() {
    }

    /** Runs {@code rebuild}; if a node inside {@code part} had the focus, its namesake gets it back. */
    static void around(Parent part, Runnable rebuild) {
        Node owner = part.getScene() == null ? null : part.getScene().getFocusOwner();
        String id = owner != null && owner.getId() != null && inside(owner, part) ? owner.getId() : null;
        rebuild.run();
        if (id != null && part.getScene() != null) {
            Node again = part.lookup("#" + id);
            if (again != null && !again.isDisabled()) {
                again.requestFocus();
            }
        }
    }

    static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
