package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/** Properties of the adjustment on random fields with simulated noise ({@link RandomNetworks}). */
class AdjustmentPropertiesTest {

    private static final Adjustment NO_SNOOPING = new Adjustment(AdjustmentOptions.defaults().withMaxRejections(0));

    @Test
    void positionsAreRecoveredWithinTheirStatedSigma() {
        qt().withFixedSeed(20240603L).withExamples(200).forAll(longs().all())
                .checkAssert(this::positionsAreRecoveredWithinTheirStatedSigma);
    }

    private void positionsAreRecoveredWithinTheirStatedSigma(long seed) {
        RandomNetworks f = new RandomNetworks(seed, true, seed % 3 == 0);
        AdjustmentResult r = NO_SNOOPING.run(f.network());
        for (int i = 0; i < f.ids.size(); i++) {
            AdjustedPoint p = r.point(f.ids.get(i)).orElseThrow();
            PlanePoint t = f.truth.get(i);
            assertThat(Math.abs(p.e() - t.e())).isLessThan(4.5 * p.sigmaE());
            assertThat(Math.abs(p.n() - t.n())).isLessThan(4.5 * p.sigmaN());
        }
    }

    @Test
    void redundancyNumbersSumToTheDegreesOfFreedom() {
        qt().withFixedSeed(7L).withExamples(200).forAll(longs().all())
                .checkAssert(this::redundancyNumbersSumToTheDegreesOfFreedom);
    }

    private void redundancyNumbersSumToTheDegreesOfFreedom(long seed) {
        RandomNetworks f = new RandomNetworks(seed, seed % 2 == 0, seed % 3 == 0);
        AdjustmentResult r = Adjustment.adjust(f.network());
        double sum = r.observations().stream().filter(o -> !o.rejected())
                .mapToDouble(ObservationResult::totalRedundancy).sum();
        assertThat(sum).isCloseTo(r.degreesOfFreedom(), within(1e-8));
        for (ObservationResult o : r.observations()) {
            for (double ri : o.redundancy()) {
                assertThat(ri).isBetween(0.0, 1.0);
            }
        }
    }

    /**
     * One blunder of 5 to 10 × its MDB in any tape that something checks is found and is the one
     * removed, provided the figure can locate it: its w-test is correlated with no other by |ρ| ≥
     * 0.95 in the clean network (with δ = 5 × 4.13, (1 − ρ²)δ² then exceeds 40, far above the
     * critical w² of 10.8 that data snooping asks of the difference). Where some other test is that
     * strongly correlated (a tape with r ≈ 0.07 passes its blunder to its neighbours), the
     * adjustment may still name it, but must never name another: it warns not_locatable and lists it.
     */
    @Test
    void aBlunderOfAtLeastFiveMdbIsFoundAndIsTheOneRemoved() {
        // -Dsurvey.blunderSites=N for a larger sample (the suite runs 200). Surefire passes -D user
        // properties of the mvn command line to the forked JVM; the line printed says how many ran.
        int wanted = Integer.getInteger("survey.blunderSites", 200);
        int[] ran = new int[2];
        // No shrinking: the example is a network seed, and a smaller seed is only another random
        // network (the 2,000-network run was still shrinking its one falsifying seed when stopped).
        qt().withFixedSeed(11L).withExamples(wanted).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            ran[0]++;
            ran[1] += aBlunderOfAtLeastFiveMdbIsFoundAndIsTheOneRemoved(seed) ? 1 : 0;
        });
        System.out.printf("blunder property: %d networks asked, %d run, %d with a blunder planted%n", wanted, ran[0],
                ran[1]);
        assertThat(ran[0]).isEqualTo(wanted);
    }

    /**
     * Networks that larger samples found (issue 13), kept as regressions: 1492 (a 3 m blunder in a
     * tape to a corner held at a flat angle did not settle within 20 Gauss–Newton steps), 1579
     * (the adjustment with the blunder and no snooping failed as singular), and 23413, 29352,
     * 4358047 (another figure absorbs the slip: everything fits, and the result used to be called
     * trustworthy; see {@link #aSlipAnotherFigureAbsorbsGivesNoConfidentWrongArea}), and 2511, 5389,
     * 7351, 47485, 130417, 6592873 (not locatable in the non-linear model: see {@link #separable}),
     * and 1311003 (the slip pulls the figure degenerate and the absence of any of six tapes that
     * test alike fits: the answer used to be SINGULAR, it is now "not locatable" naming them).
     */
    @ParameterizedTest
    @ValueSource(longs = {1492L, 1579L, 23413L, 29352L, 4358047L, 2511L, 5389L, 7351L, 47485L, 130417L, 6592873L,
        1311003L, 13311L, -8130582203491746658L})
    void aBlunderOfAtLeastFiveMdbIsFoundInTheNetworksLargerSamplesFound(long seed) {
        aBlunderOfAtLeastFiveMdbIsFoundAndIsTheOneRemoved(seed);
    }

    /**
     * Network seed 13311 (issue 13): a free network (tapes and two grid bearings, no position), tape
     * 1 (P1–P2) written 2.38 m long (about 9 MDB). Corners P1 and P2 are held by the five tapes that
     * touch them (P0–P1, P1–P2, P1–P5, P0–P2, P2–P3): four coordinates, five tapes, one spare between
     * them, so a slip in any of the five is the same misfit and no data can say which (leaving out
     * any one of them fits). No robust fit is made for a free network, and Gauss–Newton from the
     * constructed start did not settle within its 20 steps: the answer was NOT_CONVERGED, with no
     * list to re-tape. It must be "not settled", naming exactly those five.
     */
    @Test
    void aSlipInAFreeNetworkThatDoesNotSettleNamesTheTapesHoldingItsCorners() {
        Blundered b = blundered(13311L);
        assertThat(b.tape()).isEqualTo(1);
        List<Integer> touching = new ArrayList<>();
        for (int j = 0; j < b.wrong().size(); j++) {
            if (b.wrong().get(j) instanceof TapeDistance t
                    && (List.of("P1", "P2").contains(t.from()) || List.of("P1", "P2").contains(t.to()))) {
                touching.add(j);
            }
        }
        assertThat(touching).hasSize(5);
        AdjustmentResult r = Adjustment.adjust(Network.of(b.wrong()));
        assertThat(r.verdict().trustworthy()).isFalse();
        assertThat(r.verdict().reason()).contains(TrustReason.NOT_LOCATABLE);
        assertThat(r.verdict().reTape()).containsExactlyInAnyOrderElementsOf(touching);
    }

    /**
     * Network seed −8130582203491746658, the one failure of the 2,000-network run (issue 13): tape 5
     * written 5.745 m short (about 8.6 MDB). The robust fit weighed down the good tapes 13 and 14,
     * tape 5's checks, and kept tape 5, so among the measurements that fitted it tape 5 looked
     * unchecked; the answer was "not settled, re-tape 5, 13, 14". With every other measurement in,
     * leaving out tape 5 alone fits (vᵀPv 21.8 against the global test's 28.8) and leaving out 13 or
     * 14 does not (108.5, 1,028.5): tape 5 must be rejected, the result settled, and the corners
     * those of the adjustment without tape 5 within 1 mm.
     */
    @Test
    void aSlipTheRobustFitKeptIsRejectedWhenItsAbsenceAloneFits() {
        Blundered b = blundered(-8130582203491746658L);
        assertThat(b.tape()).isEqualTo(5);
        AdjustmentResult r = Adjustment.adjust(Network.of(b.wrong()));
        assertThat(r.blunders()).extracting(Blunder::index).containsExactly(5);
        assertThat(r.verdict().trustworthy()).isTrue();
        List<Observation> without = new ArrayList<>(b.wrong());
        without.remove(5);
        AdjustmentResult clean = NO_SNOOPING.run(Network.of(without));
        assertThat(clean.globalTest().passed()).isTrue();
        for (String id : b.field().ids) {
            AdjustedPoint p = r.point(id).orElseThrow();
            AdjustedPoint q = clean.point(id).orElseThrow();
            assertThat(Math.hypot(p.e() - q.e(), p.n() - q.n())).as(id).isLessThan(0.001);
        }
    }

    /**
     * No confident wrong area (issue 13). In these networks of the 2,000-network run a slip of 6–10
     * MDB moves a weakly held corner to a figure where every measurement fits (the global test
     * passes): seed 23413, tape 14 written 195.777 m for 203.354 m; 29352, tape 18, 88.997 for
     * 85.258; 4358047, tape 17, 106.161 for 102.398. What the generator planted decides, not the
     * engine: either the slipped tape is rejected and the area agrees with the true figure's within
     * 4.5 σ, or the answer is not trustworthy and names the slipped tape to measure again.
     */
    @ParameterizedTest
    @ValueSource(longs = {23413L, 29352L, 4358047L})
    void aSlipAnotherFigureAbsorbsGivesNoConfidentWrongArea(long seed) {
        Blundered b = blundered(seed);
        assertThat(b).isNotNull();
        AdjustmentResult r = Adjustment.adjust(Network.of(b.wrong()));
        List<PlanePoint> adjusted = new ArrayList<>();
        for (String id : b.field().ids) {
            AdjustedPoint p = r.point(id).orElseThrow();
            adjusted.add(new PlanePoint(p.e(), p.n()));
        }
        double area = Math.abs(org.lastmile.survey.area.PlaneArea.signed(adjusted));
        double truth = Math.abs(org.lastmile.survey.area.PlaneArea.signed(b.field().truth));
        double sigma = org.lastmile.survey.area.AreaUncertainty.sigma(adjusted, r.covariance(b.field().ids));
        if (r.verdict().trustworthy()) {
            assertThat(r.blunders()).extracting(Blunder::index).containsExactly(b.tape());
            assertThat(area).isCloseTo(truth, within(4.5 * sigma));
        } else {
            assertThat(r.verdict().reTape()).contains(b.tape());
        }
    }

    /**
     * The list to re-tape names the part where another figure fits, not every weak part of the
     * network (issue 13). Seed 29352 (GNSS on every corner): the slip in tape 18 (P1–P7) moved P1 and
     * P2 4–8 m from the truth and every measurement fits; the five tapes at those two corners hold
     * their four coordinates with one spare, so a slip in any of them is the same misfit. Those five
     * are to be re-taped; the list used to hold every weak part, 14 of the 30 measurements.
     */
    @Test
    void theReTapeListOfAnAbsorbedSlipIsThePartTheSlipMoved() {
        Blundered b = blundered(29352L);
        AdjustmentResult r = Adjustment.adjust(Network.of(b.wrong()));
        List<String> moved = new ArrayList<>();
        for (int k = 0; k < b.field().ids.size(); k++) {
            AdjustedPoint p = r.point(b.field().ids.get(k)).orElseThrow();
            PlanePoint t = b.field().truth.get(k);
            if (Math.hypot(p.e() - t.e(), p.n() - t.n()) > 2) { // GNSS σ 3 m holds the others within 1 m
                moved.add(b.field().ids.get(k));
            }
        }
        assertThat(moved).containsExactlyInAnyOrder("P1", "P2");
        List<Integer> atMoved = new ArrayList<>();
        for (int j = 0; j < b.wrong().size(); j++) {
            if (b.wrong().get(j) instanceof TapeDistance t && (moved.contains(t.from()) || moved.contains(t.to()))) {
                atMoved.add(j);
            }
        }
        assertThat(r.verdict().reason()).contains(TrustReason.NOT_CHECKED);
        assertThat(r.verdict().reTape()).contains(b.tape()).containsExactlyInAnyOrderElementsOf(atMoved);
    }

    /**
     * The property's network: the random field of {@code seed}, the tape the slip is planted in, the
     * slip (5–10 × that tape's MDB in the clean network, either sign), the observations with it, and
     * the clean network's largest |ρ| of that tape's w-test with another. Null when nothing is
     * checkable or the clean draw's own noise already fails a w-test.
     */
    record Blundered(RandomNetworks field, int tape, double blunder, List<Observation> wrong, double cleanRho) {
    }

    static Blundered blundered(long seed) {
        RandomNetworks f = new RandomNetworks(seed, seed % 2 == 0, seed % 3 == 0);
        AdjustmentResult clean = NO_SNOOPING.run(f.network());
        Random rnd = new Random(seed);
        List<Integer> tapes = new ArrayList<>();
        for (ObservationResult o : clean.observations()) {
            if (o.type() == org.lastmile.survey.observation.ObservationType.TAPE
                    && o.redundancy()[0] >= DataSnooping.MIN_REDUNDANCY) { // issue 13: below 0.1 never rejected
                tapes.add(o.index());
            }
        }
        if (tapes.isEmpty() || clean.observations().stream().mapToDouble(o -> Math.abs(o.w()[o.worstComponent()]))
                .filter(Double::isFinite).max().orElse(0) > 3.29) {
            return null; // nothing checkable, or a noise draw that is already rejected
        }
        int i = tapes.get(rnd.nextInt(tapes.size()));
        double mdb = clean.observations().get(i).mdb()[0];
        double maxRho = 0;
        for (int j = 0; j < f.observations.size(); j++) {
            double rho = j == i ? 0 : Math.abs(clean.wCorrelation(i, j));
            if (rho > maxRho) {
                maxRho = rho;
            }
        }
        TapeDistance tape = (TapeDistance) f.observations.get(i);
        double blunder = (rnd.nextBoolean() ? 1 : -1) * (5 + 5 * rnd.nextDouble()) * mdb;
        List<Observation> wrong = new ArrayList<>(f.observations);
        wrong.set(i, tape.withDistance(tape.distance() + blunder));
        return new Blundered(f, i, blunder, wrong, maxRho);
    }

    /** The property's body; false when the network has nothing to check (see {@link #blundered}). */
    private boolean aBlunderOfAtLeastFiveMdbIsFoundAndIsTheOneRemoved(long seed) {
        Blundered b = blundered(seed);
        if (b == null) {
            return false;
        }
        RandomNetworks f = b.field();
        int i = b.tape();
        double blunder = b.blunder();
        List<Observation> wrong = b.wrong();
        double maxRho = b.cleanRho();
        // The bound (1 − ρ²)δ² > 40 is linear theory: ρ is that of the linearization, and a blunder of
        // metres in a weakly checked tape (r ≈ 0.12, MDB ≈ 1 m) bends the figure so far that the
        // tests are no longer those of the clean network. Data snooping tests at the solution the
        // blunder has bent; there the correlation can reach 1 (network seed 445: 0.944 clean,
        // 0.9999 bent, and leaving out the correlated tape fits within 4.3 of leaving out the
        // blunder: the data cannot tell them apart). The precondition takes the larger of the two.
        // (Where the classical adjustment with the blunder does not settle, or settles on a
        // degenerate figure — a slip that lengthens a tape pulls the chain of corners between its
        // ends straight, network seed 1579 — there is no bent solution with statistics, and the
        // clean ρ stands. The clean network was regular, so SINGULAR here is the slip's doing.)
        AdjustmentResult bent = null;
        try {
            bent = NO_SNOOPING.run(Network.of(wrong));
        } catch (AdjustmentException e) {
            assertThat(e.error()).isIn(AdjustmentError.NOT_CONVERGED, AdjustmentError.SINGULAR);
        }
        for (int j = 0; bent != null && j < f.observations.size(); j++) {
            double rho = j == i ? 0 : Math.abs(bent.wCorrelation(i, j));
            if (rho > maxRho) {
                maxRho = rho;
            }
        }
        AdjustmentResult r = Adjustment.adjust(Network.of(wrong));
        // issue 13: a tape too weakly checked among the others is reported not_checked, never rejected
        List<Integer> notLocatable = new ArrayList<>(r.warnings().stream().filter(w -> w.code() == WarningCode.NOT_LOCATABLE
                || w.code() == WarningCode.NOT_CHECKED).flatMap(w -> w.args().stream()).map(a -> (Integer) a).toList());
        if (!r.verdict().trustworthy()) {
            notLocatable.addAll(r.verdict().reTape()); // "not settled: measure these again"
        }
        if (r.blunders().isEmpty() && (maxRho >= 0.95 || !separable(b))) {
            assertThat(notLocatable).contains(i);
            return true;
        }
        assertThat(r.blunders()).as("|ρ| max %.3f", maxRho).isNotEmpty();
        assertThat(r.blunders().get(0).index()).as("|ρ| max %.3f", maxRho).isEqualTo(i);
        // Left out, the tape differs from the adjusted distance by the blunder (up to noise); the
        // estimate ∇ = −v/r of survey.md is linearized at the distorted solution and has its sign.
        assertThat(-r.observations().get(i).residual()[0]).isCloseTo(blunder, within(0.35 * Math.abs(blunder)));
        assertThat(Math.signum(r.blunders().get(0).estimate())).isEqualTo(Math.signum(blunder));
        return true;
    }

    /**
     * Whether the data tell the slipped tape from every other measurement in the non-linear model:
     * leaving out any other one leaves a vᵀPv more than 3.29² above leaving out the slipped one
     * (the likelihood-ratio form of the pair separation, which linear theory puts at (1 − ρ²)δ²).
     * Each is solved without snooping from the truth and from the ordinary starting coordinates, the
     * smaller vᵀPv kept. Linear theory's bound fails where a weakly held corner lets another figure
     * absorb the slip: seeds 2511, 5389, 7351, 47485, 130417 and 6592873 of the 2,000-network run
     * (clean |ρ| 0.76–0.94) each have a rival whose absence fits within 3.29² of the slipped
     * tape's (2511: tape 5, vᵀPv 8.22 against 0.06; in four of the six the rival's redundancy number
     * is below 0.1, so no test on it could settle the question), and the adjustment rightly answers
     * "not locatable" with the slipped tape among those to re-tape.
     */
    private static boolean separable(Blundered b) {
        Map<String, PlanePoint> truth = new java.util.LinkedHashMap<>();
        for (int k = 0; k < b.field().ids.size(); k++) {
            truth.put(b.field().ids.get(k), b.field().truth.get(k));
        }
        double slipped = leftOut(b.wrong(), b.tape(), truth);
        double c2 = 3.29 * 3.29;
        for (int j = 0; j < b.wrong().size(); j++) {
            if (j != b.tape() && leftOut(b.wrong(), j, truth) <= slipped + c2) {
                return false;
            }
        }
        return true;
    }

    /** The smaller vᵀPv without observation j, from the truth and from the ordinary start; ∞ if neither settles. */
    private static double leftOut(List<Observation> observations, int j, Map<String, PlanePoint> truth) {
        List<Observation> without = new ArrayList<>(observations);
        without.remove(j);
        double best = Double.POSITIVE_INFINITY;
        for (Network n : List.of(new Network(without, truth), Network.of(without))) {
            try {
                best = Math.min(best, NO_SNOOPING.run(n).vpv());
            } catch (AdjustmentException e) {
                // without it the figure is not fixed or does not settle: no rival figure from here
            }
        }
        return best;
    }

    /**
     * A blunder too small to be told from the tapes that test alike (0.3 m in a hexagon with one
     * diagonal spare and GNSS on two corners, about 1–2 MDB) must not be pinned on a good tape: either
     * the wrong tape is named, or the warning not_locatable lists it among the suspects.
     */
    @Test
    void aBlunderThatCannotBeLocatedIsNeverPinnedOnAGoodTape() {
        qt().withFixedSeed(3L).withExamples(60).forAll(longs().all())
                .checkAssert(this::aBlunderThatCannotBeLocatedIsNeverPinnedOnAGoodTape);
    }

    private void aBlunderThatCannotBeLocatedIsNeverPinnedOnAGoodTape(long seed) {
        Random rnd = new Random(seed);
        int n = 6;
        double[][] p = new double[n][2];
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * (k + 0.3 * rnd.nextDouble()) / n;
            double radius = 60 * (0.97 + 0.06 * rnd.nextDouble());
            p[k][0] = 611630 + radius * Math.sin(a);
            p[k][1] = 4069495 + radius * Math.cos(a);
        }
        int culprit = 3;
        List<Observation> obs = new ArrayList<>();
        for (int step = 1; step <= 2; step++) {
            for (int k = 0; k < n; k++) {
                int j = (k + step) % n;
                double d = Math.hypot(p[j][0] - p[k][0], p[j][1] - p[k][1]);
                double sigma = TapeDistance.defaultSigma(d, 0.01);
                double slip = obs.size() == culprit ? 0.3 : 0;
                obs.add(new TapeDistance("P" + k, "P" + j, d + sigma * rnd.nextGaussian() + slip, sigma));
            }
        }
        for (int k = 0; k < 2; k++) {
            obs.add(org.lastmile.survey.observation.PointPosition.gnss("P" + k, p[k][0] + 3 * rnd.nextGaussian(),
                    p[k][1] + 3 * rnd.nextGaussian(), 3));
        }
        AdjustmentResult r = Adjustment.adjust(Network.of(obs));
        for (Blunder b : r.blunders()) {
            assertThat(b.index()).isEqualTo(culprit);
        }
        r.warnings().stream().filter(w -> w.code() == WarningCode.NOT_LOCATABLE)
                .forEach(w -> assertThat(w.args()).contains(culprit));
    }

    @Test
    void theGlobalTestPassesAboutNinetyFivePercentOfTheTime() {
        Random seeds = new Random(12345);
        int trials = 600;
        int passed = 0;
        for (int t = 0; t < trials; t++) {
            long seed = seeds.nextLong();
            RandomNetworks f = new RandomNetworks(seed, seed % 2 == 0, seed % 3 == 0);
            if (NO_SNOOPING.run(f.network()).globalTest().passed()) {
                passed++;
            }
        }
        // Binomial(600, 0.95): σ = 0.9 %; the band is ±3.2σ (the model is slightly non-linear).
        assertThat(passed / (double) trials).isBetween(0.92, 0.98);
    }
}
