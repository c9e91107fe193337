package org.lastmile.gnss.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a delimited text file into fields: a field in double quotes may hold the
 * separator, and {@code ""} inside it is one quote. An unclosed quote runs to the end of the line.
 */
final class CsvSplitter {

    private final char separator;

    /** @param separator {@code ,}, {@code ;} or tab; {@code ' '} splits at runs of spaces */
    CsvSplitter(char separator) {
        this.separator = separator;
    }

    char separator() {
        return separator;
    }

    List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (isSeparator(c)) {
                fields.add(cur.toString().strip());
                cur.setLength(0);
                fieldStarted = false;
                if (separator == ' ') {
                    while (i + 1 < n && line.charAt(i + 1) == ' ') {
                        i++;
                    }
                }
            } else {
                cur.append(c);
                if (!Character.isWhitespace(c)) {
                    fieldStarted = true;
                }
            }
            i++;
        }
        fields.add(cur.toString().strip());
        return fields;
    }

    private boolean isSeparator(char c) {
        return c == separator;
    }

    /** The separator of a header or first line: the most frequent of tab, {@code ;} and {@code ,}. */
    static CsvSplitter detect(String firstLine) {
        int tabs = count(firstLine, '\t');
        int semis = count(firstLine, ';');
        int commas = count(firstLine, ',') + count(firstLine, '，');
        if (tabs == 0 && semis == 0 && commas == 0) {
            return new CsvSplitter(' ');
        }
        if (tabs >= semis && tabs >= commas) {
            return new CsvSplitter('\t');
        }
        return new CsvSplitter(semis > commas ? ';' : ',');
    }

    /** Replaces full-width commas (a Chinese input-method slip) by ASCII ones. */
    static String normalise(String line, char separator) {
        return separator == ',' ? line.replace('，', ',') : line;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
