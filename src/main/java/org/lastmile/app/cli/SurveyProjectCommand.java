package org.lastmile.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lastmile.common.BoundedLineReader;
import org.lastmile.common.Echo;
import org.lastmile.common.LocalizedException;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.CrsException;
import org.lastmile.survey.crs.CrsTransform;
import org.lastmile.survey.crs.CrsWarning;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlaneSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code survey project --from EPSG:a --to EPSG:b}: reads lines {@code x y} (longitude latitude in
 * degrees, or easting northing in metres; spaces or a comma between) and writes {@code x y} in the
 * target system, metres to 4 decimals and degrees to 9. Anything after the two numbers is copied;
 * blank lines and {@code #} comments pass through. Points far from the zone's central meridian and
 * WGS84 taken as CGCS2000 are noted on stderr.
 */
@Command(name = "project", mixinStandardHelpOptions = true)
final class SurveyProjectCommand extends SurveySubcommand implements Callable<Integer> {

    private static final Pattern LINE = Pattern.compile("\\s*([^\\s,]+)\\s*[,\\s]\\s*([^\\s,]+)(?:\\s*[,\\s]\\s*(.*))?");

    @Option(names = "--from", required = true, paramLabel = "EPSG:n", descriptionKey = "survey.cli.option.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "EPSG:n", descriptionKey = "survey.cli.option.to")
    String to;

    @Option(names = "--input", paramLabel = "FILE", descriptionKey = "survey.cli.option.input")
    Path input;

    SurveyProjectCommand(GlobalOptions options) {
        super(options);
    }

    /** The longest line read: far more than two coordinates and a comment need. */
    static final int MAX_LINE = 4096;

    @Override
    public Integer call() throws IOException {
        Crs source = CrsCatalog.parse(from);
        Crs target = CrsCatalog.parse(to);
        CrsTransform transform = CrsTransform.between(source, target);
        if (transform.takesWgs84AsCgcs2000()) {
            err().println(messages().get(CrsWarning.WGS84_TAKEN_AS_CGCS2000.messageKey()));
        }
        try (BufferedReader reader = open()) {
            // A line of two coordinates is short: longer ones are refused after MAX_LINE characters
            // without holding the rest of them (a 20 MB line, binary data without line breaks).
            BoundedLineReader lines = new BoundedLineReader(reader, MAX_LINE);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (lines.cut()) {
                    throw new LocalizedException("survey.cli.error.badLine", number, new Echo(line.strip()));
                }
                out().println(convert(line, number, transform));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            out().flush();
            err().flush();
        }
        return 0;
    }

    private BufferedReader open() throws IOException {
        if (input == null || input.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    // stdin stays open
                }
            };
        }
        try {
            // bytes that are not UTF-8 become U+FFFD and the line is refused as not two numbers
            return new BufferedReader(new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new LocalizedException("survey.cli.error.fileNotFound", input.toString());
        }
    }

    private String convert(String line, int number, CrsTransform transform) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
            return line;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new LocalizedException("survey.cli.error.badLine", number, new Echo(line.strip()));
        }
        double x;
        double y;
        try {
            x = Double.parseDouble(m.group(1));
            y = Double.parseDouble(m.group(2));
        } catch (NumberFormatException e) {
            throw new LocalizedException("survey.cli.error.badLine", number, new Echo(line.strip()));
        }
        double[] xy;
        try {
            xy = transform.apply(x, y);
            checkZone(transform.source(), x, y, number);
            checkZone(transform.target(), xy[0], xy[1], number);
        } catch (CrsException e) {
            throw new LocalizedException(e, "survey.cli.error.atLine", number, messages().get(e));
        }
        String format = transform.target().isGeographic() ? "%.9f %.9f" : "%.4f %.4f";
        String rest = m.group(3) == null || m.group(3).isBlank() ? "" : " " + m.group(3).strip();
        return String.format(Locale.ROOT, format, xy[0], xy[1]) + rest;
    }

    private void checkZone(Crs crs, double x, double y, int number) {
        if (crs instanceof PlaneSystem plane) {
            GeoPoint p = plane.toGeographic(x, y);
            plane.check(number - 1, p).ifPresent(this::warn);
        }
    }
}
