package org.lastmile.app.cli;

import picocli.CommandLine;

/** The sub-commands of {@code lastmile}, one line each. */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine root, GlobalOptions options) {
        // Sub-commands are added here as the packages they front are built.
        root.addSubcommand(GnssCommand.create(options));
    }
}
