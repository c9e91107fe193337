package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lastmile.common.BoundedLineReader;

/**
 * Points from delimited text (CSV, TXT): separator {@code ,} {@code ;} or tab (spaces when none of
 * them), a header whose columns are found by name (see {@link CsvColumns}), or no header when two
 * columns are clearly latitude and longitude. Angles in decimal degrees or D°M'S" forms (see
 * {@link Angle}). Empty lines and lines starting with {@code #} are skipped. Each bad line is a
 * problem with its line number; the others are imported.
 */
final class CsvImporter implements FormatImporter {

    @Override
    public void read(ImportInput input, ImportSink sink) {
        TextDecoder.Opened text = TextDecoder.open(input.data(), false);
        if (text.gbkFallback()) {
            sink.warn(ImportWarning.Code.READ_AS_GBK);
        }
        int maxChars = input.options().limits().maxLineChars();
        Lines lines = new Lines(text.reader(), maxChars);
        String first = null;
        int firstLine = 0;
        while (lines.next()) {
            if (!lines.skippable()) {
                first = lines.text();
                firstLine = lines.number();
                break;
            }
        }
        if (first == null) {
            return;
        }
        if (lines.tooLong()) {
            throw new ImportException(ImportError.NO_COORDINATE_COLUMNS, input.fileName(), firstLine);
        }
        CsvSplitter splitter = CsvSplitter.detect(first);
        List<String> firstFields = splitter.split(CsvSplitter.normalise(first, splitter.separator()));
        Optional<CsvColumns> header = CsvColumns.fromHeader(firstFields);
        CsvColumns columns;
        if (header.isPresent()) {
            columns = header.get();
        } else if (CsvColumns.looksLikeHeader(firstFields)) {
            throw new ImportException(ImportError.NO_COORDINATE_COLUMNS, input.fileName(), firstLine);
        } else {
            columns = guess(firstFields, input.fileName(), firstLine);
            readLine(firstFields, firstLine, columns, firstFields.size(), sink);
        }
        while (lines.next()) {
            if (lines.skippable()) {
                continue;
            }
            if (lines.tooLong()) {
                sink.problem(ImportProblem.Code.LINE_TOO_LONG, SourceRef.line(lines.number()),
                        String.valueOf(lines.length()));
                continue;
            }
            List<String> fields = splitter.split(CsvSplitter.normalise(lines.text(), splitter.separator()));
            readLine(fields, lines.number(), columns, firstFields.size(), sink);
        }
    }

    /**
     * Reads one line. A line with fewer fields than the header (or than the first line of a file
     * without header) is refused: it is most often a line cut short, the last one of a file whose
     * copy or download stopped, and its last number may be cut too (37.12345 read as 37.12).
     */
    private static void readLine(List<String> fields, int lineNumber, CsvColumns c, int expectedFields,
            ImportSink sink) {
        SourceRef where = SourceRef.line(lineNumber);
        if (fields.size() <= Math.max(c.lat(), c.lon()) || fields.size() < expectedFields) {
            sink.problem(ImportProblem.Code.TOO_FEW_FIELDS, where, String.valueOf(fields.size()));
            return;
        }
        String latText = fields.get(c.lat());
        String lonText = fields.get(c.lon());
        if (latText.isEmpty() || lonText.isEmpty()) {
            sink.problem(ImportProblem.Code.MISSING_COORDINATE, where, latText.isEmpty() ? "lat" : "lon");
            return;
        }
        Optional<Angle> lat = Angle.parse(latText);
        Optional<Angle> lon = Angle.parse(lonText);
        if (lat.isEmpty() || lat.get().axis() == 'E') {
            sink.problem(ImportProblem.Code.BAD_NUMBER, where, latText);
            return;
        }
        if (lon.isEmpty() || lon.get().axis() == 'N') {
            sink.problem(ImportProblem.Code.BAD_NUMBER, where, lonText);
            return;
        }
        Optional<ImportProblem> range = Shapes.check(lon.get().degrees(), lat.get().degrees(), where);
        if (range.isPresent()) {
            sink.problem(range.get());
            return;
        }
        double height = Double.NaN;
        String eleText = field(fields, c.ele());
        if (!eleText.isEmpty()) {
            OptionalDouble h = Numbers.parse(eleText);
            if (h.isEmpty()) {
                sink.problem(ImportProblem.Code.BAD_NUMBER, where, eleText);
                return;
            }
            height = h.getAsDouble();
        }
        Map<String, String> properties = new HashMap<>();
        if (!field(fields, c.code()).isEmpty()) {
            properties.put("code", field(fields, c.code()));
        }
        if (!field(fields, c.description()).isEmpty()) {
            properties.put("description", field(fields, c.description()));
        }
        sink.add(field(fields, c.name()),
                new FeatureShape.PointShape(new GeoPoint(lon.get().degrees(), lat.get().degrees(), height)),
                where, properties);
    }

    private static String field(List<String> fields, int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /**
     * Columns of a file without header: the first two neighbouring angle columns, latitude and
     * longitude told apart by a hemisphere letter, by magnitude (one above 90°), or by the China box
     * (longitude 72–138°, latitude 0.8–56°); the first text column is the name, a number after the
     * pair the height.
     */
    private static CsvColumns guess(List<String> fields, String fileName, int lineNumber) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Optional<Angle> a = Angle.parse(fields.get(i));
            Optional<Angle> b = Angle.parse(fields.get(i + 1));
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            int lonIndex = lonOf(a.get(), b.get(), i);
            if (lonIndex < 0) {
                throw new ImportException(ImportError.AMBIGUOUS_COLUMNS, fileName, lineNumber);
            }
            int latIndex = lonIndex == i ? i + 1 : i;
            int name = -1;
            for (int k = 0; k < fields.size(); k++) {
                if (k != i && k != i + 1 && !fields.get(k).isEmpty() && Numbers.parse(fields.get(k)).isEmpty()
                        && Angle.parse(fields.get(k)).isEmpty()) {
                    name = k;
                    break;
                }
            }
            int ele = i + 2 < fields.size() && Numbers.parse(fields.get(i + 2)).isPresent() ? i + 2 : -1;
            return new CsvColumns(latIndex, lonIndex, name, ele, -1, -1);
        }
        throw new ImportException(ImportError.NO_COORDINATE_COLUMNS, fileName, lineNumber);
    }

    private static int lonOf(Angle a, Angle b, int i) {
        if (a.axis() == 'E' || b.axis() == 'N') {
            return i;
        }
        if (a.axis() == 'N' || b.axis() == 'E') {
            return i + 1;
        }
        double x = Math.abs(a.degrees());
        double y = Math.abs(b.degrees());
        if (x > 90 && y <= 90) {
            return i;
        }
        if (y > 90 && x <= 90) {
            return i + 1;
        }
        if (inChinaLon(x) && inChinaLat(y) && !(inChinaLon(y) && inChinaLat(x))) {
            return i;
        }
        if (inChinaLon(y) && inChinaLat(x) && !(inChinaLon(x) && inChinaLat(y))) {
            return i + 1;
        }
        return -1;
    }

    private static boolean inChinaLon(double v) {
        return v >= 72 && v <= 138;
    }

    private static boolean inChinaLat(double v) {
        return v >= 0.8 && v <= 56;
    }

    /**
     * The lines of a text with their 1-based numbers; {@code \n}, {@code \r\n} and {@code \r}.
     * Read from a reader and bounded: a line longer than the limit is kept only up to it (and
     * reported), so that a file of one endless line costs no more than the limit.
     */
    static final class Lines {
        private final BoundedLineReader reader;
        private int number;
        private String current;

        Lines(Reader text, int maxChars) {
            this.reader = new BoundedLineReader(text, maxChars);
        }

        Lines(String text) {
            this(new StringReader(text), Integer.MAX_VALUE);
        }

        boolean next() {
            try {
                current = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a reader over bytes in memory does not fail
            }
            if (current == null) {
                return false;
            }
            number++;
            return true;
        }

        String text() {
            return current;
        }

        int number() {
            return number;
        }

        /** Whether the line was longer than the limit; then {@link #text()} is its beginning. */
        boolean tooLong() {
            return reader.cut();
        }

        long length() {
            return reader.length();
        }

        boolean skippable() {
            String t = current.strip();
            return t.isEmpty() || t.startsWith("#") || t.chars().allMatch(c -> c == ',' || c == ';' || c == '\t'
                    || c == ' ');
        }
    }

    /** The lines of a text as a list (for tests). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        Lines l = new Lines(text);
        while (l.next()) {
            out.add(l.text());
        }
        return out;
    }
}
