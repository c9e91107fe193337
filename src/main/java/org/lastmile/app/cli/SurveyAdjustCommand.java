package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.adjust.AdjustedPoint;
import org.lastmile.survey.adjust.AdjustmentResult;
import org.lastmile.survey.adjust.AdjustmentWarning;
import org.lastmile.survey.adjust.Blunder;
import org.lastmile.survey.adjust.ErrorEllipse;
import org.lastmile.survey.adjust.GlobalTest;
import org.lastmile.survey.adjust.ObservationResult;
import org.lastmile.survey.adjust.RelativeEllipse;
import org.lastmile.survey.adjust.ScreenFinding;
import org.lastmile.survey.adjust.Verdict;
import org.lastmile.survey.adjust.SlipSuggestion;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.observation.ObservationType;
import org.lastmile.survey.site.Site;
import org.lastmile.survey.site.SiteAdjustment;
import org.lastmile.survey.site.SiteArea;
import org.lastmile.survey.site.SiteReader;
import org.lastmile.survey.site.SiteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code survey adjust SITE.json [--json]}: adjusts a site's GNSS positions, tapes, bearings,
 * coordinates and offsets together (org.lastmile.survey.site and .adjust) and prints the
 * coordinates with their ellipses, every observation's residual and tests, the blunders with
 * writing-slip suggestions, and the boundary's area with its σ. Residuals, MDB and blunders are
 * in metres, for a bearing in degrees.
 */
@Command(name = "adjust", mixinStandardHelpOptions = true)
final class SurveyAdjustCommand extends SurveySubcommand implements Callable<Integer> {

    @Parameters(paramLabel = "SITE.json", descriptionKey = "survey.cli.adjust.site")
    Path file;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SurveyAdjustCommand(GlobalOptions options) {
        super(options);
    }

    @Override
    public Integer call() throws Exception {
        Site site = new SiteReader().read(file);
        SiteResult result = SiteAdjustment.adjust(site);
        if (json) {
            out().println(MAPPER.writeValueAsString(json(result)));
        } else {
            human(result);
        }
        out().flush();
        err().flush();
        return 0;
    }

    private static ObjectNode json(SiteResult result) {
        AdjustmentResult r = result.adjustment();
        Site site = result.site();
        ObjectNode root = MAPPER.createObjectNode();
        if (site.plane().isPresent()) {
            root.put("crs", site.plane().get().code());
        } else {
            root.putNull("crs");
        }
        root.put("crs_chosen", site.planeChosen());
        root.put("height_m", site.heightM());
        root.put("ground_to_plane", site.groundToPlane());
        root.put("free_network", r.freeNetwork());
        ArrayNode points = root.putArray("points");
        for (AdjustedPoint p : r.points()) {
            ObjectNode n = points.addObject();
            n.put("id", p.id());
            n.put("e", p.e());
            n.put("n", p.n());
            Optional<GeoPoint> g = result.geographic(p.e(), p.n());
            if (g.isPresent()) {
                n.put("lon", g.get().lon());
                n.put("lat", g.get().lat());
            } else {
                n.putNull("lon");
                n.putNull("lat");
            }
            n.put("sigma_e", p.sigmaE());
            n.put("sigma_n", p.sigmaN());
            ellipse(n.putObject("ellipse"), p.ellipse());
        }
        ArrayNode observations = root.putArray("observations");
        for (ObservationResult o : r.observations()) {
            ObjectNode n = observations.addObject();
            n.put("index", o.index());
            n.put("type", o.type().code());
            double unit = o.type() == ObservationType.BEARING ? Math.toDegrees(1) : 1;
            int c = o.worstComponent();
            number(n, "residual", o.residual()[c] * unit);
            number(n, "w", o.w()[c]);
            number(n, "redundancy", o.totalRedundancy());
            number(n, "mdb", o.mdb()[c] * unit);
            n.put("rejected", o.rejected());
            if (o.residual().length > 1) {
                ArrayNode parts = n.putArray("components");
                for (int k = 0; k < o.residual().length; k++) {
                    ObjectNode part = parts.addObject();
                    number(part, "residual", o.residual()[k] * unit);
                    number(part, "w", o.w()[k]);
                    number(part, "redundancy", o.redundancy()[k]);
                    number(part, "mdb", o.mdb()[k] * unit);
                }
            }
        }
        root.put("dof", r.degreesOfFreedom());
        number(root, "sigma0", r.sigma0());
        GlobalTest t = r.globalTest();
        ObjectNode test = root.putObject("global_test");
        test.put("passed", t.passed());
        test.put("applicable", t.applicable());
        test.put("vpv", t.vpv());
        test.put("lower", t.lower());
        test.put("upper", t.upper());
        test.put("alpha", t.alpha());
        ArrayNode blunders = root.putArray("blunders");
        for (Blunder b : r.blunders()) {
            ObjectNode n = blunders.addObject();
            double unit = b.type() == ObservationType.BEARING ? Math.toDegrees(1) : 1;
            n.put("index", b.index());
            n.put("type", b.type().code());
            number(n, "w", b.w());
            number(n, "estimate", b.estimate() * unit);
            number(n, "mdb", b.mdb() * unit);
            if (b.suggestions().isEmpty()) {
                n.putNull("suggestion");
            } else {
                slip(n.putObject("suggestion"), b.suggestions().get(0));
            }
            ArrayNode all = n.putArray("suggestions");
            b.suggestions().forEach(s -> slip(all.addObject(), s));
        }
        Verdict verdict = r.verdict();
        root.put("trustworthy", verdict.trustworthy());
        if (verdict.reason().isPresent()) {
            ObjectNode why = root.putObject("reason");
            why.put("code", verdict.reason().get().name().toLowerCase(Locale.ROOT));
            ArrayNode idx = why.putArray("observations");
            verdict.reTape().forEach(idx::add);
        } else {
            root.putNull("reason");
        }
        ArrayNode reTape = root.putArray("retape");
        verdict.reTape().forEach(reTape::add);
        ArrayNode screen = root.putArray("screen");
        for (ScreenFinding f : r.screen()) {
            ObjectNode n = screen.addObject();
            double unit = f.type() == ObservationType.BEARING ? Math.toDegrees(1) : 1;
            n.put("index", f.index());
            n.put("type", f.type().code());
            n.put("written", f.written() * unit);
            n.put("gnss", f.expected() * unit);
            n.put("sigma", f.sigma() * unit);
            n.put("z", f.z());
            ArrayNode all = n.putArray("suggestions");
            f.suggestions().forEach(sg -> slip(all.addObject(), sg));
        }
        // An area with its σ only when the result is settled (issue 13: no confident wrong answer).
        if (result.area().isPresent() && verdict.trustworthy()) {
            SiteArea a = result.area().get();
            ObjectNode n = root.putObject("area");
            n.put("m2", a.area().m2());
            n.put("mu", a.area().mu());
            n.put("hectares", a.area().hectares());
            n.put("sigma_m2", a.sigmaM2());
            n.put("sigma_mu", a.sigmaMu());
            n.put("surface", a.surface().name().toLowerCase(Locale.ROOT));
            if (a.ellipsoidM2().isPresent()) {
                n.put("ellipsoid_m2", a.ellipsoidM2().getAsDouble());
            } else {
                n.putNull("ellipsoid_m2");
            }
            n.put("ground_m2", a.groundM2());
        } else {
            root.putNull("area");
        }
        ArrayNode relative = root.putArray("relative_ellipses");
        for (RelativeEllipse e : r.relativeEllipses()) {
            ObjectNode n = relative.addObject();
            n.put("from", e.from());
            n.put("to", e.to());
            ellipse(n, e.ellipse());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (AdjustmentWarning w : r.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("code", w.code().name().toLowerCase(Locale.ROOT));
            ArrayNode idx = n.putArray("observations");
            w.args().forEach(idx::add);
        }
        root.put("iterations", r.iterations());
        return root;
    }

    private static void ellipse(ObjectNode n, ErrorEllipse e) {
        n.put("a", e.a());
        n.put("b", e.b());
        n.put("azimuth_deg", e.azimuthDegrees());
    }

    private static void slip(ObjectNode n, SlipSuggestion s) {
        n.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        n.put("value", s.value());
        n.put("w", s.w());
    }

    /** A number, or null when it is not finite (w without redundancy, an infinite MDB). */
    private static void number(ObjectNode n, String field, double value) {
        if (Double.isFinite(value)) {
            n.put(field, value);
        } else {
            n.putNull(field);
        }
    }

    private void human(SiteResult result) {
        Messages m = messages();
        AdjustmentResult r = result.adjustment();
        Site site = result.site();
        for (ScreenFinding f : r.screen()) {
            if (f.type() == ObservationType.BEARING) {
                out().println(m.get("survey.cli.adjust.screenBearing", f.index(), Math.toDegrees(f.written()),
                        Math.toDegrees(f.expected()), f.z()));
            } else {
                out().println(m.get("survey.cli.adjust.screenTape", f.index(), f.written(), f.expected(), f.z()));
            }
            for (SlipSuggestion s : f.suggestions()) {
                out().println(m.get("survey.cli.adjust.suggestion", m.get(s.kind().messageKey(), s.value())));
            }
        }
        String crs = site.plane().map(p -> p.code()).orElse(m.get("survey.cli.adjust.localPlane"));
        out().println(m.get("survey.cli.adjust.header", r.points().size(), r.observations().size(), crs,
                r.iterations()));
        if (r.freeNetwork()) {
            out().println(m.get("survey.cli.adjust.freeNetwork"));
        }
        for (AdjustedPoint p : r.points()) {
            ErrorEllipse e = p.ellipse();
            out().println(m.get("survey.cli.adjust.point", p.id(), p.e(), p.n(), p.sigmaE(), p.sigmaN(), e.a(), e.b(),
                    e.azimuthDegrees()));
        }
        GlobalTest t = r.globalTest();
        String verdict = !t.applicable() ? m.get("survey.cli.adjust.test.notApplicable")
                : t.passed() ? m.get("survey.cli.adjust.test.passed")
                : t.vpv() < t.lower() ? m.get("survey.cli.adjust.test.tooSmall") : m.get("survey.cli.adjust.test.tooLarge");
        out().println(m.get("survey.cli.adjust.summary", r.degreesOfFreedom(),
                Double.isFinite(r.sigma0()) ? r.sigma0() : 0, verdict));
        for (ObservationResult o : r.observations()) {
            int c = o.worstComponent();
            double w = o.w()[c];
            if (o.rejected() || Double.isFinite(w) && Math.abs(w) > 2.5) {
                out().println(m.get("survey.cli.adjust.observation", o.index(), m.get("survey.cli.adjust.type." + o.type().code()),
                        Double.isFinite(w) ? w : 0, o.totalRedundancy()));
            }
        }
        for (Blunder b : r.blunders()) {
            double unit = b.type() == ObservationType.BEARING ? Math.toDegrees(1) : 1;
            out().println(m.get("survey.cli.adjust.blunder", b.index(), m.get("survey.cli.adjust.type." + b.type().code()),
                    Double.isFinite(b.w()) ? b.w() : 0, b.estimate() * unit));
            for (SlipSuggestion s : b.suggestions()) {
                out().println(m.get("survey.cli.adjust.suggestion", m.get(s.kind().messageKey(), s.value())));
            }
        }
        Verdict settled = r.verdict();
        if (!settled.trustworthy()) {
            String list = joined(settled.reTape());
            String why = m.get(settled.reason().orElseThrow().messageKey(), list);
            out().println(m.get("survey.cli.adjust.notSettled", why, list));
        }
        result.area().filter(a -> settled.trustworthy()).ifPresent(a -> {
            out().println(m.get("survey.cli.adjust.area", a.area().m2(), a.area().mu(), a.sigmaM2(), a.sigmaMu(),
                    m.get(a.surface().messageKey())));
            if (a.ellipsoidM2().isPresent()) {
                out().println(m.get("survey.cli.adjust.otherAreas", a.ellipsoidM2().getAsDouble(), a.groundM2()));
            }
        });
        for (AdjustmentWarning w : r.warnings()) {
            Object[] args = w.args().isEmpty() ? new Object[0] : new Object[] {joined(w.args())};
            err().println(m.get(w.messageKey(), args));
        }
        if (site.planeChosen()) {
            err().println(m.get("survey.cli.adjust.planeChosen", crs));
        }
    }

    private static String joined(java.util.List<Integer> indices) {
        StringBuilder s = new StringBuilder();
        for (Integer i : indices) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(i);
        }
        return s.toString();
    }
}
