package org.lastmile.app;

import org.lastmile.app.cli.CommandLineApp;

/**
 * The plain {@code main} of the jar: without a sub-command it opens the window, with one it runs
 * the command line. Kept free of JavaFX so that the command line starts without a toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int exit = new CommandLineApp(System.out, System.err, System.getenv()).run(args);
        if (exit != CommandLineApp.STAYS_OPEN) {
            System.exit(exit);
        }
    }
}
