package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.stakeout.Stakeout;
import org.lastmile.survey.stakeout.StakeoutOp;
import org.locationtech.jts.geom.Coordinate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code survey stakeout PARCEL.geojson --crs EPSG:c --point E,N [--point E,N …] [--json]}: for each
 * point, the stake-out card against the exterior ring of the file's first polygon as written
 * ({@link StakeoutOp}): the nearest edge and the distance along it from its first corner with the
 * perpendicular offset (positive left), the nearest corner with distance and grid bearing, and two
 * check distances. Corners count from 0 without the closing point; the human output names corner
 * k "Jk".
 */
@Command(name = "stakeout", mixinStandardHelpOptions = true)
final class SurveyStakeoutCommand extends SurveySubcommand implements Callable<Integer> {

    /** Offsets under half a centimetre print as "on the edge": the human output shows centimetres. */
    private static final double ON_EDGE_M = 0.005;

    @Parameters(paramLabel = "PARCEL.geojson", descriptionKey = "survey.cli.option.file")
    Path file;

    @Option(names = "--crs", paramLabel = "EPSG:n", required = true, descriptionKey = "survey.cli.option.planeCrs")
    String crs;

    @Option(names = "--point", paramLabel = "E,N", required = true, descriptionKey = "survey.cli.option.stakeoutPoint")
    List<String> points;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SurveyStakeoutCommand(GlobalOptions options) {
        super(options);
    }

    @Override
    public Integer call() throws Exception {
        Crs system = ParcelFile.planeCrs(crs);
        // every point is read before the file, so that a typing slip is reported first and nothing is printed
        List<Coordinate> given = new ArrayList<>();
        for (String p : points) {
            double[] en = point("--point", p);
            given.add(new Coordinate(en[0], en[1]));
        }
        StakeoutOp op = new StakeoutOp(ParcelFile.read(file).polygon());
        List<Stakeout> cards = given.stream().map(op::locate).toList();
        if (json) {
            printJson(system, cards);
        } else {
            printHuman(cards);
        }
        out().flush();
        return 0;
    }

    private void printJson(Crs system, List<Stakeout> cards) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("crs", system.code());
        ArrayNode array = root.putArray("points");
        for (Stakeout s : cards) {
            ObjectNode p = array.addObject();
            p.put("e", s.e());
            p.put("n", s.n());
            ObjectNode edge = p.putObject("edge");
            edge.put("from", s.edge().from());
            edge.put("to", s.edge().to());
            p.put("along_m", s.alongM());
            p.put("offset_m", s.offsetM());
            ObjectNode nearest = p.putObject("nearest");
            nearest.put("corner", s.nearest().corner());
            nearest.put("distance_m", s.nearest().distanceM());
            nearest.put("bearing_deg", s.nearest().bearingDeg());
            ArrayNode checks = p.putArray("checks");
            for (Stakeout.Check c : s.checks()) {
                ObjectNode check = checks.addObject();
                check.put("corner", c.corner());
                check.put("distance_m", c.distanceM());
            }
        }
        out().println(MAPPER.writeValueAsString(root));
    }

    private void printHuman(List<Stakeout> cards) {
        Messages m = messages();
        for (int i = 0; i < cards.size(); i++) {
            Stakeout s = cards.get(i);
            out().println(m.get("survey.cli.stakeout.point", i + 1, s.e(), s.n()));
            out().println(m.get("survey.cli.stakeout.along", s.edge().from(), s.edge().to(), s.alongM()));
            double offset = s.offsetM();
            if (Math.abs(offset) < ON_EDGE_M) {
                out().println(m.get("survey.cli.stakeout.onEdge"));
            } else if (offset > 0) {
                out().println(m.get("survey.cli.stakeout.left", offset));
            } else {
                out().println(m.get("survey.cli.stakeout.right", -offset));
            }
            out().println(m.get("survey.cli.stakeout.nearest", s.nearest().corner(), s.nearest().distanceM(),
                    s.nearest().bearingDeg()));
            for (Stakeout.Check c : s.checks()) {
                out().println(m.get("survey.cli.stakeout.check", c.corner(), c.distanceM()));
            }
        }
    }
}
