package org.lastmile.ui.controls;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/**
 * One rehearsal of a language switch in the window itself: switched to the other language, styled,
 * laid out and drawn into an image, then switched back and laid out again, all in the calling FX
 * event, so that no frame shows the other language. What JavaFX pays only on a first switch (the
 * window's own style caches, the texts shaped at the widths they have after the switch, glyphs, code
 * not yet compiled) is paid here instead of at the user's key (docs/performance.md, "The switch
 * rehearsed in the window"). The window ends as it was: texts, styles, sizes, scroll values, focus,
 * caret and selection; the language is not remembered and no field committed
 * ({@link LocaleService#rehearse}).
 */
final class SwitchRehearsal {

    private final Scene window;
    private final LocaleService locale;
    private final java.util.function.Supplier<Runnable> partsOutOfView;

    /** @param partsOutOfView takes what a switch leaves out of its frame out; returns what puts it back */
    SwitchRehearsal(Scene window, LocaleService locale, java.util.function.Supplier<Runnable> partsOutOfView) {
        this.window = window;
        this.locale = locale;
        this.partsOutOfView = partsOutOfView;
    }

    /** Rehearses the switch to {@code other}; on the FX thread, with the window showing a root. */
    void run(Language other) {
        Parent root = window.getRoot();
        // A scroll pane whose content changes height keeps its place in pixels by moving its value
        // (seen: 0.4 became 0.806 after the switch and back): each is put back where it was.
        Map<ScrollPane, double[]> scrolled = new IdentityHashMap<>();
        scrollPanes(root, scrolled);
        // A screen may move the focus on a switch (the case's editor covers the case in Tibetan
        // and takes it): it goes back to where it was, with the caret and the selection.
        Node focused = window.getFocusOwner();
        IndexRange selection = focused instanceof TextInputControl field ? field.getSelection() : null;
        int caret = focused instanceof TextInputControl field ? field.getCaretPosition() : -1;

        // As the switch: the parts out of view are left out of its frame and come back after it.
        Runnable putBack = partsOutOfView.get();
        locale.rehearse(other, () -> {
            root.applyCss();
            root.layout();
            // Drawn, not only laid out: the first frame after a switch also rasterises the
            // screen's glyphs (laid out only, the first switch gained less).
            root.snapshot(new SnapshotParameters(), null);
            putBack.run();
            root.applyCss();
            root.layout();
            root.snapshot(new SnapshotParameters(), null);
        });
        root.applyCss();
        settle(root);
        // The scroll skin moves a value again on the pass after a height changed: until it stays.
        for (int round = 0; round < 3 && !scrolledBack(scrolled); round++) {
            scrolled.forEach((pane, place) -> {
                pane.setHvalue(place[0]);
                pane.setVvalue(place[1]);
            });
            settle(root);
        }
        if (focused != null && focused.getScene() == window && window.getFocusOwner() != focused) {
            focused.requestFocus();
        }
        if (focused instanceof TextInputControl field && caret <= field.getLength()) {
            field.selectRange(caret == selection.getStart() ? selection.getEnd() : selection.getStart(), caret);
        }
    }

    /**
     * Lays the window out until it settles, as the pulses after a switch would: a wrapped text
     * breaks its lines at the width its column had in the other language until laid out again.
     */
    private static void settle(Parent root) {
        for (int pass = 0; pass < 4 && (pass == 0 || root.isNeedsLayout()); pass++) {
            root.layout();
        }
    }

    private static boolean scrolledBack(Map<ScrollPane, double[]> scrolled) {
        return scrolled.entrySet().stream().allMatch(e ->
                e.getKey().getHvalue() == e.getValue()[0] && e.getKey().getVvalue() == e.getValue()[1]);
    }

    private static void scrollPanes(Node node, Map<ScrollPane, double[]> out) {
        if (node instanceof ScrollPane pane) {
            out.put(pane, new double[] {pane.getHvalue(), pane.getVvalue()});
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                scrollPanes(child, out);
            }
        }
    }
}
