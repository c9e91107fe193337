package org.lastmile.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups sub-commands: called alone, it says which are available. */
@picocli.CommandLine.Command
abstract class ParentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        String names = String.join(", ", spec.subcommands().keySet());
        org.lastmile.common.LocalizedException why = new org.lastmile.common.LocalizedException(
                "cli.error.subcommandMissing", spec.qualifiedName(), names);
        throw new ParameterException(spec.commandLine(), why.getMessage(), why);
    }
}
