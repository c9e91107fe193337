package org.lastmile.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;

/**
 * Readies the Tibetan interface after start-up, a few texts per frame, so that the first switch to
 * Tibetan costs what the later ones do. The first switch used to take 411 ms against 114 ms for the
 * later ones on a quiet machine (docs/performance.md, "Language switch"): the Tibetan bundle was
 * read, Pango loaded the bundled Tibetan font and its shaping tables, and every glyph was rasterised
 * for the first time, all on the FX thread between the key and the frame. Here the Tibetan
 * messages are read through the same {@link LocaleService} instance a switch uses, and shown in
 * Labels of an off-screen scene with the window's stylesheets under {@code :lang-bo}, styled, laid
 * out and drawn into a snapshot: that loads the font and fills the glyph cache. JavaFX does not keep
 * the shaped runs of complex text, so the later switches still shape each text; this takes only the
 * one-time part off the critical path.
 */
public final class ScriptWarmUp {

    /** Texts per frame: small enough that typing in the case list does not stutter meanwhile. */
    static final int PER_FRAME = 60;

    private ScriptWarmUp() {
    }

    /**
     * Styles the window's own nodes once in the other interface and back, in one event, so no frame
     * shows it: JavaFX keeps the styles it matched per pseudo-class state (per root and per chain
     * of style classes), so the first real switch finds the {@code :lang-bo} styles of the screen's
     * kinds of nodes already matched. Texts do not change, so nothing is shaped here.
     */
    static void styleBothWays(Scene window) {
        if (window.getRoot() == null) {
            return;
        }
        boolean tibetan = ScriptStyle.isTibetan(window.getRoot());
        window.getRoot().pseudoClassStateChanged(ScriptStyle.LANG_BO_STATE, !tibetan);
        window.getRoot().applyCss();
        window.getRoot().pseudoClassStateChanged(ScriptStyle.LANG_BO_STATE, tibetan);
        window.getRoot().applyCss();
    }

    /**
     * Starts warming up the languages the interface is not in (Tibetan first), on the frames after
     * this call, with the stylesheets of the window's scene. Call on the FX thread once the window is
     * on screen.
     */
    public static void start(Scene window, LocaleService locale) {
        List<Language> others = new ArrayList<>(List.of(Language.TIBETAN, Language.CHINESE));
        others.remove(locale.getLanguage());
        List<String> texts = new ArrayList<>();
        List<Language> textLanguage = new ArrayList<>();
        for (Language language : others) {
            Messages messages = locale.messagesIn(language);
            List<String> keys = new ArrayList<>(messages.bundle().keySet());
            Collections.sort(keys);
            for (String key : keys) {
                String value = messages.bundle().getString(key);
                if (!value.contains("{")) {
                    texts.add(messages.get(key));
                    textLanguage.add(language);
                }
            }
        }
        styleBothWays(window);
        new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                if (next >= texts.size()) {
                    stop();
                    return;
                }
                Language language = textLanguage.get(next);
                FlowPane pane = new FlowPane(4, 4);
                pane.setPrefWrapLength(1000);
                for (int i = 0; i < PER_FRAME && next < texts.size() && textLanguage.get(next) == language; i++) {
                    pane.getChildren().add(new Label(texts.get(next++)));
                }
                ScriptStyle.applyLanguage(pane, language);
                Scene offscreen = new Scene(pane);
                offscreen.getStylesheets().setAll(window.getStylesheets());
                pane.applyCss();
                pane.layout();
                pane.snapshot(new SnapshotParameters(), null);
            }
        }.start();
    }
}
