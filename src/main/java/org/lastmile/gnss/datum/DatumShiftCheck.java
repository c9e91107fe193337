package org.lastmile.gnss.datum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lastmile.survey.crs.GeoPoint;

/**
 * Finds imports that sit where a map-app shift would put them, away from the site's own GNSS
 * reference points. It reads the positions as they were in the file under the datum the user
 * chose, and under each other reading of the same numbers (WGS84 as is, GCJ-02, BD-09), and
 * measures for each reading how far the points sit from the reference points: the smaller of two
 * medians, of the distance from each imported vertex to its nearest reference point and from each
 * reference point to its nearest imported vertex (so an import that holds the corners among other
 * things, and a track that passes the corners, both count as "at the reference points").
 *
 * <ul>
 * <li>When another reading puts the points within {@value #EXPLAINED_M} m of the reference points,
 * and at least three times closer than the chosen one, that reading is named as the likely cause,
 * and the finding gives the shift between the two readings at these points (GCJ-02 is 100–700 m
 * in China; BD-09 read as WGS84 typically 1–1.5 km).</li>
 * <li>Otherwise, when the chosen reading leaves the points {@value #MIN_SHIFT_M}–{@value
 * #MAX_SHIFT_M} m from the reference points, that distance is reported with no datum named.</li>
 * </ul>
 *
 * <p>Distances are on a sphere of radius 6,371,009 m in a local flat approximation, good to well
 * under a metre at these ranges. At most 5,000 evenly spaced vertices are used.
 */
public final class DatumShiftCheck {

    /** The smallest offset, in metres, reported without a named cause. */
    public static final double MIN_SHIFT_M = 100.0;
    /** The largest offset, in metres, reported without a named cause. */
    public static final double MAX_SHIFT_M = 700.0;
    /** A reading that puts the points at most this many metres away explains the shift. */
    public static final double EXPLAINED_M = 50.0;

    private static final double EARTH_RADIUS_M = 6_371_009.0;
    private static final int MAX_SAMPLES = 5_000;

    private final List<GeoPoint> references;

    /** @param references the site's GNSS points in WGS84/CGCS2000 (degrees, longitude first) */
    public DatumShiftCheck(List<GeoPoint> references) {
        this.references = List.copyOf(references);
    }

    /**
     * Checks positions as read from a file.
     *
     * @param raw the positions exactly as in the file (degrees, longitude first)
     * @param chosen the datum the user said the file is in
     * @return a finding when the import sits where a map-app shift would put it
     */
    public Optional<Finding> check(List<GeoPoint> raw, Datum chosen) {
        if (references.isEmpty() || raw.isEmpty()) {
            return Optional.empty();
        }
        List<GeoPoint> sample = sample(raw);
        double chosenDistance = distance(sample, chosen);
        Datum best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Datum candidate : new Datum[] {Datum.WGS84, Datum.GCJ02, Datum.BD09}) {
            if (candidate == chosen || (candidate == Datum.WGS84 && chosen == Datum.CGCS2000)) {
                continue;
            }
            double d = distance(sample, candidate);
            if (d <= EXPLAINED_M && d * 3 < chosenDistance && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best != null) {
            return Optional.of(new Finding(shift(sample, chosen, best), Optional.of(best), bestDistance));
        }
        if (chosenDistance >= MIN_SHIFT_M && chosenDistance <= MAX_SHIFT_M) {
            return Optional.of(new Finding(chosenDistance, Optional.empty(), chosenDistance));
        }
        return Optional.empty();
    }

    /** How far the points sit from the reference points when read in a datum (see the class comment). */
    private double distance(List<GeoPoint> sample, Datum datum) {
        List<GeoPoint> read = read(sample, datum);
        double[] toReferences = new double[read.size()];
        for (int i = 0; i < toReferences.length; i++) {
            toReferences[i] = nearest(read.get(i), references);
        }
        double[] fromReferences = new double[references.size()];
        for (int i = 0; i < fromReferences.length; i++) {
            fromReferences[i] = nearest(references.get(i), read);
        }
        return Math.min(median(toReferences), median(fromReferences));
    }

    /** The median distance between two readings of the same points. */
    private static double shift(List<GeoPoint> sample, Datum a, Datum b) {
        List<GeoPoint> ra = read(sample, a);
        List<GeoPoint> rb = read(sample, b);
        double[] d = new double[ra.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = metres(ra.get(i), rb.get(i));
        }
        return median(d);
    }

    private static List<GeoPoint> read(List<GeoPoint> sample, Datum datum) {
        List<GeoPoint> read = new ArrayList<>(sample.size());
        for (GeoPoint p : sample) {
            read.add(datum.toWgs84(p.lon(), p.lat()));
        }
        return read;
    }

    private static double median(double[] d) {
        Arrays.sort(d);
        int n = d.length;
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    }

    private static double nearest(GeoPoint p, List<GeoPoint> among) {
        double best = Double.POSITIVE_INFINITY;
        for (GeoPoint r : among) {
            best = Math.min(best, metres(p, r));
        }
        return best;
    }

    /** Distance in metres between two nearby positions (local flat approximation on a sphere). */
    static double metres(GeoPoint a, GeoPoint b) {
        double meanLat = Math.toRadians((a.lat() + b.lat()) / 2);
        double dx = Math.toRadians(a.lon() - b.lon()) * Math.cos(meanLat);
        double dy = Math.toRadians(a.lat() - b.lat());
        return EARTH_RADIUS_M * Math.hypot(dx, dy);
    }

    private static List<GeoPoint> sample(List<GeoPoint> raw) {
        if (raw.size() <= MAX_SAMPLES) {
            return raw;
        }
        List<GeoPoint> s = new ArrayList<>(MAX_SAMPLES);
        double step = raw.size() / (double) MAX_SAMPLES;
        for (int i = 0; i < MAX_SAMPLES; i++) {
            s.add(raw.get((int) (i * step)));
        }
        return s;
    }

    /**
     * What the check found.
     *
     * @param offsetMetres with a likely datum: the shift, in metres, between the chosen reading and
     *     that datum's at these points; without: how far the points sit from the reference points
     * @param likely the datum that would bring the points to the reference points, if one does
     * @param metresIfLikely how far the points would sit from the reference points in that datum
     *     (the same as {@code offsetMetres} when none is named)
     */
    public record Finding(double offsetMetres, Optional<Datum> likely, double metresIfLikely) {
    }
}
