package org.lastmile.ui.controls;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.tibetan.TibetanScript;

/**
 * Style classes that pick the font by the script of the text (see {@code css/tibetan.css}):
 * <ul>
 *   <li>the pseudo-class {@code :lang-bo} ({@link #LANG_BO_STATE}) on the scene root while the
 *       interface is in Tibetan: all text in the bundled Tibetan font, a little larger, Chinese
 *       falling back to the system's CJK font. A pseudo-class, not a style class: when a style
 *       class of the root changes JavaFX matches every selector again for every node in the scene
 *       (a new style helper each), while a pseudo-class change only moves the nodes that depend on
 *       it to their other state. That halved the FX thread's work in a language switch
 *       ({@code LanguageSwitchBench}, docs/performance.md). Write selectors as
 *       {@code .root:lang-bo} and {@code .root:lang-bo .label} (a bare {@code :lang-bo .label} loses to a plain {@code .label} rule; {@code .lang-bo} matches nothing);</li>
 *   <li>{@value #BO_TEXT} on a node that shows Tibetan in any interface language (a Tibetan name
 *       in the Chinese interface): JavaFX's system font draws Tibetan mixed with Latin or digits as
 *       garbage on Linux, so Tibetan text must always be in the bundled font;</li>
 *   <li>{@value #ZH_TEXT} on a node that shows only Chinese, to keep it in the system font in the
 *       Tibetan interface.</li>
 * </ul>
 */
public final class ScriptStyle {

    /** The name of the pseudo-class of a root in the Tibetan interface ({@code :lang-bo} in CSS). */
    public static final String LANG_BO = "lang-bo";
    /** The pseudo-class itself. */
    public static final PseudoClass LANG_BO_STATE = PseudoClass.getPseudoClass(LANG_BO);
    public static final String BO_TEXT = "bo-text";
    public static final String ZH_TEXT = "zh-text";
    /**
     * On a field that takes Tibetan as often as Chinese: the Tibetan font whatever its text, so
     * that its height stays when the script typed changes (css/tibetan.css).
     */
    public static final String BO_READY = "bo-ready";

    private ScriptStyle() {
    }

    /** Marks a node by the script of its text: {@value #BO_TEXT} when it holds any Tibetan. */
    public static void apply(Node node, String text) {
        ObservableList<String> classes = node.getStyleClass();
        boolean tibetan = TibetanScript.contains(text);
        boolean chinese = !tibetan && containsHan(text);
        set(classes, BO_TEXT, tibetan);
        set(classes, ZH_TEXT, chinese);
    }

    /** Keeps a node marked by the script of a changing text (a label bound to a name). */
    public static void follow(Node node, ObservableStringValue text) {
        apply(node, text.get());
        text.addListener((obs, old, now) -> apply(node, now));
    }

    /** Sets the pseudo-class {@code :lang-bo} on a scene root for the interface language. */
    public static void applyLanguage(Parent root, Language language) {
        root.pseudoClassStateChanged(LANG_BO_STATE, language == Language.TIBETAN);
    }

    /** Whether a root is styled for the Tibetan interface. */
    public static boolean isTibetan(Node root) {
        return root.getPseudoClassStates().contains(LANG_BO_STATE);
    }

    private static boolean containsHan(String text) {
        return text != null && text.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static void set(ObservableList<String> classes, String styleClass, boolean present) {
        if (present && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!present) {
            classes.removeAll(styleClass);
        }
    }
}
