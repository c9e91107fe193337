package org.lastmile.survey.adjust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;
import org.lastmile.survey.observation.TapeDistance;

/**
 * Issue 13 at scale (QuickTheories): random sites like those of the issue ({@link SlipSites}) with
 * one writing slip of every kind ({@link WritingSlip}: digits swapped, a digit dropped or doubled,
 * ±1/10/100 m, a tape length, a decimal shift, any amount from 0.5 m to 1,000 m), two slips on
 * different tapes, and sites with too little redundancy. The suite runs a modest number of sites
 * (system property {@code survey.slipSites}, default 40 per property); scripts/slip-detection runs
 * thousands and writes the detection-rate table of docs/survey.md.
 *
 * <p>What "exceeds its MDB" means for a slip that must be located, not only detected: its size is
 * at least twice the tape's minimal detectable bias in the clean adjustment, widened for the tape's
 * most correlated neighbour (MDB / √(1 − ρ²), ρ the largest correlation of its w-test with
 * another's: the smallest slip that the w-test separates from that neighbour with the same power),
 * and the tape's redundancy number is at least 0.1 (below it the issue forbids a rejection). Such
 * a slip is rejected alone with the corners of the adjustment without it (1 mm), or, rarely (0.2 %
 * of 3,000 sites), the answer is "not settled" naming it; at least 97 % must be located. Whatever
 * the slip, no good tape is ever rejected, and a rejection always leaves the corners of the
 * adjustment without the slipped tape.
 */
class SlipPropertiesTest {

    private static final int SITES = Integer.getInteger("survey.slipSites", 40);
    private static final double CRITICAL = AdjustmentOptions.defaults().criticalW();

    @Test
    void oneSlipIsNeverPinnedOnAGoodTapeAndBeyondItsMdbIsTheOneRejected() {
        qt().withExamples(SITES).withFixedSeed(13L).withShrinkCycles(0)
                .forAll(longs().all(), integers().between(0, WritingSlip.values().length - 1), longs().all())
                .checkAssert((site, kind, draw) -> oneSlip(site, WritingSlip.values()[kind], draw));
    }

    private static void oneSlip(long siteSeed, WritingSlip kind, long draw) {
        Random rnd = new Random(draw);
        SlipSites site = new SlipSites(siteSeed, 6 + rnd.nextInt(2), 40 + 140 * rnd.nextDouble());
        AdjustmentResult clean = SlipProperties.plain(site.observations);
        if (!cleanDraw(clean)) {
            return; // noise that fails a test by itself: nothing to require of a slip on top of it
        }
        int i = rnd.nextInt(site.tapes);
        double taped = ((TapeDistance) site.observations.get(i)).distance();
        double written = kind.write(taped, rnd);
        if (Double.isNaN(written)) {
            return;
        }
        AdjustmentResult r;
        try {
            r = Adjustment.adjust(Network.of(site.with(i, written)));
        } catch (AdjustmentException e) {
            // "the adjustment did not settle": no answer at all, never a wrong one (counted as not located)
            assertThat(e.error()).isEqualTo(AdjustmentError.NOT_CONVERGED);
            if (Math.abs(written - taped) / separableMdb(clean, i) >= CERTAIN) {
                beyond.incrementAndGet();
            }
            return;
        }
        List<Integer> rejected = r.blunders().stream().map(Blunder::index).toList();
        String what = kind + " " + taped + " written " + written + " in tape " + i + ": rejected " + rejected
                + ", warnings " + r.warnings();
        double ratio = Math.abs(written - taped) / separableMdb(clean, i);
        // never a good tape rejected, whatever the slip
        assertThat(rejected).as(what).isSubsetOf(i);
        boolean located = rejected.equals(List.of(i))
                && SlipProperties.largestCornerDifference(r, SlipProperties.plain(site.without(i))) < 0.001;
        if (!rejected.isEmpty()) {
            assertThat(located).as(what + ": corners as without it").isTrue();
        }
        if (ratio >= CERTAIN) {
            // located, or at least not a confident wrong answer: not settled, the slipped tape to re-tape
            beyond.incrementAndGet();
            if (located) {
                found.incrementAndGet();
            } else {
                assertThat(r.verdict().trustworthy()).as(what).isFalse();
                assertThat(r.verdict().reTape()).as(what).contains(i);
            }
        }
    }

    /**
     * A slip this many times its separable MDB is located with certainty in theory (non-centrality
     * 2 × 4.13: the w-test misses it with probability below 10⁻⁴); below it, down to 1 ×, the
     * w-test's power falls to the 80 % that defines the MDB, and the answer may be "not settled".
     */
    static final double CERTAIN = 2;

    private static final java.util.concurrent.atomic.AtomicInteger beyond = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void slipsBeyondTwiceTheirMdbAreAlmostAlwaysLocated() {
        // The rest answer "not settled" (checked above). Measured on 3,000 sites: 99.8 % located.
        if (beyond.get() >= 20) {
            assertThat(found.get()).as("located of %d", beyond.get()).isGreaterThanOrEqualTo((int) (0.97 * beyond.get()));
        }
    }

    @Test
    void twoGrossSlipsOnDifferentTapesAreBothRejectedOrTheAnswerIsNotSettled() {
        qt().withExamples(SITES).withFixedSeed(1313L).withShrinkCycles(0)
                .forAll(longs().all(), integers().between(0, WritingSlip.values().length - 1),
                        integers().between(0, WritingSlip.values().length - 1), longs().all())
                .checkAssert((site, k1, k2, draw) -> twoSlips(site, WritingSlip.values()[k1],
                        WritingSlip.values()[k2], draw));
    }

    private static void twoSlips(long siteSeed, WritingSlip first, WritingSlip second, long draw) {
        Random rnd = new Random(draw);
        SlipSites site = new SlipSites(siteSeed, 7, 40 + 140 * rnd.nextDouble());
        AdjustmentResult clean = SlipProperties.plain(site.observations);
        if (!cleanDraw(clean)) {
            return;
        }
        int i = rnd.nextInt(site.tapes);
        int j = (i + 1 + rnd.nextInt(site.tapes - 1)) % site.tapes;
        double ti = ((TapeDistance) site.observations.get(i)).distance();
        double tj = ((TapeDistance) site.observations.get(j)).distance();
        double wi = first.write(ti, rnd);
        double wj = second.write(tj, rnd);
        // gross: each beyond ten times its separable MDB (the slips of the issue are of this size)
        if (Double.isNaN(wi) || Double.isNaN(wj) || Math.abs(wi - ti) < 10 * separableMdb(clean, i)
                || Math.abs(wj - tj) < 10 * separableMdb(clean, j)) {
            return;
        }
        List<Observation> both = new ArrayList<>(site.with(i, wi));
        both.set(j, ((TapeDistance) both.get(j)).withDistance(wj));
        AdjustmentResult r;
        try {
            r = Adjustment.adjust(Network.of(both));
        } catch (AdjustmentException e) {
            assertThat(e.error()).isEqualTo(AdjustmentError.NOT_CONVERGED); // no answer, never a wrong one
            return;
        }
        List<Integer> rejected = r.blunders().stream().map(Blunder::index).toList();
        String what = first + " in " + i + " (" + ti + " → " + wi + "), " + second + " in " + j + " (" + tj + " → "
                + wj + "): rejected " + rejected + ", warnings " + r.warnings() + ", verdict " + r.verdict();
        // Never a good tape rejected; a settled answer is the right one. Where the two slips
        // cannot be told apart from good tapes (seen when they share a corner) the answer is "not
        // settled" with the tapes to measure again: scripts/slip-detection counts how often.
        assertThat(rejected).as(what).isSubsetOf(i, j);
        if (r.verdict().trustworthy()) {
            assertThat(rejected).as(what).containsExactlyInAnyOrder(i, j);
            assertThat(SlipProperties.largestCornerDifference(r, SlipProperties.plain(site.without(i, j))))
                    .as(what).isLessThan(0.001);
        } else {
            List<Integer> named = new ArrayList<>(rejected);
            named.addAll(r.verdict().reTape());
            assertThat(named).as(what).containsAnyOf(i, j);
        }
    }

    @Test
    void tooLittleRedundancyWarnsAndNeverRejectsAGoodTape() {
        qt().withExamples(SITES).withFixedSeed(31L).withShrinkCycles(0)
                .forAll(longs().all(), integers().between(0, WritingSlip.values().length - 1), longs().all())
                .checkAssert((site, kind, draw) -> weakSite(site, WritingSlip.values()[kind], draw));
    }

    /**
     * A polygon taped just rigid (every side and a fan of diagonals from the first corner: 2n − 3
     * tapes), held by GNSS on two corners (one spare measurement) or on one corner and a bearing
     * (none). One slip of any kind in any tape: the weak-geometry warning is given, and no good tape is ever
     * rejected.
     */
    private static void weakSite(long siteSeed, WritingSlip kind, long draw) {
        Random rnd = new Random(draw);
        SlipSites full = new SlipSites(siteSeed, 4 + rnd.nextInt(4), 40 + 140 * rnd.nextDouble());
        int n = full.ids.size();
        List<Observation> obs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            obs.add(full.observations.get(full.tape(k, (k + 1) % n)));
        }
        for (int k = 2; k < n - 1; k++) {
            obs.add(full.observations.get(full.tape(0, k)));
        }
        int tapes = obs.size();
        boolean oneSpare = rnd.nextBoolean();
        PlanePoint p0 = full.truth.get(0);
        obs.add(PointPosition.gnss("P0", p0.e() + 3 * rnd.nextGaussian(), p0.n() + 3 * rnd.nextGaussian(), 3));
        PlanePoint p2 = full.truth.get(2);
        if (oneSpare) {
            obs.add(PointPosition.gnss("P2", p2.e() + 3 * rnd.nextGaussian(), p2.n() + 3 * rnd.nextGaussian(), 3));
        } else {
            double alpha = Math.toDegrees(Math.atan2(p2.e() - p0.e(), p2.n() - p0.n()));
            obs.add(Bearing.grid("P0", "P2", alpha + rnd.nextGaussian(), 1));
        }
        int i = rnd.nextInt(tapes);
        TapeDistance tape = (TapeDistance) obs.get(i);
        double written = kind.write(tape.distance(), rnd);
        if (Double.isNaN(written)) {
            return;
        }
        obs.set(i, tape.withDistance(written));
        AdjustmentResult r;
        try {
            r = Adjustment.adjust(Network.of(obs));
        } catch (AdjustmentException e) {
            // a slip that makes the figure impossible (a triangle that cannot close): refused, never a wrong answer
            assertThat(e.error()).isIn(AdjustmentError.NOT_CONVERGED, AdjustmentError.SINGULAR,
                    AdjustmentError.CANNOT_PLACE, AdjustmentError.COINCIDENT_POINTS);
            return;
        }
        Set<WarningCode> weak = Set.of(WarningCode.NO_REDUNDANCY, WarningCode.LOW_REDUNDANCY);
        assertThat(r.warnings()).as("%s in tape %d", kind, i).anyMatch(w -> weak.contains(w.code()));
        assertThat(r.blunders()).as("%s in tape %d", kind, i).allMatch(b -> b.index() == i);
    }

    /** Whether the clean site passes every test (else its own noise would decide, not the slip). */
    static boolean cleanDraw(AdjustmentResult clean) {
        return clean.globalTest().passed() && clean.observations().stream()
                .allMatch(o -> !(Math.abs(o.w()[o.worstComponent()]) > CRITICAL));
    }

    /**
     * The smallest slip in tape {@code i} that the w-test locates with the power of the MDB: its MDB
     * widened for the most correlated other test, MDB / √(1 − ρ²); infinite when its redundancy
     * number is below 0.1 (never rejected by rule) or a test is its twin.
     */
    static double separableMdb(AdjustmentResult clean, int i) {
        ObservationResult o = clean.observations().get(i);
        if (!(o.redundancy()[0] >= DataSnooping.MIN_REDUNDANCY)) {
            return Double.POSITIVE_INFINITY;
        }
        double rho = 0;
        for (int j = 0; j < clean.observations().size(); j++) {
            double c = j == i ? 0 : Math.abs(clean.wCorrelation(i, j));
            if (c > rho) {
                rho = c;
            }
        }
        return rho >= 1 ? Double.POSITIVE_INFINITY : o.mdb()[0] / Math.sqrt(1 - rho * rho);
    }
}
