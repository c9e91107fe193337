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
        ImportResult result = new FileImporter().importFile(file, importOptions);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            new GeoJsonExporter(false).write(result.features(), out);
            out.println();
        } else {
            for (Feature f : result.features()) {
                Key kind = new Key("cli.import.kind." + f.kind().name().toLowerCase(Locale.ROOT));
                out.println(messages.get("cli.import.feature", kind, f.name(), where(f, messages),
                        messages.get("cli.import.source", f.source().line(), f.source().element())));
            }
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
