package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.store.DataDirectory;
import org.lastmile.store.SqliteNative;
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

    /**
     * Opens the store. The SQLite driver loads its native library from the copy in the user's cache
     * ({@link SqliteNative}), as the window does: left to itself it works out which library fits,
     * extracts it to a new temporary file and compares it byte by byte on every call, the largest
     * part of what opening the store added to a command's start (issue 18). Usually
     * {@link DriverWarmUp} has done this already, beside picocli's parsing.
     */
    Store openStore() {
        options.awaitDriver();
        SqliteNative.useCopyIn(DataDirectory.cache(options.env()));
        // A file from before V7 gets its case list rows now: most of a minute at 100,000 cases, shown on stderr.
        return wiring.openStore(dataDirectory(), !options.noDemo(),
                new FillProgressLine(spec.commandLine().getErr(), options.messages(), System::nanoTime));
    }
}
