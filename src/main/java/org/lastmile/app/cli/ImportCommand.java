package org.lastmile.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lastmile.common.Key;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.gnss.io.Feature;
import org.lastmile.gnss.io.FileImporter;
import org.lastmile.gnss.io.GeoJsonExporter;
import org.lastmile.gnss.io.ImportOptions;
import org.lastmile.gnss.io.ImportProblem;
import org.lastmile.gnss.io.ImportResult;
import org.lastmile.gnss.io.ImportWarning;
import org.lastmile.i18n.Messages;
import org.lastmile.gnss.io.PlaneProjections;
import org.lastmile.survey.crs.GeoPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile import FILE [--crs EPSG:c] [--datum D] [--strict] [--json]}: reads a field file
 * and prints its features (with {@code --json} a GeoJSON FeatureCollection in CGCS2000
 * longitude/latitude); problems, warnings and a one-line summary go to stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--crs", paramLabel = "EPSG:c", descriptionKey = "cli.import.crs")
    String crs;

    @Option(names = "--datum", paramLabel = "wgs84|cgcs2000|gcj02|bd09", defaultValue = "wgs84",
            descriptionKey = "cli.import.datum")
    String datum;

    @Option(names = "--strict", descriptionKey = "cli.import.strict")
    boolean strict;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    private final GlobalOptions options;
    private final PlaneProjections planes;

    ImportCommand(GlobalOptions options) {
        this(options, new PlaneProjections());
    }

    ImportCommand(GlobalOptions options, PlaneProjections planes) {
        this.options = options;
        this.planes = planes;
    }

    @Override
    public Integer call() throws Exception {
        Messages messages = options.messages();
        Datum d = Datum.of(datum).orElseThrow(() -> new LocalizedException("cli.import.error.datum", datum));
        ImportOptions importOptions = ImportOptions.defaults().withDatum(d).withStrict(strict);
        if (crs != null) {
            importOptions = importOptions.withPlane(planes.resolve(crs));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result = new FileImporter(new ProgressLine(err, messages, System::nanoTime))
                .importFile(file, importOptions);
        if (json) {
            new GeoJsonExporter(false).write(result.features(), out);
            out.println();
        } else {
            // A million points are a million lines: written through one buffer (the stream flushes
            // every line) with the two patterns parsed once, not per line.
            PrintWriter listing = new PrintWriter(new java.io.BufferedWriter(out, 1 << 16), false);
            java.text.MessageFormat line = new java.text.MessageFormat(
                    messages.bundle().getString("cli.import.feature"), messages.formatLocale());
            java.text.MessageFormat source = new java.text.MessageFormat(
                    messages.bundle().getString("cli.import.source"), messages.formatLocale());
            java.util.Map<Feature.Kind, String> kinds = new java.util.EnumMap<>(Feature.Kind.class);
            for (Feature.Kind k : Feature.Kind.values()) {
                kinds.put(k, messages.get(new Key("cli.import.kind." + k.name().toLowerCase(Locale.ROOT))));
            }
            for (Feature f : result.features()) {
                listing.println(line.format(new Object[] {kinds.get(f.kind()), f.name(), where(f, messages),
                        source.format(new Object[] {f.source().line(), f.source().element()})}));
            }
            listing.flush();
        }
        out.flush();
        for (ImportProblem p : result.problems()) {
            err.println(messages.get(p));
        }
        for (ImportWarning w : result.warnings()) {
            err.println(messages.get(w));
        }
        err.println(messages.get("cli.import.summary", String.valueOf(file.getFileName()), result.points().size(),
                result.lines().size(), result.polygons().size(), result.problems().size()));
        err.flush();
        return 0;
    }

    private static String where(Feature f, Messages messages) {
        if (f.kind() == Feature.Kind.POINT) {
            GeoPoint p = f.shape().positions().get(0);
            return String.format(Locale.ROOT, "%.8f %.8f", p.lon(), p.lat());
        }
        return messages.get("cli.import.vertices", f.shape().positions().size());
    }
}
