package org.lastmile.ui.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SketchCalculator;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.sketch.SketchLayout;
import org.lastmile.sketch.SvgWriter;
import org.lastmile.sketch.TitleBlock;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The area's σ written so that it shows: 1 mu = 10000/15 m² = 666.67 m², so σ = 3.2 m² is
 * 3.2 × 15 / 10000 = 0.0048 mu (two decimals of a mu, "0.00", hid it), 206 m² is 0.309 mu
 * ("0.31"), 0.042 m² is 0.000063 mu. The status line and the printed sketch's title column write
 * the same σ (one rule, {@code AreaSigma}).
 */
class AreaSigmaTextTest {

    private static SketchResult parcel(double m2, double sigmaM2) {
        GeometryFactory f = new GeometryFactory();
        double w = m2 / 40;
        var square = f.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(w, 0), new Coordinate(w, 40),
            new Coordinate(0, 40), new Coordinate(0, 0)});
        return new SketchResult(SiteSketch.empty(UUID.randomUUID(), "EPSG:4542", 0), Map.of(), List.of(), List.of(),
                Optional.empty(), Optional.of(new SketchResult.Figure(Optional.empty(), square, m2, sigmaM2)), List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), true, List.of());
    }

    @Test
    void aSigmaOfAFewSquareMetresIsNotPrintedAsZeroMu() {
        Messages zh = Messages.of(Language.CHINESE);
        assertThat(StatusText.area(parcel(4400, 3.2), zh))
                .isEqualTo("面积 4,400.0 平方米 = 6.60 亩 ± 3.2 平方米（± 0.0048 亩，1σ）");
        assertThat(StatusText.area(parcel(4400, 206), zh)).endsWith("± 206.0 平方米（± 0.31 亩，1σ）");
        assertThat(StatusText.area(parcel(4400, 0.042), zh)).endsWith("± 0.042 平方米（± 0.000063 亩，1σ）");
        assertThat(StatusText.area(parcel(4400, 3.2), Messages.of(Language.ENGLISH)))
                .isEqualTo("Area 4,400.0 m² = 6.60 mu ± 3.2 m² (± 0.0048 mu, 1σ)");
        assertThat(StatusText.area(parcel(4400, 3.2), Messages.of(Language.TIBETAN))).contains("± 0.0048 མུའུ");
    }

    @Test
    void theScreenAndThePrintedSketchWriteTheSameSigma() {
        SketchResult farmland = new SketchCalculator().calculate(DemoScreen.farmland());
        double sigma = farmland.parcel().orElseThrow().sigmaM2();
        assertThat(sigma).isFinite().isLessThan(66.7); // under 0.1 mu: two decimals of a mu would say little
        Messages zh = Messages.of(Language.CHINESE);
        Matcher screen = Pattern.compile("± ([0-9.]+) 平方米（± ([0-9.]+) 亩").matcher(StatusText.area(farmland, zh));
        assertThat(screen.find()).isTrue();
        String svg = new SvgWriter().write(new SketchLayout(zh).layout(farmland,
                new TitleBlock("(2026)青2224执218号", "2026-12-04 12:00", List.of())));
        assertThat(svg).contains("σ " + screen.group(1) + " m²（" + screen.group(2) + " 亩）");
        assertThat(Double.parseDouble(screen.group(2)) * 10000 / 15).isCloseTo(sigma,
                org.assertj.core.api.Assertions.within(sigma * 0.05 + 0.05));
    }
}
