package org.lastmile.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lastmile}: with no sub-command, opens the window. */
@Command(name = "lastmile", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class LastMileCommand implements Callable<Integer> {

    @Mixin
    final GlobalOptions options;

    private final WindowOpener windowOpener;

    LastMileCommand(GlobalOptions options, WindowOpener windowOpener) {
        this.options = options;
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        windowOpener.open(options);
        return CommandLineApp.STAYS_OPEN;
    }
}
