package org.lastmile.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.domain.sketch.SiteFile;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.GeoJsonWriter;
import org.lastmile.sketch.PngWriter;
import org.lastmile.sketch.SketchLayout;
import org.lastmile.sketch.SvgWriter;
import org.lastmile.sketch.TitleBlock;
import org.lastmile.service.SketchTitles;
import org.lastmile.store.open.Store;
import org.lastmile.store.sketch.StoredSketch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lastmile sketch export CASE --format svg|png|geojson|site --out FILE [--lang zh|bo|en]}. */
@Command(name = "sketch", mixinStandardHelpOptions = true)
final class SketchCliCommand extends ParentCommand {

    static CommandLine create(GlobalOptions options, Wiring wiring) {
        CommandLine cmd = new CommandLine(new SketchCliCommand());
        cmd.addSubcommand(new Export(options, wiring));
        return cmd;
    }

    /** Writes a case's sketch as drawn (svg, png), for GIS (geojson) or to re-adjust (site). */
    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends StoreCommand implements Callable<Integer> {

        private static final ObjectMapper MAPPER = new ObjectMapper();
        private static final int PNG_DPI = 200;

        @Parameters(paramLabel = "CASE", descriptionKey = "cli.sketch.export.case")
        String caseRef;

        @Option(names = "--format", required = true, paramLabel = "svg|png|geojson|site",
                descriptionKey = "cli.sketch.export.format")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.sketch.export.out")
        Path out;

        Export(GlobalOptions options, Wiring wiring) {
            super(options, wiring);
        }

        @Override
        public Integer call() throws IOException {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("svg", "png", "geojson", "site").contains(f)) {
                throw new LocalizedException("cli.sketch.error.format", format);
            }
            Messages m = options.messages();
            byte[] bytes;
            try (Store store = openStore()) {
                EnforcementCase c = RecordCommand.findCase(store, caseRef);
                SiteSketch sketch = store.sketches().find(c.id()).map(StoredSketch::sketch)
                        .orElseThrow(() -> new LocalizedException("sketch.error.none"));
                bytes = switch (f) {
                    case "site" -> (MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(SiteFile.of(sketch).json()) + "\n").getBytes(StandardCharsets.UTF_8);
                    case "geojson" -> (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                            new GeoJsonWriter().write(new SketchCalculator().calculate(sketch))) + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                    default -> {
                        SketchResult r = new SketchCalculator().calculate(sketch);
                        var drawing = new SketchLayout(m).layout(r, title(store, c, sketch, m));
                        yield f.equals("svg") ? new SvgWriter().write(drawing).getBytes(StandardCharsets.UTF_8)
                                : new PngWriter().write(drawing, PNG_DPI);
                    }
                };
            }
            Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw new LocalizedException(e, "cli.sketch.error.write", out);
            }
            out().println(m.get("cli.sketch.exported", out));
            out().flush();
            return 0;
        }

        /** The title block, with the signatories of the newest record that holds this very sketch. */
        private TitleBlock title(Store store, EnforcementCase c, SiteSketch sketch, Messages m) {
            String sha = store.sketches().sha256(sketch);
            var holder = store.records().byCase(c.id()).stream().map(StoredRecord::record)
                    .filter(r -> sha.equals(r.sketchSha256())).reduce((a, b) -> b);
            return SketchTitles.of(c, sketch, holder, m, wiring.zone());
        }
    }
}
