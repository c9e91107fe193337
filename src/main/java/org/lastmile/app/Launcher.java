package org.lastmile.app;

import java.util.Optional;
import org.lastmile.app.cli.CommandLineApp;
import org.lastmile.app.cli.GlobalOptions;
import org.lastmile.app.cli.WindowArguments;

/**
 * The plain {@code main} of the jar: without a sub-command it opens the window, with one it runs
 * the command line. Kept free of JavaFX so that the command line starts without a toolkit.
 * Arguments that can only open the window skip picocli (see {@link WindowArguments}), so that the
 * store starts opening at once.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<GlobalOptions> window = WindowArguments.parse(args, System.getenv());
        if (window.isPresent()) {
            DesktopLauncher.open(window.get());
            return; // the process lives until the window closes
        }
        int exit = new CommandLineApp(System.out, System.err, System.getenv(), DesktopLauncher::open).run(args);
        if (exit != CommandLineApp.STAYS_OPEN) {
            System.exit(exit);
        }
    }
}
