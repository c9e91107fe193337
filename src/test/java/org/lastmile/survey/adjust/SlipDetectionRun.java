package org.lastmile.survey.adjust;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.lastmile.survey.observation.TapeDistance;

/**
 * The detection-rate table of docs/survey.md (issue 13): thousands of sites like the issue's
 * ({@link SlipSites}) with one writing slip each ({@link WritingSlip}), adjusted by LastMile
 * ({@link Adjustment}) and by plain data snooping ({@link PlainSnooping}) in the same run. A slip is
 * located when exactly its tape is rejected and the corners equal the adjustment without it within
 * 1 mm. Run: {@code scripts/slip-detection [sites] [seed]}.
 */
public final class SlipDetectionRun {

    private SlipDetectionRun() {
    }

    /** Per row: sites, located (ours), located (plain), good tape rejected (ours), (plain), not settled (ours), confident and wrong (ours). */
    private static final class Row {
        int sites;
        int ours;
        int plain;
        int oursWrong;
        int plainWrong;
        int unsettled;
        /** Not settled, and the slipped tape is on the list to re-tape. */
        int unsettledListed;
        int confidentWrong;
        /** Σ over the sites of the theoretical power of the pair separation test (see {@link #separationPower}). */
        double theory;
        /** The same for plain snooping's "largest |w|" between the pair. */
        double theoryPlain;
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 13;
        Random seeds = new Random(seed);
        Map<String, Row> byKind = new TreeMap<>();
        Map<String, Row> bySize = new TreeMap<>();
        Map<String, Row> byRatio = new TreeMap<>();
        Row below = new Row();
        int skipped = 0;
        long start = System.nanoTime();
        for (int s = 0; s < count; s++) {
            Random rnd = new Random(seeds.nextLong());
            SlipSites site = new SlipSites(rnd.nextLong(), 6 + rnd.nextInt(2), 40 + 140 * rnd.nextDouble());
            WritingSlip kind = WritingSlip.values()[rnd.nextInt(WritingSlip.values().length)];
            AdjustmentResult clean = SlipProperties.plain(site.observations);
            int i = rnd.nextInt(site.tapes);
            double taped = ((TapeDistance) site.observations.get(i)).distance();
            double written = kind.write(taped, rnd);
            if (!SlipPropertiesTest.cleanDraw(clean) || Double.isNaN(written)) {
                skipped++;
                continue;
            }
            double slip = Math.abs(written - taped);
            double ratio = slip / SlipPropertiesTest.separableMdb(clean, i);
            boolean beyond = ratio >= 1;
            AdjustmentResult without = SlipProperties.plain(site.without(i));
            List<Integer> oursRejected;
            boolean oursAt = false;
            boolean trusted = false;
            boolean listed = false;
            try {
                AdjustmentResult r = Adjustment.adjust(Network.of(site.with(i, written)));
                oursRejected = r.blunders().stream().map(Blunder::index).toList();
                oursAt = SlipProperties.largestCornerDifference(r, without) < 0.001;
                trusted = r.verdict().trustworthy();
                listed = r.verdict().reTape().contains(i);
            } catch (AdjustmentException e) {
                oursRejected = List.of();
            }
            PlainSnooping.Outcome p = PlainSnooping.run(site.with(i, written));
            boolean plainAt = p.result() != null
                    && SlipProperties.largestCornerDifference(p.result(), without) < 0.001;
            Row[] rows = beyond ? new Row[] {byKind.computeIfAbsent(kind.name().toLowerCase(Locale.ROOT), k -> new Row()),
                bySize.computeIfAbsent(band(slip), k -> new Row()),
                byRatio.computeIfAbsent(ratioBand(ratio), k -> new Row())} : new Row[] {below};
            if (trusted && beyond && !(oursRejected.equals(List.of(i)) && oursAt)) {
                System.out.printf(Locale.ROOT, "settled but not located: site %d, %s, tape %d, slip %.3f m, %.2f separable MDB, rejected %s%n",
                        s, kind.name().toLowerCase(Locale.ROOT), i, slip, ratio, oursRejected);
            }
            for (Row row : rows) {
                row.sites++;
                boolean oursRight = oursRejected.equals(List.of(i)) && oursAt;
                row.ours += oursRight ? 1 : 0;
                row.plain += p.rejected().equals(List.of(i)) && plainAt ? 1 : 0;
                row.oursWrong += oursRejected.stream().anyMatch(x -> x != i) ? 1 : 0;
                row.plainWrong += p.rejected().stream().anyMatch(x -> x != i) ? 1 : 0;
                row.unsettled += trusted ? 0 : 1;
                row.unsettledListed += !trusted && listed ? 1 : 0;
                row.confidentWrong += trusted && beyond && !oursRight ? 1 : 0;
                row.theory += separationPower(ratio, CRITICAL * CRITICAL);
                row.theoryPlain += separationPower(ratio, 0);
            }
        }
        System.out.printf(Locale.ROOT, "%d sites drawn (seed %d), %d skipped (noise alone fails a test, or the kind does not apply), %.0f s%n%n",
                count, seed, skipped, (System.nanoTime() - start) / 1e9);
        System.out.println("Slips beyond their separable MDB, by kind:\n");
        table("kind", byKind);
        System.out.println("\nThe same slips by size:\n");
        table("size", bySize);
        System.out.println("\nThe same slips by their size over the separable MDB:\n");
        table("slip / separable MDB", byRatio);
        System.out.println("\nSlips below their separable MDB (nothing has to be located; no good tape may be rejected):\n");
        table("", Map.of("below MDB", below));
    }

    private static final double CRITICAL = 3.29;
    private static final double DELTA0 = 4.13;

    /**
     * Linear theory, independent of the adjustment's code: a slip of {@code ratio} × its separable
     * MDB in tape i and its most correlated neighbour j (ρ) have w-tests w_i ~ N(δ, 1), w_j ~ N(ρδ, 1)
     * with δ²(1 − ρ²) = m = (ratio · δ0)². Leaving out i rather than j lowers vᵀPv by more by
     * D = w_i² − w_j² ≈ N(m, 4m). The tape is named when D exceeds {@code margin}: LastMile asks
     * 3.29² (then a good tape is named instead with probability at most Φ(−3.29) = 0.05 % whatever
     * the slip's size), plain snooping 0 (the largest |w|). Power Φ((m − margin) / (2√m)).
     */
    static double separationPower(double ratio, double margin) {
        double m = ratio * DELTA0 * ratio * DELTA0;
        return phi((m - margin) / (2 * Math.sqrt(m)));
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e−8). */
    static double phi(double x) {
        if (x < 0) {
            return 1 - phi(-x);
        }
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    private static String ratioBand(double ratio) {
        if (ratio < 1.5) {
            return "a. 1–1.5";
        } else if (ratio < 2) {
            return "b. 1.5–2";
        } else if (ratio < 4) {
            return "c. 2–4";
        } else if (ratio < 100) {
            return "d. 4–100";
        }
        return "e. 100 and more";
    }

    private static String band(double slip) {
        if (slip < 2) {
            return "a. 0.5–2 m";
        } else if (slip < 10) {
            return "b. 2–10 m";
        } else if (slip < 100) {
            return "c. 10–100 m";
        }
        return "d. 100 m and more";
    }

    private static void table(String first, Map<String, Row> rows) {
        System.out.printf("| %s | sites | located, LastMile | located, plain snooping | good tape rejected, LastMile | good tape rejected, plain | not settled, LastMile (slip on the re-tape list) | settled but wrong, LastMile | theory, LastMile's margin | theory, largest w |%n", first);
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %d | %d | %d (%d) | %d | %s | %s |%n", e.getKey(),
                    r.sites, pct(r.ours, r.sites), pct(r.plain, r.sites), r.oursWrong, r.plainWrong, r.unsettled,
                    r.unsettledListed, r.confidentWrong, pct(r.theory, r.sites), pct(r.theoryPlain, r.sites));
        }
    }

    private static String pct(double k, int n) {
        // NaN: a theory column over a row with a slip of 0 (a kind that wrote the taped value)
        return n == 0 || Double.isNaN(k) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * k / n);
    }
}
