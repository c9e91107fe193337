package org.lastmile.app.cli;

/**
 * Opens the desktop window; the command line does not load JavaFX until this is called. The
 * launcher passes it in, so that the command line does not depend on the package that starts it.
 */
@FunctionalInterface
public interface WindowOpener {
    void open(GlobalOptions options);
}
