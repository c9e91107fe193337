package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.store.open.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that work on the officer's data directory. */
@picocli.CommandLine.Command
abstract class StoreCommand {

    @Spec
    CommandSpec spec;

    final GlobalOptions options;
    final Wiring wiring;

    StoreCommand(GlobalOptions options, Wiring wiring) {
        this.options = options;
        this.wiring = wiring;
    }

    Path dataDirectory() {
        return wiring.dataDirectory(options.dataDir(), options.env());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Store openStore() {
        return wiring.openStore(dataDirectory(), !options.noDemo());
    }
}
