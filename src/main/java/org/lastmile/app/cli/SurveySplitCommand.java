package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.io.GeoJsonGeometryWriter;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.division.Cut;
import org.lastmile.survey.division.Division;
import org.lastmile.survey.division.DivisionWarning;
import org.lastmile.survey.division.ParallelCutOp;
import org.lastmile.survey.division.Part;
import org.lastmile.survey.division.PointCutOp;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code survey split PARCEL.geojson --crs EPSG:c (--target-mu X | --target-m2 X | --proportions
 * 3,2,1) (--parallel-to-edge K | --through E,N) [--keep E,N] [--json]}: divides the file's first
 * polygon, given in plane coordinates. Edge K runs from vertex K to K + 1 (0-based) of the exterior
 * ring as written; the part that touches it comes first. For a cut through a point the part with
 * the target comes first ({@code --keep} chooses the side it lies on).
 */
@Command(name = "split", mixinStandardHelpOptions = true)
final class SurveySplitCommand extends SurveySubcommand implements Callable<Integer> {

    /** How much to cut. */
    static final class Amount {
        @Option(names = "--target-mu", paramLabel = "X", required = true, descriptionKey = "survey.cli.option.targetMu")
        String targetMu;

        @Option(names = "--target-m2", paramLabel = "X", required = true, descriptionKey = "survey.cli.option.targetM2")
        String targetM2;

        @Option(names = "--proportions", paramLabel = "3,2,1", required = true,
                descriptionKey = "survey.cli.option.proportions")
        String proportions;
    }

    /** Where the cut lines run. */
    static final class Direction {
        @Option(names = "--parallel-to-edge", paramLabel = "K", required = true, descriptionKey = "survey.cli.option.edge")
        String edge;

        @Option(names = "--through", paramLabel = "E,N", required = true, descriptionKey = "survey.cli.option.through")
        String through;
    }

    @Parameters(paramLabel = "PARCEL.geojson", descriptionKey = "survey.cli.option.file")
    Path file;

    @Option(names = "--crs", paramLabel = "EPSG:n", required = true, descriptionKey = "survey.cli.option.planeCrs")
    String crs;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Amount amount;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    @Option(names = "--keep", paramLabel = "E,N", descriptionKey = "survey.cli.option.keep")
    String keep;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SurveySplitCommand(GlobalOptions options) {
        super(options);
    }

    @Override
    public Integer call() throws Exception {
        Crs system = ParcelFile.planeCrs(crs);
        Geometry parcel = ParcelFile.read(file).polygon();
        Division division = divide(parcel);
        if (json) {
            printJson(system, division);
        } else {
            printHuman(division);
        }
        out().flush();
        err().flush();
        return 0;
    }

    private Division divide(Geometry parcel) {
        if (direction.through != null) {
            if (amount.proportions != null) {
                throw new LocalizedException("survey.cli.error.proportionsNeedEdge");
            }
            double[] p = point("--through", direction.through);
            PointCutOp op = new PointCutOp(parcel, new Coordinate(p[0], p[1]));
            if (keep != null) {
                double[] k = point("--keep", keep);
                op.setKeep(new Coordinate(k[0], k[1]));
            }
            return op.cutArea(target());
        }
        int edge = edge(direction.edge);
        ParallelCutOp op = new ParallelCutOp(parcel, edge);
        if (amount.proportions != null) {
            return op.divide(proportions(amount.proportions));
        }
        return op.cutArea(target());
    }

    private double target() {
        return amount.targetMu != null ? number("--target-mu", amount.targetMu) * Area.M2_PER_MU
                : number("--target-m2", amount.targetM2);
    }

    private static int edge(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new LocalizedException("survey.cli.error.badNumber", "--parallel-to-edge", text);
        }
    }

    private static double[] proportions(String text) {
        String[] parts = text.strip().split("\\s*[,:]\\s*");
        double[] p = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            p[i] = number("--proportions", parts[i]);
        }
        return p;
    }

    private void printJson(Crs system, Division d) throws Exception {
        GeoJsonGeometryWriter geo = GeoJsonGeometryWriter.rounded(4);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("crs", system.code());
        n.put("parcel_m2", d.parcelAreaM2());
        n.put("parcel_mu", Area.toMu(d.parcelAreaM2()));
        if (!d.cuts().isEmpty() && d.cuts().get(0).offsetM().isPresent()) {
            n.put("offset_m", d.cuts().get(0).offsetM().getAsDouble());
            ArrayNode offsets = n.putArray("offsets_m");
            d.cuts().forEach(c -> offsets.add(c.offsetM().getAsDouble()));
        }
        ArrayNode parts = n.putArray("parts");
        for (Part p : d.parts()) {
            ObjectNode pn = parts.addObject();
            pn.put("m2", p.areaM2());
            pn.put("mu", p.mu());
            pn.put("target_m2", p.targetM2());
            pn.put("pieces", p.pieces());
            pn.set("geometry", geo.geometry(p.geometry()));
        }
        ArrayNode cuts = n.putArray("cuts");
        for (Cut c : d.cuts()) {
            ObjectNode cn = cuts.addObject();
            if (c.offsetM().isPresent()) {
                cn.put("offset_m", c.offsetM().getAsDouble());
            }
            cn.put("azimuth_deg", c.azimuthDeg());
            cn.put("length_m", c.line().getLength());
            cn.set("geometry", geo.geometry(c.line()));
        }
        ArrayNode warnings = n.putArray("warnings");
        for (DivisionWarning w : d.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("code", "part_in_pieces");
            wn.put("part", w.part());
            wn.put("pieces", w.pieces());
            wn.set("at", geo.position(w.location().x, w.location().y));
        }
        out().println(MAPPER.writeValueAsString(n));
    }

    private void printHuman(Division d) {
        Messages m = messages();
        out().println(m.get("survey.cli.split.parcel", d.parcelAreaM2(), Area.toMu(d.parcelAreaM2())));
        List<Part> parts = d.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            out().println(m.get("survey.cli.split.part", i + 1, p.areaM2(), p.mu(), Area.toMu(p.targetM2())));
        }
        for (int i = 0; i < d.cuts().size(); i++) {
            Cut c = d.cuts().get(i);
            if (c.offsetM().isPresent()) {
                out().println(m.get("survey.cli.split.cutOffset", i + 1, c.offsetM().getAsDouble(), c.azimuthDeg()));
            } else {
                out().println(m.get("survey.cli.split.cutThrough", i + 1, c.azimuthDeg()));
            }
            for (int g = 0; g < c.line().getNumGeometries(); g++) {
                Coordinate[] ends = c.line().getGeometryN(g).getCoordinates();
                Coordinate a = ends[0];
                Coordinate b = ends[ends.length - 1];
                out().println(m.get("survey.cli.split.ends", a.x, a.y, b.x, b.y));
            }
        }
        for (DivisionWarning w : d.warnings()) {
            warn(w);
        }
    }
}
