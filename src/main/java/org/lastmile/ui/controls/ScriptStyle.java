package org.lastmile.ui.controls;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.tibetan.TibetanScript;

/**
 * Style classes that pick the font by the script of the text (see {@code css/tibetan.css}):
 * <ul>
 *   <li>{@value #LANG_BO} on the scene root while the interface is in Tibetan: all text in the
 *       bundled Tibetan font, a little larger, Chinese falling back to the system's CJK font;</li>
 *   <li>{@value #BO_TEXT} on a node that shows Tibetan in any interface language (a Tibetan name
 *       in the Chinese interface): JavaFX's system font draws Tibetan mixed with Latin or digits as
 *       garbage on Linux, so Tibetan text must always be in the bundled font;</li>
 *   <li>{@value #ZH_TEXT} on a node that shows only Chinese, to keep it in the system font in the
 *       Tibetan interface.</li>
 * </ul>
 */
public final class ScriptStyle {

    public static final String LANG_BO = "lang-bo";
    public static final String BO_TEXT = "bo-text";
    public static final String ZH_TEXT = "zh-text";

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

    /** Sets {@value #LANG_BO} on a scene root for the interface language. */
    public static void applyLanguage(Parent root, Language language) {
        set(root.getStyleClass(), LANG_BO, language == Language.TIBETAN);
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
