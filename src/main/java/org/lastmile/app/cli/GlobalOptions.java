package org.lastmile.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after its name ({@code lastmile --data-dir D cases
 * list} and {@code lastmile cases list --data-dir D} are the same).
 */
public final class GlobalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "zh|bo|en", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.lang")
    String lang;

    @Option(names = "--no-demo", scope = ScopeType.INHERIT, descriptionKey = "cli.option.noDemo")
    boolean noDemo;

    private final Map<String, String> env;
    private DriverWarmUp driver = DriverWarmUp.none();

    GlobalOptions(Map<String, String> env) {
        this.env = env;
    }

    /** The data directory named on the command line, if any. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** Whether a fresh data directory stays empty instead of receiving the demo cases. */
    public boolean noDemo() {
        return noDemo;
    }

    /** The SQLite driver being got ready while the command line is parsed (see {@link DriverWarmUp}). */
    void driverWarmUp(DriverWarmUp warmUp) {
        this.driver = warmUp;
    }

    /** Waits until the SQLite driver is ready to open the store. */
    void awaitDriver() {
        driver.await();
    }

    /** The environment the command runs in (for {@code LASTMILE_HOME} and the locale). */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The language of the command line's human output: {@code --lang}, else {@code LASTMILE_LANG},
     * else the environment's locale when it is one LastMile speaks; empty when none is given.
     */
    public Optional<Language> language() {
        Optional<Language> chosen = Language.ofTag(lang);
        if (chosen.isPresent()) {
            return chosen;
        }
        for (String variable : new String[] {"LASTMILE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return Language.ofTag(value.split("[.@]")[0]);
            }
        }
        return Optional.empty();
    }

    /** The language named with {@code --lang} on this command line, if any (it beats a remembered one). */
    public Optional<Language> explicitLanguage() {
        return Language.ofTag(lang);
    }

    /** The messages of the command line's language (Chinese when none is given). */
    public Messages messages() {
        return Messages.of(language().orElse(Language.CHINESE));
    }
}
