package org.lastmile.ui.main;

import java.util.ArrayList;
import java.util.List;

/**
 * The screens open in the window, by screen id in tab order, and the one shown: what the window
 * opens again after a restart (or a kill: it is remembered as it changes). Kept as text, one id per
 * line, the shown one marked with a leading {@code *}.
 *
 * @param ids the open screens' ids, in tab order
 * @param shown the id of the screen shown, or null
 */
public record OpenScreens(List<String> ids, String shown) {

    public OpenScreens {
        ids = List.copyOf(ids);
    }

    /** The remembered text. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(id.equals(shown) ? "*" : "").append(id).append('\n');
        }
        return text.toString();
    }

    /** Reads remembered text; lines it cannot use are left out. */
    public static OpenScreens parse(String text) {
        List<String> ids = new ArrayList<>();
        String shown = null;
        for (String line : text.split("\n")) {
            boolean marked = line.strip().startsWith("*");
            String id = (marked ? line.strip().substring(1) : line).strip();
            if (id.isEmpty()) {
                continue;
            }
            shown = marked ? id : shown;
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return new OpenScreens(ids, shown);
    }
}
