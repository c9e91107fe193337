package org.lastmile.app.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The messages bundle as picocli reads it: picocli's own headings and the descriptions of its
 * standard {@code --help} and {@code --version} options ({@code usage.synopsisHeading},
 * {@code mixinStandardHelpOptions.help} …) are looked up under LastMile's keys, so that the usage
 * help is in the user's language like the rest. Every other key is the bundle's own (commands'
 * descriptions are {@code lastmile.<command>.usage.description}).
 */
final class CliHelpBundle extends ResourceBundle {

    /** picocli's key → the bundle key that holds its text. */
    private static final Map<String, String> PICOCLI_KEYS = Map.of(
            "usage.synopsisHeading", "cli.help.synopsisHeading",
            "usage.commandListHeading", "cli.help.commandListHeading",
            "usage.synopsisSubcommandLabel", "cli.help.subcommandLabel",
            "mixinStandardHelpOptions.help", "cli.help.helpOption",
            "mixinStandardHelpOptions.version", "cli.help.versionOption");

    private final ResourceBundle messages;

    CliHelpBundle(ResourceBundle messages) {
        this.messages = messages;
    }

    @Override
    protected Object handleGetObject(String key) {
        String ours = PICOCLI_KEYS.get(key);
        if (ours != null && messages.containsKey(ours)) {
            return messages.getString(ours);
        }
        return messages.containsKey(key) ? messages.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new HashSet<>(messages.keySet());
        keys.addAll(PICOCLI_KEYS.keySet());
        return Collections.enumeration(keys);
    }
}
