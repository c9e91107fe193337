package org.lastmile.sync;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.i18n.Messages;

/**
 * The note kept with a file that this laptop could not read ({@code sync_blobs.result_detail}),
 * written so that a person reading the table understands it and the screen and the command line
 * can say it in the current language: {@code unreadable: PATH (WHY)}, or, for a fault that may pass
 * but did not, {@code unreadable N times: PATH (WHY)}.
 */
public final class FileProblem {

    private static final Pattern NOTE = Pattern.compile("unreadable(?: (\\d+) times)?: (.*) \\((.*)\\)", Pattern.DOTALL);

    private FileProblem() {
    }

    /** The note for a file that cannot be read now (gone, forbidden, shorter than recorded). */
    public static String unreadable(Path file, String why) {
        return "unreadable: " + file + " (" + why + ")";
    }

    /** The note for a file that could not be read in {@code tries} syncs. */
    public static String unreadable(Path file, String why, int tries) {
        return "unreadable " + tries + " times: " + file + " (" + why + ")";
    }

    /** The note in {@code m}'s language, when it is one of these notes. */
    public static Optional<String> text(Messages m, String note) {
        Matcher n = note == null ? null : NOTE.matcher(note);
        if (n == null || !n.matches()) {
            return Optional.empty();
        }
        return Optional.of(n.group(1) == null ? m.get("sync.upload.error.unreadable", n.group(2), n.group(3))
                : m.get("sync.upload.error.unreadableTries", Integer.parseInt(n.group(1)), n.group(2), n.group(3)));
    }
}
