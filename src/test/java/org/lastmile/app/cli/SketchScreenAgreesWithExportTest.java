package org.lastmile.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.app.wiring.Wiring;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.service.SketchService;
import org.lastmile.store.open.Store;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.sketch.SketchViewModel;

/**
 * The screen and the export calculate the demo farmland the same way: the sketch screen's view
 * model, opened on the stored sketch as the window opens it, shows the areas and corner positions
 * that {@code lastmile sketch export --format geojson} writes for the same data directory.
 */
@ExtendWith(FxThread.class)
class SketchScreenAgreesWithExportTest {

    private static final String FARMLAND = "(2026)青2224执218号";

    @TempDir
    Path dir;

    @Test
    void theScreenShowsTheAreasAndCornersTheGeoJsonExportWrites() throws Exception {
        Path data = dir.resolve("data");
        Path geo = dir.resolve("sketch.geojson");
        CliRun run = CliRun.run("sketch", "export", FARMLAND, "--format", "geojson", "--out", geo.toString(),
                "--data-dir", data.toString(), "--lang", "en");
        assertThat(run.exit).isZero();
        JsonNode exported = new ObjectMapper().readTree(Files.readString(geo));

        SketchViewModel screen;
        try (Store store = Wiring.system().openStore(data, true)) {
            var c = RecordCommand.findCase(store, FARMLAND);
            screen = new SketchViewModel(SketchService.of(store).history(c.id()).orElseThrow(),
                    new Background(Runnable::run));
        }
        SketchResult shown = screen.outcomeProperty().get();
        assertThat(shown).isNotNull();

        Map<String, double[]> corners = new HashMap<>();
        Map<String, JsonNode> areas = new HashMap<>();
        for (JsonNode f : exported.path("features")) {
            JsonNode p = f.path("properties");
            if ("corner".equals(p.path("kind").asText())) {
                JsonNode xy = f.path("geometry").path("coordinates");
                corners.put(p.path("name").asText(), new double[] {xy.get(0).asDouble(), xy.get(1).asDouble()});
            } else if (p.has("role")) {
                areas.put(p.path("role").asText() + p.path("party").asText(""), p);
            }
        }
        assertThat(corners).hasSize(screen.current().corners().size());
        for (Corner c : screen.current().corners()) {
            double[] xy = corners.get(c.name());
            assertThat(shown.position(c.id()).e()).as(c.name()).isCloseTo(xy[0], offset(1e-6));
            assertThat(shown.position(c.id()).n()).as(c.name()).isCloseTo(xy[1], offset(1e-6));
        }
        SketchResult.Figure parcel = shown.parcel().orElseThrow();
        assertThat(parcel.m2()).isCloseTo(areas.get("parcel").path("m2").asDouble(), offset(0.006));
        assertThat(parcel.sigmaM2()).isCloseTo(areas.get("parcel").path("sigma_m2").asDouble(), offset(0.006));
        assertThat(parcel.m2()).as("the true field, scripts/sketch_reference.py").isCloseTo(8287.60,
                offset(3 * parcel.sigmaM2()));
        assertThat(shown.parts()).hasSize(2);
        for (SketchResult.PartFigure part : shown.parts()) {
            JsonNode p = areas.get("part" + part.party().orElseThrow().name());
            assertThat(part.figure().m2()).isCloseTo(p.path("m2").asDouble(), offset(0.006));
        }
        assertThat(shown.trustworthy()).isTrue();
    }
}
