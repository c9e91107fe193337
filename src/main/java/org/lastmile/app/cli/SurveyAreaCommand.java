package org.lastmile.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lastmile.common.LocalizedException;
import org.lastmile.gnss.io.GeoJsonPolygonReader;
import org.lastmile.i18n.Messages;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.area.ParcelAreaOp;
import org.lastmile.survey.area.ParcelAreas;
import org.lastmile.survey.area.Surface;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.CrsCatalog;
import org.lastmile.survey.crs.CrsWarning;
import org.lastmile.survey.crs.GeographicCrs;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.ZoneWarning;
import org.lastmile.survey.geom.ParcelCheck;
import org.locationtech.jts.geom.Polygon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code survey area FILE.geojson [--crs EPSG:c] [--surface plane|ellipsoid|ground] [--height H]
 * [--json]}: the area of the file's first polygon, holes subtracted. The coordinates are in
 * {@code --crs}, else in the file's {@code crs} member, else WGS84 longitude and latitude
 * (GeoJSON's own). Geographic input gives the ellipsoidal area unless another surface is asked
 * for; plane input the plane area. The ground area needs the site height.
 */
@Command(name = "area", mixinStandardHelpOptions = true)
final class SurveyAreaCommand extends SurveySubcommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.geojson", descriptionKey = "survey.cli.option.file")
    Path file;

    @Option(names = "--crs", paramLabel = "EPSG:n", descriptionKey = "survey.cli.option.crs")
    String crs;

    @Option(names = "--surface", paramLabel = "plane|ellipsoid|ground", descriptionKey = "survey.cli.option.surface")
    Surface surface;

    @Option(names = "--height", paramLabel = "H", descriptionKey = "survey.cli.option.height")
    String height;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    SurveyAreaCommand(GlobalOptions options) {
        super(options);
    }

    @Override
    public Integer call() throws Exception {
        GeoJsonPolygonReader.Parcel parcel = ParcelFile.read(file);
        Crs system = crs != null ? CrsCatalog.parse(crs)
                : parcel.crs().map(CrsCatalog::parse).orElse(GeographicCrs.WGS84);
        Polygon polygon = ParcelCheck.polygon(parcel.polygon());
        Surface chosen = surface != null ? surface : system.isGeographic() ? Surface.ELLIPSOID : Surface.PLANE;
        if (chosen == Surface.GROUND && height == null) {
            throw new LocalizedException("survey.cli.error.heightNeeded");
        }
        double h = height == null ? 0 : number("--height", height);
        ParcelAreas areas = new ParcelAreaOp(system).setHeight(h).compute(polygon);
        Area area = areas.on(chosen);
        boolean datumNote = system.epsg() == GeographicCrs.WGS84.epsg();
        if (json) {
            printJson(system, chosen, area, areas, height != null, h, datumNote);
        } else {
            printHuman(system, chosen, area, areas, datumNote);
        }
        out().flush();
        err().flush();
        return 0;
    }

    private void printJson(Crs system, Surface chosen, Area area, ParcelAreas areas, boolean withHeight, double h,
            boolean datumNote) throws Exception {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("m2", area.m2());
        n.put("mu", area.mu());
        n.put("hectares", area.hectares());
        n.put("surface", chosen.name().toLowerCase(Locale.ROOT));
        n.put("crs", system.code());
        PlaneSystem plane = areas.planeSystem();
        n.put("plane_crs", plane.code());
        n.put("plane_m2", areas.plane().m2());
        n.put("ellipsoid_m2", areas.ellipsoid().m2());
        if (withHeight) {
            n.put("ground_m2", areas.ground().m2());
            n.put("height_m", h);
        }
        n.put("point_scale", areas.scale().pointScale());
        n.put("wgs84_taken_as_cgcs2000", datumNote);
        n.set("warnings", warningsJson(areas.warnings()));
        out().println(MAPPER.writeValueAsString(n));
    }

    private void printHuman(Crs system, Surface chosen, Area area, ParcelAreas areas, boolean datumNote) {
        Messages m = messages();
        out().println(m.get("survey.cli.area.result", m.get(chosen.messageKey()), area.m2(), area.mu(),
                area.hectares()));
        PlaneSystem plane = areas.planeSystem();
        out().println(m.get("survey.cli.area.planeSystem", plane.code(), plane.centralMeridian()));
        for (Surface other : Surface.values()) {
            if (other != chosen && (other != Surface.GROUND || height != null)) {
                Area a = areas.on(other);
                out().println(m.get("survey.cli.area.other", m.get(other.messageKey()), a.m2(), a.mu()));
            }
        }
        if (datumNote) {
            err().println(m.get(CrsWarning.WGS84_TAKEN_AS_CGCS2000.messageKey()));
        }
        for (ZoneWarning w : areas.warnings()) {
            warn(w);
        }
        if (system.isGeographic() && chosen != Surface.ELLIPSOID) {
            out().println(m.get("survey.cli.area.planeChosen", plane.code()));
        }
    }
}
