package org.lastmile.app.cli;

import org.lastmile.gnss.nmea.NmeaFileReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lastmile.gnss.fix.GnssFix;
import org.lastmile.gnss.nmea.NmeaStats;
import org.lastmile.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile gnss parse FILE [--json]}: one line per epoch with a position, longitude before
 * latitude in the text form; with {@code --json} one JSON object a line ({@code time}, {@code lat},
 * {@code lon}, {@code alt}, {@code quality}, {@code sats}, {@code hdop}, and {@code sigma_lat},
 * {@code sigma_lon}, {@code sigma_alt} when the receiver sent GST). A summary goes to stderr.
 */
@Command(name = "parse", mixinStandardHelpOptions = true)
final class GnssParseCommand implements Callable<Integer> {

    private final GlobalOptions options;
    private final ObjectMapper json = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "gnss.option.file")
    Path file;

    @Option(names = "--json", descriptionKey = "gnss.option.json")
    boolean asJson;

    GnssParseCommand(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        Messages messages = options.messages();
        PrintWriter out = spec.commandLine().getOut();
        NmeaStats stats = NmeaFileReader.read(file, fix -> {
            if (fix.hasPosition()) {
                out.println(asJson ? json(fix) : text(fix, messages));
            }
        });
        spec.commandLine().getErr().println(messages.get("gnss.parse.summary", String.valueOf(stats.fixes()),
                String.valueOf(stats.sentences()), String.valueOf(stats.dropped())));
        return 0;
    }

    private String json(GnssFix fix) {
        ObjectNode node = json.createObjectNode();
        node.put("time", fix.time() == null ? null : fix.time().toString());
        node.put("lon", fix.longitude());
        node.put("lat", fix.latitude());
        GnssJson.put(node, "alt", fix.altitude());
        node.put("quality", GnssJson.name(fix.quality()));
        GnssJson.put(node, "sats", fix.satellitesUsed());
        GnssJson.put(node, "hdop", fix.hdop());
        GnssJson.put(node, "sigma_lat", fix.sigmaLatitude());
        GnssJson.put(node, "sigma_lon", fix.sigmaLongitude());
        GnssJson.put(node, "sigma_alt", fix.sigmaAltitude());
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(GnssFix fix, Messages messages) {
        String line = messages.get("gnss.parse.line", fix.time() == null ? "-" : fix.time().toString(),
                GnssJson.number(fix.longitude(), 9), GnssJson.number(fix.latitude(), 9),
                GnssJson.number(fix.altitude(), 2), messages.get(fix.quality().messageKey()),
                fix.satellitesUsed() < 0 ? "-" : String.valueOf(fix.satellitesUsed()), GnssJson.number(fix.hdop(), 2));
        if (fix.hasSigma()) {
            line += "  " + messages.get("gnss.parse.sigma", GnssJson.number(fix.sigmaLongitude(), 2),
                    GnssJson.number(fix.sigmaLatitude(), 2));
        }
        return line;
    }
}
