package org.lastmile.ui.controls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.Pane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;

/**
 * Readies the other interface language while the window is idle, so that the first switch costs
 * what the later ones do (docs/performance.md, "Language switch"). What a first switch to Tibetan
 * paid for, on the FX thread between the key and the frame: reading the bundle, loading the font
 * and rasterising its glyphs, matching the styles of the screen's kinds of nodes under
 * {@code :lang-bo}, and shaping every text of the screen in the Tibetan font to measure it — the
 * Labels' four sizes and every syllable and candidate line of each {@link WrappingText}, which
 * later switches find in the window's {@link TextMeasures}.
 *
 * <p>Three kinds of work, in small pieces on the frames after a request (at most
 * {@link #FRAME_BUDGET_NANOS} of the FX thread per frame, so input is handled between them):
 * <ol>
 *   <li>once after start-up, every bundle message of the other languages in Labels of an
 *       off-screen scene, drawn into a snapshot (bundle, font, glyphs);</li>
 *   <li>the window, when a screen or rows appeared in it, styled once in the other language and
 *       back within one event ({@link #styleBothWays}: no frame shows it, and the texts do not
 *       change); and once its texts are rehearsed (3.) and no key, click or pointer move came for
 *       {@link #IDLE}, switched to the other language for real, laid out, drawn off screen and
 *       switched back, again in one event ({@link SwitchRehearsal}): what JavaFX pays only on a
 *       first switch (the styles, shapes and glyphs of the screen's own nodes at their real widths,
 *       and the code paths not yet compiled) is then paid while the user reads, not at the key;</li>
 *   <li>each Label and {@link WrappingText} of the window, once per text and language, rehearsed
 *       off-screen: a stand-in with the text it will show in the other language (its bundle
 *       message, or the same text when it is data, a name or a transcript), under stand-ins of its
 *       ancestors with their style classes, in a scene with the window's stylesheets and
 *       {@link TextMeasures}, is measured as the layout pass after a switch will measure it.</li>
 * </ol>
 * What is shown never changes; a switch meanwhile drops the queued work and starts over for the
 * new other language. The window is looked at again {@link #SETTLE} after anything in it changed
 * (a record's rows arrive after its screen is shown).
 */
public final class ScriptWarmUp {

    /** FX-thread time per frame: well under a frame, so that typing does not stutter meanwhile. */
    static final long FRAME_BUDGET_NANOS = 6_000_000;
    /** Bundle texts per piece of the start-up work. */
    static final int PER_PIECE = 30;
    /** Rehearsed texts per piece. */
    static final int REHEARSED_PER_PIECE = 12;
    /**
     * From how many texts not yet readied on the window is styled both ways: a screen shown or rows
     * added bring new kinds of nodes, a label re-texted does not.
     */
    static final int NEW_SCREEN = 20;
    /** How long the window is left alone after a change before its new texts are rehearsed. */
    static final Duration SETTLE = Duration.seconds(1);
    /**
     * How long no input must have come before the switch is rehearsed in the window: the rehearsal
     * holds the FX thread for about two switches (~0.2 s here), which a key typed meanwhile waits for.
     */
    static final Duration IDLE = Duration.seconds(1);

    private final Scene window;
    private final LocaleService locale;
    private final Deque<Runnable> work = new ArrayDeque<>();
    /**
     * The pieces readying what the window shows now: run ahead of {@link #work}, and replaced, not
     * added to, when the window is looked at again (each time the rest of the texts not yet readied).
     */
    private final Deque<Runnable> shown = new ArrayDeque<>();
    /** While the warm-up itself restyles the window: that is no change of the window. */
    private boolean ownChange;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runPieces();
        }
    };
    private final PauseTransition settled = new PauseTransition(SETTLE);
    /** Looks again whether the window is idle enough to rehearse the switch in it. */
    private final PauseTransition idle = new PauseTransition(IDLE);
    private final boolean rehearseSwitches;
    private final java.util.function.Supplier<Runnable> partsOutOfView;
    private static final java.util.function.Supplier<Runnable> NOTHING_HELD = () -> () -> { };
    /** A new screen was seen since the switch was last rehearsed in the window. */
    private boolean switchDue;
    private long lastInput;
    private int switchesRehearsed;
    /** Per node, the texts and languages it was rehearsed in (each once: switching back and forth). */
    private final Map<Node, java.util.Set<String>> rehearsed = new WeakHashMap<>();
    /** Per pair of languages, each bundle text of the first and the same message in the second. */
    private final Map<String, Map<String, String>> translations = new HashMap<>();
    private static final boolean TRACE = Boolean.getBoolean("lastmile.trace");
    private boolean running;
    /** FX-thread time spent so far (traced with -Dlastmile.trace=true). */
    private long busy;
    private long changedAt;

    public ScriptWarmUp(Scene window, LocaleService locale) {
        this(window, locale, true, NOTHING_HELD);
    }

    /**
     * @param rehearseSwitches whether the switch itself is rehearsed in the window when it is idle
     *     ({@link #rehearseSwitch}); the window tests leave it out (their test thread reads the
     *     window between FX events, and this changes the language for one event)
     * @param partsOutOfView what a switch does first: takes the parts of the shown screen out of
     *     view out of the scene for the switch's frame, and returns what puts them back; the
     *     rehearsal does the same, so that it styles what the first switch will
     */
    public ScriptWarmUp(Scene window, LocaleService locale, boolean rehearseSwitches,
            java.util.function.Supplier<Runnable> partsOutOfView) {
        this.window = window;
        this.locale = locale;
        this.rehearseSwitches = rehearseSwitches;
        this.partsOutOfView = partsOutOfView;
        idle.setOnFinished(e -> rehearseSwitchWhenIdle());
        window.addEventFilter(InputEvent.ANY, e -> lastInput = System.nanoTime());
        settled.setOnFinished(e -> {
            long quiet = System.nanoTime() - changedAt;
            if (quiet < (long) SETTLE.toMillis() * 1_000_000) {
                settled.playFrom(Duration.millis(quiet / 1_000_000.0));
            } else {
                rehearseWindow();
            }
        });
    }

    /**
     * Starts: the bundles of the other languages, then the window as it is, then again whenever the
     * window has settled after a change, and after each language switch. Call on the FX thread
     * once the window is on screen.
     */
    public void start() {
        queueBundles();
        rehearseWindow();
        locale.languageProperty().addListener((obs, old, now) -> {
            if (locale.isRehearsing()) {
                return;
            }
            work.clear();
            shown.clear();
            changed();
        });
        if (window.getRoot() != null) {
            window.getRoot().needsLayoutProperty().addListener((obs, was, now) -> {
                if (now && !ownChange) {
                    changed();
                }
            });
        }
    }

    private void changed() {
        changedAt = System.nanoTime();
        if (settled.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            settled.playFromStart();
        }
    }

    private void queue(Runnable piece) {
        work.add(piece);
        if (!running) {
            running = true;
            frames.start();
        }
    }

    private void runPieces() {
        long start = System.nanoTime();
        while (!(shown.isEmpty() && work.isEmpty()) && System.nanoTime() - start < FRAME_BUDGET_NANOS) {
            (shown.isEmpty() ? work : shown).poll().run();
        }
        busy += System.nanoTime() - start;
        if (shown.isEmpty() && work.isEmpty()) {
            frames.stop();
            running = false;
            if (TRACE) {
                System.out.println("warm-up idle after " + busy / 1_000_000 + " ms of FX thread");
            }
        }
    }

    private List<Language> others() {
        List<Language> others = new ArrayList<>(List.of(Language.TIBETAN, Language.CHINESE));
        others.remove(locale.getLanguage());
        return others;
    }

    /** Every bundle message without placeholders of the other languages, in off-screen Labels. */
    private void queueBundles() {
        for (Language language : others()) {
            Messages messages = locale.messagesIn(language);
            List<String> keys = new ArrayList<>(messages.bundle().keySet());
            Collections.sort(keys);
            List<String> texts = new ArrayList<>();
            for (String key : keys) {
                if (!messages.bundle().getString(key).contains("{")) {
                    texts.add(messages.get(key));
                }
            }
            for (int from = 0; from < texts.size(); from += PER_PIECE) {
                List<String> piece = texts.subList(from, Math.min(texts.size(), from + PER_PIECE));
                queue(() -> showOffScreen(piece, language));
            }
        }
    }

    private void showOffScreen(List<String> texts, Language language) {
        FlowPane pane = new FlowPane(4, 4);
        pane.setPrefWrapLength(1000);
        for (String text : texts) {
            pane.getChildren().add(new Label(text));
        }
        ScriptStyle.applyLanguage(pane, language);
        offScreenScene(pane);
        pane.applyCss();
        pane.layout();
        pane.snapshot(new SnapshotParameters(), null);
    }

    private Scene offScreenScene(Parent root) {
        Scene offscreen = new Scene(root);
        offscreen.getStylesheets().setAll(window.getStylesheets());
        TextMeasures measures = window.getRoot() == null ? null : TextMeasures.of(window.getRoot());
        if (measures != null) {
            measures.install(offscreen);
        }
        return offscreen;
    }

    /** Queues what the window shows now that has not been readied for the other language. */
    private void rehearseWindow() {
        Parent root = window.getRoot();
        if (root == null || others().isEmpty()) {
            return;
        }
        Language to = others().get(0);
        List<Node> texts = new ArrayList<>();
        collect(root, to, texts);
        if (texts.isEmpty()) {
            return;
        }
        // Ahead of the bundles still queued: the texts on screen are what the next switch measures.
        List<Runnable> pieces = new ArrayList<>();
        if (texts.size() >= NEW_SCREEN) {
            if (rehearseSwitches) {
                switchDue = true;
                idle.playFromStart();
            }
            pieces.add(() -> {
                // Restyling needs a layout of the window: not a change to look at again for (a
                // change every second kept the warm-up styling the window over and over, and the
                // texts were readied a dozen per second: a first switch under load shaped 300).
                ownChange = true;
                try {
                    styleBothWays(window);
                } finally {
                    ownChange = false;
                }
            });
        }
        Mirror mirror = new Mirror(to, locale.textsIn(to));
        for (int from = 0; from < texts.size(); from += REHEARSED_PER_PIECE) {
            List<Node> piece = texts.subList(from, Math.min(texts.size(), from + REHEARSED_PER_PIECE));
            pieces.add(() -> {
                if (locale.getLanguage() != to && others().get(0) == to) {
                    mirror.rehearse(piece);
                }
            });
        }
        shown.clear();
        shown.addAll(pieces);
        queue(() -> { });
    }

    /** Rehearses the switch once the texts are rehearsed and no input came for {@link #IDLE}. */
    private void rehearseSwitchWhenIdle() {
        if (!switchDue) {
            return;
        }
        if (window.getWindow() == null || !window.getWindow().isShowing()) {
            switchDue = false;
            return;
        }
        boolean quiet = System.nanoTime() - lastInput >= (long) IDLE.toMillis() * 1_000_000;
        // Not while the user works in a dialog or a drop-down over the window (its input does not
        // pass this window's filter): a signature stroke must not stall for the rehearsal.
        if (!quiet || !shown.isEmpty() || !window.getWindow().isFocused() || ownsShowing(window.getWindow())) {
            idle.playFromStart();
            return;
        }
        switchDue = false;
        rehearseSwitch();
    }

    private static boolean ownsShowing(Window main) {
        for (Window other : Window.getWindows()) {
            Window owner = other instanceof Stage stage ? stage.getOwner()
                    : other instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
            if (other != main && other.isShowing() && owner == main) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rehearses a switch to the other language in the window now ({@link SwitchRehearsal}). Called
     * by the warm-up when the window is idle after a new screen; public for the window's tests.
     *
     * @return whether the switch was rehearsed (not when the window shows no root)
     */
    public boolean rehearseSwitch() {
        if (window.getRoot() == null || others().isEmpty()) {
            return false;
        }
        long start = System.nanoTime();
        ownChange = true;
        try {
            new SwitchRehearsal(window, locale, partsOutOfView).run(others().get(0));
        } finally {
            ownChange = false;
        }
        switchesRehearsed++;
        busy += System.nanoTime() - start;
        if (TRACE) {
            System.out.println("switch rehearsed in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return true;
    }

    /** How many times the switch was rehearsed in the window. */
    public int switchesRehearsed() {
        return switchesRehearsed;
    }

    private boolean done(Node node, Language to, String text) {
        java.util.Set<String> texts = rehearsed.get(node);
        return texts != null && texts.contains(to.tag() + "|" + text);
    }

    private void mark(Node node, Language to, String text) {
        java.util.Set<String> texts = rehearsed.computeIfAbsent(node, n -> new java.util.HashSet<>());
        if (texts.size() > 8) {
            texts.clear(); // a node whose text keeps changing (a counter) is not remembered forever
        }
        texts.add(to.tag() + "|" + text);
    }

    private void collect(Node node, Language to, List<Node> out) {
        if (node instanceof Label label) {
            if (label.getGraphic() == null && !label.isWrapText() && label.getText() != null
                    && !label.getText().isEmpty() && !done(label, to, label.getText())) {
                out.add(label);
            }
            return;
        }
        if (node instanceof WrappingText text) {
            if (text.getText() != null && !text.getText().isEmpty()
                    && !done(text, to, text.getText())) {
                out.add(text);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, to, out);
            }
        }
    }

    /**
     * What a text of the interface now will be in another language: the same bundle message there,
     * also when it was formatted with arguments lately ({@link Messages#sameIn}); a text that is no
     * message (a name, a transcript) stays as it is.
     */
    private String inOther(String text, Language to, Function<String, Optional<String>> bound) {
        Map<String, String> pairs = translations.computeIfAbsent(locale.getLanguage().tag() + ">" + to.tag()
                + locale.tibetanDigitsProperty().get(), k -> {
                    Messages now = locale.messagesIn(locale.getLanguage());
                    Messages other = locale.messagesIn(to);
                    Map<String, String> map = new HashMap<>();
                    for (String key : now.bundle().keySet()) {
                        if (!now.bundle().getString(key).contains("{") && other.bundle().containsKey(key)) {
                            map.putIfAbsent(now.get(key), other.get(key));
                        }
                    }
                    return map;
                });
        String plain = pairs.get(text);
        if (plain != null) {
            return plain;
        }
        Optional<String> computed = bound.apply(text);
        if (computed.isPresent()) {
            return computed.get();
        }
        return locale.messagesIn(locale.getLanguage()).sameIn(locale.messagesIn(to), text).orElse(text);
    }

    /**
     * Stand-ins of the window's nodes in an off-screen scene under the other language: each stand-in
     * ancestor has its original's style classes, id, inline style and pseudo-classes, so that the
     * stylesheets give a stand-in text the font and padding the original will get after a switch.
     */
    private final class Mirror {
        private final Language to;
        /** The window's bound texts computed in the other language (LocaleService#textsIn). */
        private final Function<String, Optional<String>> bound;
        private final Map<Parent, Pane> stand = new IdentityHashMap<>();
        private final Pane root = new Pane();

        Mirror(Language to, Function<String, Optional<String>> bound) {
            this.to = to;
            this.bound = bound;
            copyStyle(window.getRoot(), root);
            ScriptStyle.applyLanguage(root, to);
            offScreenScene(root);
            stand.put(window.getRoot(), root);
        }

        void rehearse(List<Node> nodes) {
            List<Runnable> measurements = new ArrayList<>();
            for (Node node : nodes) {
                if (node.getScene() != window) {
                    continue;
                }
                Pane parent = standIn(node.getParent());
                if (parent == null) {
                    continue;
                }
                if (node instanceof Label label) {
                    Label copy = new Label(inOther(label.getText(), to, bound));
                    copyStyle(label, copy);
                    rescript(label, copy, copy.getText());
                    copy.setMnemonicParsing(label.isMnemonicParsing());
                    copy.setTextOverrun(label.getTextOverrun());
                    copy.setContentDisplay(label.getContentDisplay());
                    parent.getChildren().add(copy);
                    measurements.add(() -> {
                        copy.minWidth(-1);
                        copy.prefWidth(-1);
                        copy.minHeight(-1);
                        copy.prefHeight(-1);
                    });
                    mark(label, to, label.getText());
                } else if (node instanceof WrappingText text) {
                    WrappingText copy = new WrappingText(inOther(text.getText(), to, bound));
                    copyStyle(text, copy);
                    ScriptStyle.apply(copy, copy.getText()); // a wrapping text follows its text
                    parent.getChildren().add(copy);
                    double width = text.getWidth();
                    measurements.add(() -> {
                        copy.prefWidth(-1);
                        if (width > 0) {
                            copy.prefHeight(width);
                        }
                    });
                    mark(text, to, text.getText());
                }
            }
            root.applyCss();
            measurements.forEach(Runnable::run);
        }

        private Pane standIn(Parent original) {
            if (original == null) {
                return null;
            }
            Pane known = stand.get(original);
            if (known != null) {
                return known;
            }
            Pane parent = standIn(original.getParent());
            if (parent == null) {
                return null;
            }
            Pane copy = new Pane();
            copyStyle(original, copy);
            parent.getChildren().add(copy);
            stand.put(original, copy);
            return copy;
        }

        private void copyStyle(Node original, Node copy) {
            copy.getStyleClass().setAll(original.getStyleClass());
            copy.setId(original.getId());
            copy.setStyle(original.getStyle());
            for (PseudoClass state : original.getPseudoClassStates()) {
                if (state != ScriptStyle.LANG_BO_STATE) {
                    copy.pseudoClassStateChanged(state, true);
                }
            }
        }

        /** The script marks the original's new text will give it, when it follows its text. */
        private void rescript(Node original, Node copy, String text) {
            if (ScriptStyle.isMarked(original)) {
                ScriptStyle.apply(copy, text);
            }
        }
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
}
