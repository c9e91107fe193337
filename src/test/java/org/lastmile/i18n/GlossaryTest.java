package org.lastmile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the Tibetan bundles to {@code i18n/GLOSSARY.md}, the single source of terms (issue 17):
 * the messages and JavaFX's control strings use each term's one Tibetan form and none of the
 * forms the glossary rejects; Tibetan values use Tibetan punctuation, no tsheg after a placeholder
 * or Latin text, and numbers only through placeholders so that the Tibetan-digits setting reaches
 * them. The rules themselves are stated at the top of GLOSSARY.md; failures name the file, key and
 * term so that whoever adds a key sees what to write.
 */
class GlossaryTest {

    static final Path GLOSSARY = Path.of("i18n/GLOSSARY.md");
    static final Path MESSAGES = Path.of("i18n");
    static final Path CONTROLS = Path.of("resources/com/sun/javafx/scene/control/skin/resources");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    record Term(List<String> zh, boolean whole, List<String> forms, List<String> rejected) {
        String name() {
            return String.join(" / ", zh);
        }
    }

    /** A pair of bundles: the Chinese values and the Tibetan values of the same keys. */
    record Bundles(String boFile, Map<String, String> zh, Map<String, String> bo) {}

    static List<Term> terms = new ArrayList<>();
    static Map<String, List<String>> digitExceptions = new TreeMap<>();
    static List<Bundles> bundles = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        readGlossary();
        bundles.add(new Bundles("i18n/messages_bo.properties",
                load(MESSAGES.resolve("messages_zh.properties")), load(MESSAGES.resolve("messages_bo.properties"))));
        bundles.add(new Bundles(CONTROLS.resolve("controls_bo.properties").toString(),
                load(CONTROLS.resolve("controls_zh.properties")), load(CONTROLS.resolve("controls_bo.properties"))));
    }

    @Test
    void theGlossaryIsReadable() {
        assertThat(terms).as("terms in " + GLOSSARY).hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            if (term.forms().isEmpty() || term.forms().stream().anyMatch(f -> !isTibetan(f))) {
                problems.add(GLOSSARY + ": term " + term.name() + " has no Tibetan form " + term.forms());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTibetanValueUsesTheGlossaryForms() {
        List<String> problems = new ArrayList<>();
        for (Bundles pair : bundles) {
            pair.bo().forEach((key, bo) -> {
                String zh = pair.zh().get(key);
                if (zh == null || bo.isBlank()) {
                    return;
                }
                List<Term> present = termsIn(zh);
                for (Term term : present) {
                    if (term.forms().stream().noneMatch(form -> !syllableMatches(bo, form).isEmpty())) {
                        problems.add(pair.boFile() + ": " + key + ": the Chinese has " + term.name()
                                + ", so the Tibetan must use " + term.forms().get(0) + " (GLOSSARY.md): " + bo);
                    }
                }
                String masked = bo;
                for (Term term : present) {
                    for (String form : term.forms()) {
                        masked = mask(masked, form);
                    }
                }
                for (Term term : present) {
                    for (String rejected : term.rejected()) {
                        if (!syllableMatches(masked, rejected).isEmpty()) {
                            problems.add(pair.boFile() + ": " + key + ": " + rejected + " is not the word for "
                                    + term.name() + "; write " + term.forms().get(0) + " (GLOSSARY.md): " + bo);
                        }
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void controlStringsSayWhatTheMessagesSay() {
        Bundles messages = bundles.get(0);
        Bundles controls = bundles.get(1);
        Map<String, String> messageByZh = new TreeMap<>();
        messages.zh().forEach((key, zh) -> messageByZh.putIfAbsent(zh, key));
        List<String> problems = new ArrayList<>();
        controls.zh().forEach((key, zh) -> {
            String messageKey = messageByZh.get(zh);
            String bo = controls.bo().get(key);
            if (messageKey == null || bo == null || bo.isBlank()) {
                return;
            }
            String messageBo = messages.bo().get(messageKey);
            if (!bare(messageBo).equals(bare(bo))) {
                problems.add(controls.boFile() + ": " + key + " (" + zh + ") is " + bo + " but " + messages.boFile()
                        + ": " + messageKey + " says " + messageBo + " for the same Chinese");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void tibetanValuesUseTibetanPunctuation() {
        List<String> problems = new ArrayList<>();
        for (Bundles pair : bundles) {
            pair.bo().forEach((key, bo) -> {
                bo.codePoints().filter(GlossaryTest::isFullWidthPunctuation).distinct().forEach(c ->
                        problems.add(pair.boFile() + ": " + key + ": full-width Chinese punctuation '"
                                + Character.toString(c) + "' (U+" + Integer.toHexString(c).toUpperCase()
                                + ") in a Tibetan value; use ། or ASCII brackets: " + bo));
                Matcher colon = Pattern.compile(":").matcher(bo);
                while (colon.find()) {
                    int at = colon.start();
                    boolean inCode = at > 0 && at + 1 < bo.length()
                            && isAsciiAlnum(bo.charAt(at - 1)) && (isAsciiAlnum(bo.charAt(at + 1)) || bo.charAt(at + 1) == '…'
                                    || bo.startsWith("//", at + 1)); // a URL's scheme: https://HOST
                    if (!inCode) {
                        problems.add(pair.boFile() + ": " + key + ": ASCII ':' as punctuation in a Tibetan value;"
                                + " use ། : " + bo);
                        break;
                    }
                }
                if (bo.contains("\u0F44\u0F0D")) {
                    problems.add(pair.boFile() + ": " + key + ": a shad right after ང; write ང་། (a tsheg before the"
                            + " shad after nga): " + bo);
                }
                Matcher tsheg = Pattern.compile("([}A-Za-z0-9)\\]\\p{IsHan}])\u0F0B").matcher(bo);
                if (tsheg.find()) {
                    problems.add(pair.boFile() + ": " + key + ": a tsheg right after '" + tsheg.group(1)
                            + "' (a placeholder, Latin text, a digit or Chinese); write a space: " + bo);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void numbersOnlyThroughPlaceholders() {
        List<String> problems = new ArrayList<>();
        for (Bundles pair : bundles) {
            pair.bo().forEach((key, bo) -> {
                String text = withoutCodes(PLACEHOLDER.matcher(bo).replaceAll(" "));
                List<String> kept = digitExceptions.get(key);
                if (kept != null) {
                    if (!text.chars().anyMatch(GlossaryTest::isAsciiDigit)) {
                        problems.add(GLOSSARY + ": exception for " + key + " is stale: its value has no digits"
                                + " outside placeholders now; delete the row");
                        return;
                    }
                    for (String k : kept) {
                        text = text.replace(k, " ");
                    }
                }
                if (text.chars().anyMatch(GlossaryTest::isAsciiDigit)) {
                    problems.add(pair.boFile() + ": " + key + ": Arabic digits in the text, out of reach of the"
                            + " Tibetan-digits setting; pass the number as a placeholder, write it in words,"
                            + " or list the key under Exceptions in GLOSSARY.md: " + bo);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    /** The terms whose Chinese occurs in {@code zh}, an occurrence inside a longer term's counting for that one. */
    static List<Term> termsIn(String zh) {
        boolean[] covered = new boolean[zh.length()];
        List<Term> byLength = new ArrayList<>(terms);
        byLength.sort((a, b) -> Integer.compare(longest(b), longest(a)));
        List<Term> found = new ArrayList<>();
        for (Term term : byLength) {
            boolean present = false;
            for (String spelling : term.zh()) {
                if (term.whole()) {
                    present |= zh.strip().equals(spelling);
                    continue;
                }
                int from = 0;
                int at;
                while ((at = zh.indexOf(spelling, from)) >= 0) {
                    boolean free = true;
                    for (int i = at; i < at + spelling.length(); i++) {
                        free &= !covered[i];
                    }
                    if (free) {
                        present = true;
                        for (int i = at; i < at + spelling.length(); i++) {
                            covered[i] = true;
                        }
                    }
                    from = at + 1;
                }
            }
            if (present) {
                found.add(term);
            }
        }
        return found;
    }

    private static int longest(Term term) {
        return term.zh().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Where {@code form} occurs in {@code text} at the start of a syllable. */
    static List<Integer> syllableMatches(String text, String form) {
        List<Integer> at = new ArrayList<>();
        int from = 0;
        int i;
        while ((i = text.indexOf(form, from)) >= 0) {
            if (i == 0 || !isTibetanLetterOrSign(text.charAt(i - 1))) {
                at.add(i);
            }
            from = i + 1;
        }
        return at;
    }

    private static String mask(String text, String form) {
        StringBuilder out = new StringBuilder(text);
        for (int at : syllableMatches(text, form)) {
            for (int i = at; i < at + form.length(); i++) {
                out.setCharAt(i, '\u0F0B');
            }
        }
        return out.toString();
    }

    /** Drops tokens that hold letters other than Tibetan and Chinese (EPSG:4542, WGS84, Ctrl+1, UTF-8). */
    static String withoutCodes(String text) {
        StringBuilder out = new StringBuilder();
        Matcher token = Pattern.compile("[^\\s\\p{IsTibetan}\\p{IsHan}]+").matcher(text);
        int last = 0;
        while (token.find()) {
            out.append(text, last, token.start());
            String t = token.group();
            boolean code = t.codePoints().anyMatch(c -> Character.isLetter(c));
            out.append(code ? " " : t);
            last = token.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static boolean isTibetanLetterOrSign(char c) {
        return c >= '\u0F40' && c <= '\u0FBC';
    }

    private static boolean isTibetan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.TIBETAN);
    }

    private static boolean isFullWidthPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A value without its closing shad and spaces, for comparing labels. */
    private static String bare(String value) {
        return value.strip().replaceAll("[\u0F0D\u0F0B\\s]+$", "");
    }

    static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    /** Reads the table under "## Terms" and the one under "## Exceptions". */
    static void readGlossary() throws IOException {
        String section = "";
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                continue;
            }
            if (!line.startsWith("|") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (section.equals("Terms") && !cells.get(0).equals("中文")) {
                String zh = cells.get(0);
                boolean whole = zh.startsWith("=");
                List<String> spellings = split(whole ? zh.substring(1) : zh, " / ");
                List<String> forms = new ArrayList<>();
                Matcher m = Pattern.compile("^([^(]+?)\\s*(?:\\((.*)\\))?$").matcher(cells.get(2));
                if (m.matches()) {
                    forms.add(m.group(1).strip());
                    if (m.group(2) != null) {
                        forms.addAll(split(m.group(2), " / "));
                    }
                }
                terms.add(new Term(spellings, whole, forms, split(cells.get(3), " / ")));
            } else if (section.equals("Exceptions") && !cells.get(0).equals("key")) {
                digitExceptions.put(cells.get(0), split(cells.get(1), ", "));
            }
        }
    }

    private static List<String> split(String cell, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
