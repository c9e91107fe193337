package org.lastmile.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.MessageKeyed;
import org.lastmile.i18n.Messages;
import picocli.CommandLine;

/**
 * Builds the {@code lastmile} command line: parses, runs the sub-command, and turns every problem
 * into one localized line on stderr with a non-zero exit code (2 for bad input), never a stack
 * trace.
 */
public final class CommandLineApp {

    /** Returned when the window was opened: the process lives until the window closes. */
    public static final int STAYS_OPEN = Integer.MIN_VALUE;

    /** Exit code for bad input: a file, argument or value the user can correct. */
    public static final int BAD_INPUT = 2;

    /** Exit code for an unexpected internal failure. */
    public static final int INTERNAL_ERROR = 70;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final WindowOpener windowOpener;
    private final Wiring wiring;

    /**
     * The command line of the jar's {@code main}.
     *
     * @param windowOpener opens the window when no sub-command is given (the composition root's,
     *     passed in so that this package does not depend on the one that launches it)
     */
    public CommandLineApp(PrintStream out, PrintStream err, Map<String, String> env,
            WindowOpener windowOpener) {
        this(new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8),
                env, windowOpener, Wiring.system());
    }

    public CommandLineApp(PrintWriter out, PrintWriter err, Map<String, String> env,
            WindowOpener windowOpener) {
        this(out, err, env, windowOpener, Wiring.system());
    }

    public CommandLineApp(PrintWriter out, PrintWriter err, Map<String, String> env,
            WindowOpener windowOpener, Wiring wiring) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.windowOpener = windowOpener;
        this.wiring = wiring;
    }

    /** Runs the command line; returns the exit code, or {@link #STAYS_OPEN}. */
    public int run(String... args) {
        GlobalOptions options = new GlobalOptions(env);
        // Before picocli's model of every command is built: the driver loads meanwhile.
        options.driverWarmUp(DriverWarmUp.forArguments(args, org.lastmile.store.DataDirectory.cache(env)));
        CommandLine cli = new CommandLine(new LastMileCommand(options, windowOpener));
        Commands.register(cli, options, wiring);
        // Help and usage follow the language asked for on this very command line.
        Messages messages = Messages.of(earlyLanguage(args, options));
        cli.setResourceBundle(new CliHelpBundle(messages.bundle()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println(UsageErrors.describe(ex, arguments, messages));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, options.messages()));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private int report(Exception ex, Messages messages) {
        Throwable problem = ex;
        while (!(problem instanceof MessageKeyed) && problem.getCause() != null && problem.getCause() != problem) {
            problem = problem.getCause();
        }
        if (problem instanceof MessageKeyed keyed) {
            err.println(messages.get(keyed));
            return BAD_INPUT;
        }
        err.println(messages.get("cli.error.internal", String.valueOf(ex)));
        return INTERNAL_ERROR;
    }

    private static org.lastmile.i18n.Language earlyLanguage(String[] args, GlobalOptions options) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                options.lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                options.lang = args[i].substring("--lang=".length());
            }
        }
        return options.language().orElse(org.lastmile.i18n.Language.CHINESE);
    }
}
