package org.lastmile.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.io.ExportFormat;
import org.lastmile.gnss.io.FeatureExporter;
import org.lastmile.gnss.io.FeatureExporters;
import org.lastmile.gnss.io.FileImporter;
import org.lastmile.gnss.io.ImportOptions;
import org.lastmile.gnss.io.ImportResult;
import org.lastmile.gnss.io.PlaneProjection;
import org.lastmile.gnss.io.PlaneProjections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile export FILE.geojson --to kml|gpx|dat|dxf [--crs EPSG:c] [--output F]}: writes
 * the features of a GeoJSON file (or any file {@code import} reads) in another format, to stdout
 * or to a file in the format's own encoding. CASS .dat and DXF are on the plane named by --crs.
 * Parts of the input that cannot be read are listed on stderr and left out.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.export.file")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "kml|gpx|dat|dxf|geojson", descriptionKey = "cli.export.to")
    String to;

    @Option(names = "--crs", paramLabel = "EPSG:c", descriptionKey = "cli.export.crs")
    String crs;

    @Option(names = {"--output", "-o"}, paramLabel = "F", descriptionKey = "cli.export.output")
    Path output;

    private final GlobalOptions options;
    private final PlaneProjections planes;

    ExportCommand(GlobalOptions options) {
        this(options, new PlaneProjections());
    }

    ExportCommand(GlobalOptions options, PlaneProjections planes) {
        this.options = options;
        this.planes = planes;
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat format = ExportFormat.of(to)
                .orElseThrow(() -> new LocalizedException("cli.export.error.format", to));
        Optional<PlaneProjection> plane = Optional.empty();
        if (format.needsPlane()) {
            if (crs == null) {
                throw new LocalizedException("cli.export.error.crsRequired", format.extension());
            }
            plane = Optional.of(planes.resolve(crs));
        }
        ImportResult input = new FileImporter().importFile(file, ImportOptions.defaults());
        PrintWriter err = spec.commandLine().getErr();
        input.problems().forEach(p -> err.println(options.messages().get(p)));
        err.flush();
        String title = String.valueOf(file.getFileName());
        FeatureExporter exporter = FeatureExporters.of(format, plane, title);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            exporter.write(input.features(), out);
            out.flush();
        } else {
            try (OutputStream stream = Files.newOutputStream(output);
                    Writer writer = new OutputStreamWriter(stream, format.fileCharset())) {
                exporter.write(input.features(), writer);
            } catch (IOException e) {
                throw new LocalizedException(e, "cli.export.error.write", output, String.valueOf(e.getMessage()));
            }
            err.println(options.messages().get("cli.export.written", output, input.features().size()));
            err.flush();
        }
        return 0;
    }
}
