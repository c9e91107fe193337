package org.lastmile.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.text.Font;

/**
 * A menu button whose text is always drawn in the button's own font. JavaFX draws a menu
 * button's text with an inner Label that copies the button's font but is also styled by CSS on its
 * own; after a switch out of the Tibetan interface (the root's {@code :lang-bo} cleared) that
 * label's CSS pass set the Tibetan interface's font (16 px LastMile Uchen) back on it, after it had
 * taken the button's new one, and it kept it through later switches (the record screen's three
 * "add person" buttons after bo → en → zh, {@code SwitchedFontsTest}). Here the inner label's font
 * is put back to the button's whenever anything else sets it.
 *
 * <p>Set on every menu button of the window by {@code lastmile.css} ({@code -fx-skin}).
 */
public class FontFollowingMenuButtonSkin extends MenuButtonSkin {

    public FontFollowingMenuButtonSkin(MenuButton button) {
        super(button);
        for (Node child : getChildren()) {
            if (child instanceof Label label) {
                label.fontProperty().addListener((obs, old, now) -> follow(label, button.getFont()));
                button.fontProperty().addListener((obs, old, now) -> follow(label, now));
            }
        }
    }

    private static void follow(Label label, Font font) {
        if (font != null && !font.equals(label.getFont())) {
            label.setFont(font);
        }
    }
}
