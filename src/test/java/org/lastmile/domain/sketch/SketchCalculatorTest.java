package org.lastmile.domain.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lastmile.store.demo.DemoSketch;

/**
 * The demo farmland site against values computed independently (scripts/sketch_reference.py:
 * shoelace on the true corners, the 6.6-mu cut by bisection of a half-plane clip).
 */
class SketchCalculatorTest {

    private static final double TRUE_AREA_M2 = 8287.5999;
    private final SiteSketch demo = new DemoSketch().build(UUID.randomUUID(), Instant.parse("2026-12-04T04:00:00Z"));
    private final SketchCalculator calculator = new SketchCalculator();

    @Test
    void theParcelAreaFromGnssAndTapesIsTheTrueAreaWithinItsSigma() {
        SketchResult r = calculator.calculate(demo);
        SketchResult.Figure parcel = r.parcel().orElseThrow();
        assertThat(parcel.sigmaM2()).isBetween(0.05, 5.0);
        assertThat(parcel.m2()).isCloseTo(TRUE_AREA_M2, offset(Math.max(3 * parcel.sigmaM2(), 0.5)));
        assertThat(parcel.mu()).isCloseTo(12.43, offset(0.01));
        assertThat(r.trustworthy()).isTrue();
        assertThat(r.tapes()).allSatisfy(t -> assertThat(t.rejected()).isFalse());
    }

    @Test
    void theRoadSidePartIsExactlySixPointSixMuAndGoesToPartyA() {
        SketchResult r = calculator.calculate(demo);
        assertThat(r.parts()).hasSize(2);
        assertThat(r.parts().get(0).figure().m2()).isCloseTo(4400.0, offset(0.01));
        assertThat(r.parts().get(0).party()).contains(Party.A);
        assertThat(r.parts().get(1).party()).contains(Party.B);
    }

    @Test
    void theStakeoutCardsGiveTheDistancesAlongTheEdgesFromTheIndependentCut() {
        SketchResult r = calculator.calculate(demo);
        assertThat(r.stakeouts()).hasSize(2);
        SketchResult.StakeoutCard east = r.stakeouts().stream().filter(c -> c.edgeFrom().equals("J2")).findFirst()
                .orElseThrow();
        SketchResult.StakeoutCard west = r.stakeouts().stream().filter(c -> c.edgeFrom().equals("J5")).findFirst()
                .orElseThrow();
        assertThat(east.edgeTo()).isEqualTo("J3");
        assertThat(east.alongM()).isCloseTo(51.700, offset(0.10));
        assertThat(west.edgeTo()).isEqualTo("J1");
        assertThat(west.alongM()).isCloseTo(37.123, offset(0.10));
        assertThat(east.offsetM()).isCloseTo(0, offset(1e-6));
        assertThat(east.checks()).hasSize(2);
        // the markers were set a few centimetres from these designs
        assertThat(demo.markers()).hasSize(2).allSatisfy(m -> assertThat(m.differenceM().orElseThrow()).isBetween(0.01, 0.05));
    }

    @Test
    void aSwappedTapeIsRejectedWithItsSuggestion() {
        // J1–J2 is 86.517 m on the plane, 86.55 m on the ground at 3,300 m; written 68.55
        Tape side = demo.tapes().get(0);
        assertThat(side.typed()).isEqualTo("86.55");
        SiteSketch slipped = SketchEdits.tapeLength(side.id(), 68.55, "68.55").apply(demo);
        SketchResult r = calculator.calculate(slipped);
        SketchResult.TapeFit fit = r.tapes().get(0);
        assertThat(fit.rejected()).isTrue();
        assertThat(fit.suggestion()).hasValueCloseTo(86.55, offset(0.005));
        assertThat(r.parcel().orElseThrow().m2()).isCloseTo(TRUE_AREA_M2, offset(3.0));
    }

    @Test
    void withTooFewTapesTheWarningNamesAnUntapedDiagonal() {
        // keep the five sides and two diagonals: 7 of the 9 tapes a located slip needs
        List<Tape> seven = demo.tapes().subList(0, 7);
        SketchResult r = calculator.calculate(demo.withTapes(seven));
        List<String> d = r.nextDiagonal().orElseThrow();
        assertThat(seven).noneMatch(t -> t.joins(DemoSketch.id(d.get(0)), DemoSketch.id(d.get(1))));
        assertThat(List.of(List.of("J1", "J2"), List.of("J2", "J3"), List.of("J3", "J4"), List.of("J4", "J5"),
                List.of("J1", "J5"))).doesNotContain(d);
        assertThat(r.warnings()).anyMatch(w -> w.messageKey().equals("sketch.warning.tapeDiagonal"));
        assertThat(calculator.calculate(demo).nextDiagonal()).isEmpty();
    }

    @Test
    void theAreaBetweenTheClaimsIsTheDifferenceOfTheNestedClaims() {
        SketchResult r = calculator.calculate(demo);
        double a = r.claims().stream().filter(c -> c.party().orElseThrow() == Party.A).findFirst().orElseThrow().m2();
        double b = r.claims().stream().filter(c -> c.party().orElseThrow() == Party.B).findFirst().orElseThrow().m2();
        assertThat(a).isGreaterThan(b);
        assertThat(r.between().orElseThrow().m2()).isCloseTo(a - b, offset(1e-6));
        // the hexagon A1 A2 J3 B2 B1 J5 on the true corners (shoelace, scripts/sketch_reference.py)
        assertThat(r.between().orElseThrow().m2()).isCloseTo(1674.15, offset(2.0));
    }
}
