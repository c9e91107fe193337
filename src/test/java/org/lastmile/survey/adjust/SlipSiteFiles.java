package org.lastmile.survey.adjust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Writes sites of {@link IssueThirteenExamplesTest} as files for scripts/independent_lsq.py (the
 * format of NetworkFiles; "start" holds the GNSS positions). Run once; the files are kept in
 * src/test/resources/org/lastmile/survey/adjust and the independent solver's figures in
 * {@link IndependentSlipSitesTest}: {@code java -cp ... SlipSiteFiles DIR}.
 */
public final class SlipSiteFiles {

    private SlipSiteFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(dir.resolve("slip-81098.json"), new SlipSites(1309L, 7, 81.098, 81.098, true), 18.098);
        write(dir.resolve("slip-154737.json"), new SlipSites(1306L, 7, 154.737, 154.737, false), 514.737);
    }

    static void write(Path file, SlipSites site, double written) throws IOException {
        StringBuilder s = new StringBuilder("{\n \"slipped\": " + site.fitted + ",\n \"start\": {\n");
        java.util.List<Observation> obs = site.with(site.fitted, written);
        java.util.List<String> starts = new java.util.ArrayList<>();
        for (Observation o : obs) {
            if (o instanceof PointPosition g) {
                starts.add(String.format(Locale.ROOT, "  \"%s\": [%.4f, %.4f]", g.point(), g.e(), g.n()));
            }
        }
        s.append(String.join(",\n", starts)).append("\n },\n \"observations\": [\n");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Observation o : obs) {
            if (o instanceof TapeDistance t) {
                lines.add(String.format(Locale.ROOT,
                        "  {\"type\": \"tape\", \"from\": \"%s\", \"to\": \"%s\", \"distance\": %.4f, \"sigma\": %.6f}",
                        t.from(), t.to(), t.distance(), t.sigma()));
            } else if (o instanceof PointPosition g) {
                lines.add(String.format(Locale.ROOT,
                        "  {\"type\": \"gnss\", \"point\": \"%s\", \"e\": %.4f, \"n\": %.4f, \"sigma\": 3.0}",
                        g.point(), g.e(), g.n()));
            } else if (o instanceof Bearing b) {
                lines.add(String.format(Locale.ROOT,
                        "  {\"type\": \"bearing\", \"from\": \"%s\", \"to\": \"%s\", \"degrees\": %.6f, \"sigma_deg\": 1.0}",
                        b.from(), b.to(), Math.toDegrees(b.radians())));
            }
        }
        s.append(String.join(",\n", lines)).append("\n ]\n}\n");
        Files.writeString(file, s.toString());
    }
}
