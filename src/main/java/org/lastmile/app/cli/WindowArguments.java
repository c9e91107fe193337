package org.lastmile.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of {@code lastmile} when they can only mean "open the window": nothing but the
 * window's own options ({@code --data-dir DIR}, {@code --lang L}, {@code --no-demo}, also written
 * {@code --option=value}). Read without picocli, whose model of every sub-command costs a few
 * hundred milliseconds of a cold JVM before the store could start opening. Anything else (a
 * sub-command, {@code --help}, {@code --version}, an unknown or incomplete option) is left to
 * {@link CommandLineApp}, which then reports or runs it as usual.
 */
public final class WindowArguments {

    private WindowArguments() {
    }

    /** The options, or empty when the arguments are more than the window's options. */
    public static Optional<GlobalOptions> parse(String[] args, Map<String, String> env) {
        GlobalOptions options = new GlobalOptions(env);
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                int eq = arg.indexOf('=');
                String name = eq > 0 ? arg.substring(0, eq) : arg;
                if (name.equals("--no-demo") && eq < 0) {
                    options.noDemo = true;
                    continue;
                }
                if (!name.equals("--data-dir") && !name.equals("--lang")) {
                    return Optional.empty();
                }
                String value;
                if (eq > 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
                if (name.equals("--data-dir")) {
                    options.dataDir = Path.of(value);
                } else {
                    options.lang = value;
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli reports it in the user's language
        }
        return Optional.of(options);
    }
}
