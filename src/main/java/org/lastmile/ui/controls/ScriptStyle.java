package org.lastmile.ui.controls;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.tibetan.TibetanScript;

/**
 * Pseudo-classes that pick the font by the script of the text (see {@code css/tibetan.css}):
 * <ul>
 *   <li>{@code :lang-bo} ({@link #LANG_BO_STATE}) on the scene root while the interface is in
 *       Tibetan: all text in the bundled Tibetan font, a little larger, Chinese falling back to the
 *       system's CJK font. Write selectors as {@code .root:lang-bo} and {@code .root:lang-bo .label}
 *       (a bare {@code :lang-bo .label} loses to a plain {@code .label} rule);</li>
 *   <li>{@code :bo-text} ({@link #BO_TEXT_STATE}) on a node that shows Tibetan in any interface
 *       language (a Tibetan name in the Chinese interface): JavaFX's system font draws Tibetan mixed
 *       with Latin or digits as garbage on Linux, so Tibetan text must always be in the bundled
 *       font;</li>
 *   <li>{@code :zh-text} ({@link #ZH_TEXT_STATE}) on a node that shows only Chinese, to keep it in
 *       the system font in the Tibetan interface.</li>
 * </ul>
 * Pseudo-classes, not style classes: when a node's style classes change, JavaFX matches every
 * selector again for it and its children (a new style helper each), while a pseudo-class change
 * only moves the nodes that depend on it to their other, already matched state. On the root that
 * halved the FX thread's work in a language switch; on the nodes whose text changes script with
 * the language (every label bound to a message) it took another twentieth off
 * ({@code LanguageSwitchBench}, docs/performance.md). A pseudo-class weighs less than a class in
 * CSS: tibetan.css names the few rules of the other stylesheets it must still win against.
 */
public final class ScriptStyle {

    /** The name of the pseudo-class of a root in the Tibetan interface ({@code :lang-bo} in CSS). */
    public static final String LANG_BO = "lang-bo";
    /** The pseudo-class itself. */
    public static final PseudoClass LANG_BO_STATE = PseudoClass.getPseudoClass(LANG_BO);
    /** The name of the pseudo-class of a node showing Tibetan ({@code :bo-text} in CSS). */
    public static final String BO_TEXT = "bo-text";
    /** The name of the pseudo-class of a node showing only Chinese ({@code :zh-text} in CSS). */
    public static final String ZH_TEXT = "zh-text";
    public static final PseudoClass BO_TEXT_STATE = PseudoClass.getPseudoClass(BO_TEXT);
    public static final PseudoClass ZH_TEXT_STATE = PseudoClass.getPseudoClass(ZH_TEXT);
    /**
     * On a field that takes Tibetan as often as Chinese: the Tibetan font whatever its text, so
     * that its height stays when the script typed changes (css/tibetan.css).
     */
    public static final String BO_READY = "bo-ready";

    private ScriptStyle() {
    }

    /** Marks a node by the script of its text: {@code :bo-text} when it holds any Tibetan. */
    public static void apply(Node node, String text) {
        boolean tibetan = TibetanScript.contains(text);
        boolean chinese = !tibetan && containsHan(text);
        node.pseudoClassStateChanged(BO_TEXT_STATE, tibetan);
        node.pseudoClassStateChanged(ZH_TEXT_STATE, chinese);
    }

    /** Marks a node for Tibetan whatever its text (a field for Tibetan input). */
    public static void markTibetan(Node node) {
        node.pseudoClassStateChanged(BO_TEXT_STATE, true);
    }

    /** Whether a node is marked as showing Tibetan. */
    public static boolean showsTibetan(Node node) {
        return node.getPseudoClassStates().contains(BO_TEXT_STATE);
    }

    /** Whether a node is marked by the script of its text, Tibetan or Chinese. */
    public static boolean isMarked(Node node) {
        return showsTibetan(node) || node.getPseudoClassStates().contains(ZH_TEXT_STATE);
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
}
