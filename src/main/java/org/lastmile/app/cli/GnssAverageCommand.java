package org.lastmile.app.cli;

import org.lastmile.gnss.nmea.NmeaFileReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lastmile.gnss.average.AveragedPosition;
import org.lastmile.gnss.average.AveragingSettings;
import org.lastmile.gnss.average.CornerAverager;
import org.lastmile.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile gnss average FILE [--max-hdop X] [--min-fixes N] [--max-sigma M]
 * [--allow-poor-accuracy] [--json]}: averages every fix of a log as one corner. A capture worse
 * than {@code --max-sigma} metres is refused (exit 2) unless {@code --allow-poor-accuracy}.
 */
@Command(name = "average", mixinStandardHelpOptions = true)
final class GnssAverageCommand implements Callable<Integer> {

    private final GlobalOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "gnss.option.file")
    Path file;

    @Option(names = "--max-hdop", paramLabel = "X", descriptionKey = "gnss.option.maxHdop")
    Double maxHdop;

    @Option(names = "--min-fixes", paramLabel = "N", descriptionKey = "gnss.option.minFixes")
    Integer minFixes;

    @Option(names = "--max-sigma", paramLabel = "M", descriptionKey = "gnss.option.maxSigma")
    Double maxSigma;

    @Option(names = "--allow-poor-accuracy", descriptionKey = "gnss.option.allowPoorAccuracy")
    boolean allowPoorAccuracy;

    @Option(names = "--json", descriptionKey = "gnss.option.json")
    boolean asJson;

    GnssAverageCommand(GlobalOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        AveragingSettings settings = AveragingSettings.defaults()
                .withTarget(Integer.MAX_VALUE, Duration.ofDays(365_000))
                .withAllowPoorAccuracy(allowPoorAccuracy);
        if (maxHdop != null) {
            settings = settings.withMaxHdop(positive(maxHdop, "--max-hdop"));
        }
        if (minFixes != null) {
            settings = settings.withMinFixes((int) positive(minFixes, "--min-fixes"));
        }
        if (maxSigma != null) {
            settings = settings.withMaxSigma(positive(maxSigma, "--max-sigma"));
        }
        CornerAverager averager = new CornerAverager(settings);
        NmeaFileReader.read(file, averager::offer);
        AveragedPosition corner = averager.capture();
        spec.commandLine().getOut().println(asJson ? json(corner) : text(corner, options.messages()));
        return 0;
    }

    private static double positive(double value, String option) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new org.lastmile.common.LocalizedException("gnss.error.notPositive", option, String.valueOf(value));
        }
        return value;
    }

    private static String json(AveragedPosition corner) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode node = mapper.createObjectNode();
        node.put("lon", corner.longitude());
        node.put("lat", corner.latitude());
        GnssJson.put(node, "alt", corner.altitude());
        node.put("sigma_m", corner.sigmaHorizontal());
        node.put("sigma_e", corner.sigmaEast());
        node.put("sigma_n", corner.sigmaNorth());
        GnssJson.put(node, "sigma_alt", corner.sigmaAltitude());
        node.put("used", corner.used());
        node.put("rejected", corner.rejected());
        node.put("rejected_gate", corner.rejectedByGate());
        node.put("rejected_outliers", corner.rejectedAsOutliers());
        node.put("n_eff", corner.effectiveSampleSize());
        node.put("span_s", corner.span().toMillis() / 1000.0);
        GnssJson.put(node, "mean_hdop", corner.meanHdop());
        node.put("quality", GnssJson.name(corner.quality()));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(AveragedPosition corner, Messages messages) {
        return messages.get("gnss.average.result", GnssJson.number(corner.longitude(), 9),
                GnssJson.number(corner.latitude(), 9), GnssJson.number(corner.altitude(), 2),
                GnssJson.number(corner.sigmaHorizontal(), 2), GnssJson.number(corner.sigmaEast(), 2),
                GnssJson.number(corner.sigmaNorth(), 2), String.valueOf(corner.used()),
                String.valueOf(corner.rejected()), GnssJson.number(corner.span().toMillis() / 1000.0, 0));
    }
}
