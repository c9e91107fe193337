package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lastmile.i18n.tibetan.TibetanScript;

/**
 * Keeps the message bundles honest (docs/architecture.md, "Messages and errors", says how keys
 * are used in code so that this test can find them):
 * <ul>
 *   <li>every bundle has the same keys, each once, none with an empty value;</li>
 *   <li>every key that code uses exists: string literals passed to {@code get}, {@code text},
 *       {@code getString}, {@code has}, to a constructor (a {@code LocalizedException}, a
 *       {@code Key}, a {@code Problem}) or to an annotation attribute named {@code ...Key}, and
 *       the keys of every enum with a {@code messageKey()} method, found by calling it;</li>
 *   <li>no key is unused: each is named by a literal in code, returned by an enum's
 *       {@code messageKey()}, or composed at run time as declared in {@code i18n/composed-keys.txt}
 *       (or, as a to-do, listed in {@code i18n/unused-keys.txt});</li>
 *   <li>Tibetan values are written in Tibetan script;</li>
 *   <li>MessageFormat placeholders are the same in every language and parse.</li>
 * </ul>
 */
class BundleConsistencyTest {

    static final Path BUNDLES = Path.of("i18n");
    static final Path SOURCES = Path.of("src/main/java");
    static final Path COMPOSED = BUNDLES.resolve("composed-keys.txt");
    static final Path UNUSED = BUNDLES.resolve("unused-keys.txt");
    static final String KEY = "[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+";
    static final Pattern LITERAL = Pattern.compile("\"(" + KEY + ")\"");
    /** A literal in a place where only a message key fits. */
    static final Pattern KEY_USE = Pattern.compile(
            "(?:\\b(?:get|text|getString|has)\\(\\s*"
            + "|\\bnew\\s+[A-Z]\\w*(?:Exception|Key|Problem)\\((?:\\s*[a-z]\\w*\\s*,)?\\s*"
            + "|\\b\\w*Key\\s*=\\s*)\"(" + KEY + ")\"");
    /** A literal prefix that code completes at run time: {@code "case.status." + ...}. */
    static final Pattern COMPOSED_PREFIX = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)*\\.)\"\\s*\\+");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** Each bundle file, its keys in order with their values. */
    static Map<String, Map<String, String>> bundles = new TreeMap<>();
    static List<String> problemsReadingBundles = new ArrayList<>();
    /** Every source line that holds a key-like literal: "File.java:line" -> line. */
    static Map<String, String> sourceLines = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (Language language : Language.values()) {
            String file = "messages_" + language.tag() + ".properties";
            bundles.put(file, readBundle(BUNDLES.resolve(file)));
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.contains("\"")) {
                        sourceLines.put(SOURCES.relativize(file) + ":" + (i + 1), line);
                    }
                }
            }
        }
    }

    @Test
    void everyBundleHasTheSameKeysOnceAndNoEmptyValue() {
        List<String> problems = new ArrayList<>(problemsReadingBundles);
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(b -> all.addAll(b.keySet()));
        bundles.forEach((file, bundle) -> {
            for (String key : all) {
                if (!bundle.containsKey(key)) {
                    problems.add(file + ": missing key " + key + " (present in " + filesWith(key) + ")");
                } else if (bundle.get(key).isBlank()) {
                    problems.add(file + ": empty value for " + key);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() {
        Set<String> keys = bundles.get("messages_zh.properties").keySet();
        List<String> problems = new ArrayList<>();
        sourceLines.forEach((where, line) -> {
            Matcher m = KEY_USE.matcher(line);
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    problems.add(where + ": key \"" + m.group(1) + "\" is in no bundle");
                }
            }
        });
        enumKeys().forEach((key, where) -> {
            if (!keys.contains(key)) {
                problems.add(where + ".messageKey(): key \"" + key + "\" is in no bundle");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new TreeSet<>(enumKeys().keySet());
        sourceLines.values().forEach(line -> {
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                used.add(m.group(1));
            }
        });
        List<String> composed = entries(COMPOSED);
        List<String> unused = entries(UNUSED);
        List<String> problems = new ArrayList<>();
        Map<String, String> zh = bundles.get("messages_zh.properties");
        for (String key : zh.keySet()) {
            boolean covered = composed.stream().anyMatch(e -> e.endsWith(".") ? key.startsWith(e) : key.equals(e));
            if (!used.contains(key) && !covered && !unused.contains(key)) {
                problems.add("messages_*.properties: key " + key + " is used nowhere in src/main/java"
                        + " (neither a literal, nor an enum's messageKey(), nor in " + COMPOSED + ")");
            }
        }
        for (String key : unused) {
            if (used.contains(key)) {
                problems.add(UNUSED + ": " + key + " is used now; delete its line");
            } else if (!zh.containsKey(key)) {
                problems.add(UNUSED + ": " + key + " is in no bundle; delete its line");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void composedKeysAreDeclaredAndTheDeclarationsAreCurrent() throws IOException {
        List<String> composed = entries(COMPOSED);
        Set<String> enumKeys = enumKeys().keySet();
        Map<String, String> prefixesInCode = new TreeMap<>();
        sourceLines.forEach((where, line) -> {
            Matcher m = COMPOSED_PREFIX.matcher(line);
            while (m.find()) {
                prefixesInCode.put(m.group(1), where);
            }
        });
        Set<String> keys = bundles.get("messages_zh.properties").keySet();
        List<String> problems = new ArrayList<>();
        prefixesInCode.forEach((prefix, where) -> {
            boolean byEnum = enumKeys.stream().anyMatch(k -> k.startsWith(prefix));
            boolean declared = composed.contains(prefix);
            boolean aKeyPrefix = keys.stream().anyMatch(k -> k.startsWith(prefix));
            if (aKeyPrefix && !byEnum && !declared) {
                problems.add(where + ": composes keys \"" + prefix + "...\"; declare the prefix in "
                        + COMPOSED + " or compose it in an enum's messageKey()");
            }
        });
        for (String entry : composed) {
            if (entry.endsWith(".")) {
                if (!prefixesInCode.containsKey(entry)) {
                    problems.add(COMPOSED + ": stale prefix " + entry + " (no code writes \"" + entry + "\" + ...)");
                }
                if (keys.stream().noneMatch(k -> k.startsWith(entry))) {
                    problems.add(COMPOSED + ": no bundle key starts with " + entry);
                }
            } else {
                if (!keys.contains(entry)) {
                    problems.add(COMPOSED + ": key " + entry + " is in no bundle");
                }
                if (sourceLines.values().stream().anyMatch(l -> l.contains("\"" + entry + "\""))) {
                    problems.add(COMPOSED + ": key " + entry + " is written out in code; remove the entry");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void tibetanValuesAreInTibetanScript() {
        List<String> problems = new ArrayList<>();
        bundles.get("messages_bo.properties").forEach((key, value) -> {
            String words = PLACEHOLDER_ANY.matcher(value).replaceAll("");
            boolean hasLetters = words.codePoints().anyMatch(Character::isLetter);
            if (hasLetters && !TibetanScript.contains(words)) {
                problems.add("messages_bo.properties: " + key + " is not in Tibetan script: " + value);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void placeholdersMatchBetweenLanguagesAndParse() {
        List<String> problems = new ArrayList<>();
        Map<String, String> zh = bundles.get("messages_zh.properties");
        for (String key : zh.keySet()) {
            Map<String, Set<String>> byFile = new TreeMap<>();
            bundles.forEach((file, bundle) -> {
                String value = bundle.get(key);
                if (value == null) {
                    return;
                }
                Set<String> indexes = placeholders(value);
                byFile.put(file, indexes);
                if (!indexes.isEmpty()) {
                    try {
                        int parsed = new MessageFormat(value).getFormatsByArgumentIndex().length;
                        int highest = indexes.stream().mapToInt(Integer::parseInt).max().orElse(-1);
                        if (parsed != highest + 1) {
                            problems.add(file + ": " + key + " loses placeholders to MessageFormat quoting"
                                    + " (write '' for an apostrophe): " + value);
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(file + ": " + key + " is not a valid MessageFormat pattern: " + value);
                    }
                }
            });
            if (byFile.values().stream().distinct().count() > 1) {
                problems.add(key + ": placeholders differ between languages " + byFile);
            }
        }
        assertThat(problems).isEmpty();
    }

    static final Pattern PLACEHOLDER_ANY = Pattern.compile("\\{\\d+[^}]*}");

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String filesWith(String key) {
        return String.join(", ", bundles.entrySet().stream().filter(e -> e.getValue().containsKey(key))
                .map(Map.Entry::getKey).toList());
    }

    /** Keys, in file order, read line by line so that a duplicate key is seen (Properties hides it). */
    private static Map<String, String> readBundle(Path file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || line.endsWith("\\")) {
                problemsReadingBundles.add(file + ":" + (i + 1) + ": write one key=value a line");
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (keys.put(key, line.substring(eq + 1).strip()) != null) {
                problemsReadingBundles.add(file + ":" + (i + 1) + ": duplicate key " + key);
            }
        }
        return keys;
    }

    /** The first word of every line of a key list that is not a comment. */
    private static List<String> entries(Path list) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry.split("\\s+")[0]);
            }
        }
        return entries;
    }

    /** The keys of every enum constant whose enum has a public messageKey(), with the enum's name. */
    static Map<String, String> enumKeys() {
        Map<String, String> keys = new TreeMap<>();
        for (Class<?> type : mainClasses()) {
            if (!type.isEnum()) {
                continue;
            }
            Method method;
            try {
                method = type.getMethod("messageKey");
            } catch (NoSuchMethodException e) {
                continue;
            }
            if (method.getReturnType() != String.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            method.setAccessible(true); // enums nested in package-private classes
            for (Object constant : type.getEnumConstants()) {
                try {
                    keys.put((String) method.invoke(constant), type.getName().replace('$', '.'));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(type + ".messageKey()", e);
                }
            }
        }
        return keys;
    }

    private static List<Class<?>> mainClasses() {
        try {
            Path root = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (name.startsWith("org.lastmile.") && !name.endsWith("module-info")) {
                        classes.add(Class.forName(name, false, BundleConsistencyTest.class.getClassLoader()));
                    }
                }
            }
            return classes;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
