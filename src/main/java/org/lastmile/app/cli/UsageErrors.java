package org.lastmile.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.lastmile.common.Echo;
import org.lastmile.common.MessageKeyed;
import org.lastmile.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's complaints about a command line, in the user's language: one line naming the command,
 * what is wrong and where help is; picocli's English text is never shown. Text that starts with
 * {@code -} (a search for {@code -耕地}) is read by picocli as an unknown option: the line says to
 * put {@code --} before it.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** The one line for a parameter error; {@code args} is the whole command line. */
    static String describe(ParameterException ex, String[] args, Messages m) {
        if (ex.getCause() instanceof MessageKeyed keyed) {
            return m.get(keyed);
        }
        CommandLine cmd = ex.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        String command = spec.qualifiedName(" ");
        String dashText = dashText(spec, args);
        if (dashText != null) {
            return m.get("cli.usage.dashText", command, new Echo(dashText));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.size() == 1 && specs.get(0) instanceof OptionSpec o && given(o, args)) {
                return m.get("cli.usage.missingValue", command, o.longestName());
            }
            return m.get("cli.usage.missing", command, names(specs));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return m.get("cli.usage.unknown", command, new Echo(String.join(" ", unmatched.getUnmatched())));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return m.get("cli.usage.twice", command, names(List.of(twice.getOverwritten())));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return m.get("cli.usage.badValue", command, names(List.of(ex.getArgSpec())), new Echo(ex.getValue()));
        }
        return m.get("cli.usage.wrong", command);
    }

    /**
     * An argument that starts with {@code -} but names no option of the command, given to a
     * command that takes text: the user meant it as text.
     */
    private static String dashText(CommandSpec spec, String[] args) {
        if (spec.positionalParameters().isEmpty()) {
            return null;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (arg.length() > 1 && arg.startsWith("-") && !arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                boolean letterOption = name.length() >= 2 && name.charAt(1) < 128 && Character.isLetter(name.charAt(1));
                if (spec.findOption(name) == null && !letterOption && !looksNumeric(name)) {
                    return arg;
                }
            }
        }
        return null;
    }

    private static boolean given(OptionSpec option, String[] args) {
        for (String arg : args) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean looksNumeric(String arg) {
        return arg.length() > 1 && (Character.isDigit(arg.charAt(1)) || arg.charAt(1) == '.');
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(a -> a instanceof OptionSpec o ? o.longestName()
                : ((PositionalParamSpec) a).paramLabel()).collect(Collectors.joining(", "));
    }
}
