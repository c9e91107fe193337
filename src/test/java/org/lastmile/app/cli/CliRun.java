package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.lastmile.app.wiring.Wiring;

/** Runs the command line in-process and captures what it prints. */
public final class CliRun {

    public final int exit;
    public final String out;
    public final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    public static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLineApp(new PrintWriter(out), new PrintWriter(err), env,
                options -> {
                    throw new AssertionError("the window must not open in this test");
                }, new Wiring(org.lastmile.store.TestStores.CLOCK)).run(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
