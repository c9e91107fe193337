package org.lastmile.app;

import org.lastmile.app.cli.CommandLineApp;

/**
 * The plain {@code main} of the jar: without a sub-command it opens the window, with one it runs
 * the command line. Kept free of JavaFX so that the command line starts without a toolkit; only
 * arguments that can only mean "open the window" start the toolkit early.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ToolkitStart toolkit = new ToolkitStart();
        if (ToolkitStart.opensWindow(args)) {
            toolkit.beginEarly(); // the toolkit starts while the command line is parsed
        }
        int exit = new CommandLineApp(System.out, System.err, System.getenv(),
                options -> DesktopLauncher.open(options, toolkit)).run(args);
        if (exit != CommandLineApp.STAYS_OPEN) {
            System.exit(exit);
        }
    }
}
