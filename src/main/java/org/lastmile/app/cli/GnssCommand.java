package org.lastmile.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lastmile gnss}: the GNSS tools ({@code parse}, {@code average}); alone, prints its usage. */
@Command(name = "gnss", mixinStandardHelpOptions = true)
final class GnssCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The {@code gnss} command with its sub-commands. */
    static CommandLine create(GlobalOptions options) {
        CommandLine gnss = new CommandLine(new GnssCommand());
        gnss.addSubcommand(new GnssParseCommand(options));
        gnss.addSubcommand(new GnssAverageCommand(options));
        return gnss;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
