package org.lastmile.gnss.datum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds imports that sit where a map-app shift would put them, away from the site's own GNSS
 * reference points. It reads the positions as they were in the file, measures the median distance
 * from each to the nearest reference point under the datum the user chose, and then under each
 * other reading of the same numbers (WGS84 as is, GCJ-02, BD-09).
 *
 * <ul>
 * <li>When another reading brings the points within {@value #EXPLAINED_M} m while the chosen one
 * leaves them at least {@value #MIN_SHIFT_M} m (and at most {@value #MAX_EXPLAINED_M} m) away,
 * that reading is named as the likely cause. BD-09 read as WGS84 is typically 1–1.5 km off, more
 * than GCJ-02's 100–700 m, which is why the named case reaches further.</li>
 * <li>Otherwise an offset of {@value #MIN_SHIFT_M}–{@value #MAX_SHIFT_M} m is still reported, with
 * no datum named (a map-app shift of an unknown kind, or a wrong point).</li>
 * </ul>
 *
 * <p>Distances are on a sphere of radius 6,371,009 m in a local flat approximation, good to well
 * under a metre at these ranges.
 */
public final class DatumShiftCheck {

    /** The smallest median offset, in metres, that suggests a map-app shift. */
    public static final double MIN_SHIFT_M = 100.0;
    /** The largest median offset, in metres, that suggests a map-app shift. */
    public static final double MAX_SHIFT_M = 700.0;
    /** A reading whose median offset is at most this many metres explains the shift. */
    public static final double EXPLAINED_M = 50.0;
    /** The largest median offset, in metres, that a named datum may explain. */
    public static final double MAX_EXPLAINED_M = 3000.0;

    private static final double EARTH_RADIUS_M = 6_371_009.0;
    private static final int MAX_SAMPLES = 5_000;

    private final List<LonLat> references;

    /** @param references the site's GNSS points in WGS84/CGCS2000 (degrees, longitude first) */
    public DatumShiftCheck(List<LonLat> references) {
        this.references = List.copyOf(references);
    }

    /**
     * Checks positions as read from a file.
     *
     * @param raw the positions exactly as in the file (degrees, longitude first)
     * @param chosen the datum the user said the file is in
     * @return a finding when the import sits where a map-app shift would put it
     */
    public Optional<Finding> check(List<LonLat> raw, Datum chosen) {
        if (references.isEmpty() || raw.isEmpty()) {
            return Optional.empty();
        }
        List<LonLat> sample = sample(raw);
        double chosenMedian = median(sample, chosen);
        if (chosenMedian < MIN_SHIFT_M || chosenMedian > MAX_EXPLAINED_M) {
            return Optional.empty();
        }
        Datum best = null;
        double bestMedian = chosenMedian;
        for (Datum candidate : new Datum[] {Datum.WGS84, Datum.GCJ02, Datum.BD09}) {
            if (candidate == chosen || (candidate == Datum.WGS84 && chosen == Datum.CGCS2000)) {
                continue;
            }
            double m = median(sample, candidate);
            if (m <= EXPLAINED_M && m < bestMedian) {
                best = candidate;
                bestMedian = m;
            }
        }
        if (best == null && chosenMedian > MAX_SHIFT_M) {
            return Optional.empty();
        }
        return Optional.of(new Finding(chosenMedian, Optional.ofNullable(best), bestMedian));
    }

    private double median(List<LonLat> sample, Datum datum) {
        double[] d = new double[sample.size()];
        for (int i = 0; i < d.length; i++) {
            LonLat p = sample.get(i);
            LonLat w = datum.toWgs84(p.lon(), p.lat());
            d[i] = nearest(w);
        }
        Arrays.sort(d);
        int n = d.length;
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    }

    private double nearest(LonLat p) {
        double best = Double.POSITIVE_INFINITY;
        for (LonLat r : references) {
            best = Math.min(best, metres(p, r));
        }
        return best;
    }

    /** Distance in metres between two nearby positions (local flat approximation on a sphere). */
    static double metres(LonLat a, LonLat b) {
        double meanLat = Math.toRadians((a.lat() + b.lat()) / 2);
        double dx = Math.toRadians(a.lon() - b.lon()) * Math.cos(meanLat);
        double dy = Math.toRadians(a.lat() - b.lat());
        return EARTH_RADIUS_M * Math.hypot(dx, dy);
    }

    private static List<LonLat> sample(List<LonLat> raw) {
        if (raw.size() <= MAX_SAMPLES) {
            return raw;
        }
        List<LonLat> s = new ArrayList<>(MAX_SAMPLES);
        double step = raw.size() / (double) MAX_SAMPLES;
        for (int i = 0; i < MAX_SAMPLES; i++) {
            s.add(raw.get((int) (i * step)));
        }
        return s;
    }

    /**
     * What the check found.
     *
     * @param medianMetres median distance, in metres, from the imported points (read in the chosen
     *     datum) to the nearest reference point
     * @param likely the datum that would bring the points to the reference points, if one does
     * @param medianMetresIfLikely the median distance under that datum (the same as
     *     {@code medianMetres} when none is named)
     */
    public record Finding(double medianMetres, Optional<Datum> likely, double medianMetresIfLikely) {
    }
}
